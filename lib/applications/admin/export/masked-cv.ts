// A masked application's CV in the ZIP export: its cleaned text, never its file, which could
// name the candidate in its text, its layout or its metadata (docs/decisions/0030-blind-first-review.md).
import { cleanedCvText, UNREADABLE_CV_TEXT } from "@/lib/applications/cv-text";
import { type BlindFacts, isMasked, pseudonym, pseudonymCode } from "../blind";

/** What the CV export selects beyond the file, for the blind rule and the cleaning. */
export const blindCvSelect = { status: true, revealedAt: true, posting: { select: { blindReview: true } } } as const;

type Row = BlindFacts & { id: string; firstName: string; lastName: string; cv: { content: Uint8Array } | null };

/** The entry that stands for a masked application's CV, or null when the application is not masked. */
export async function maskedCvEntry(application: Row): Promise<{ name: string; data: Buffer } | null> {
  if (!isMasked(application) || !application.cv) return null;
  const text = await cleanedCvText(application.cv.content, application);
  return {
    name: `Candidature-${pseudonymCode(application.id)}_${application.id}_pseudonyme.txt`,
    data: Buffer.from(
      `${pseudonym(application.id)} (texte du CV, coordonnées retirées)\r\n\r\n${(text ?? UNREADABLE_CV_TEXT).replace(/\r?\n/g, "\r\n")}\r\n`,
      "utf8",
    ),
  };
}
