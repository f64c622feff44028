// The text of a CV, for a blind first review: read by officeparser from the PDF, ODT or DOCX
// (docs/decisions/0030-blind-first-review.md), then stripped of the candidate's contact details.
import { parseOffice } from "officeparser";
import { type KnownPerson, removeContactDetails } from "./contact-details";

/** A CV gives up its text within this time, or is shown as unreadable: a page never hangs on one. */
const EXTRACTION_TIMEOUT_MS = 20_000;

/** Consecutive blank lines and trailing spaces, as a text extracted from a layout leaves them. */
const tidy = (text: string) =>
  text
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

/** The text of the document, or null when it has none that can be read (a scanned image, a damaged file). */
export async function extractCvText(content: Uint8Array): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), EXTRACTION_TIMEOUT_MS);
  });
  try {
    // officeparser rejects what it cannot parse: for the reader, that is a CV without text.
    const parsed = parseOffice(Buffer.from(content), { outputErrorToConsole: false, ocr: false, extractAttachments: false }).catch(
      () => null,
    );
    const ast = await Promise.race([parsed, timeout]);
    const text = ast ? tidy(ast.toText()) : "";
    return text || null;
  } finally {
    clearTimeout(timer);
  }
}

/** The CV's text without the candidate's contact details, or null when no text could be read. */
export async function cleanedCvText(content: Uint8Array, person: KnownPerson): Promise<string | null> {
  const text = await extractCvText(content);
  return text === null ? null : removeContactDetails(text, person);
}

export const UNREADABLE_CV_TEXT =
  "Le texte de ce CV n'a pas pu être extrait (document scanné, protégé ou endommagé) : il reste masqué jusqu'à l'entretien ou jusqu'à la levée de l'anonymat.";
