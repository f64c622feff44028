import { describe, expect, it } from "vitest";
import { checkCv } from "./cv";
import { REMOVED } from "./contact-details";
import { cleanedCvText, extractCvText } from "./cv-text";
import { docxBytes, docxWithText, odtWithText, pdfBytes, pdfWithText } from "./test-files";

const lines = ["Zoé Lefèvre", "zoe.lefevre@exemple.fr - 06 12 34 56 78", "Designer de services, 6 ans d'expérience"];
const zoe = { firstName: "Zoé", lastName: "Lefèvre" };
const FORMATS = { PDF: pdfWithText, DOCX: docxWithText, ODT: odtWithText } as const;

describe("the text of a CV", () => {
  for (const [format, make] of Object.entries(FORMATS)) {
    it(`reads a ${format} that the upload accepts, and removes the candidate's contact details`, async () => {
      const bytes = make(lines);
      // The fixture is a CV the portal takes: same checks as an upload.
      const checked = await checkCv(new File([new Uint8Array(bytes)], `cv.${format.toLowerCase()}`), 5 * 1024 * 1024);
      expect(checked.ok).toBe(true);
      expect((await extractCvText(bytes))?.split("\n").map((l) => l.trim())).toEqual(lines);
      expect((await cleanedCvText(bytes, zoe))?.split("\n").map((l) => l.trim())).toEqual([
        REMOVED.name,
        `${REMOVED.email} - ${REMOVED.phone}`,
        "Designer de services, 6 ans d'expérience",
      ]);
    });
  }

  it("answers null for a document without text and for bytes that are no document", async () => {
    expect(await extractCvText(pdfBytes())).toBeNull();
    expect(await extractCvText(docxBytes())).toBeNull();
    expect(await cleanedCvText(Buffer.from("%PDF-1.4 tronqué"), zoe)).toBeNull();
  });
});
