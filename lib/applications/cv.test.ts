import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkCv, formatFileSize, safeFileName } from "./cv";
import { docxBytes, odtBytes, pdfBytes, textPretendingToBePdf } from "./test-files";

const MAX = 100_000;
const file = (bytes: Buffer, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

describe("CV", () => {
  it("accepts PDF, ODT and DOCX by their content, whatever their name says", async () => {
    expect(await checkCv(file(pdfBytes(), "cv.pdf"), MAX)).toMatchObject({
      ok: true,
      cv: { mediaType: "application/pdf", fileName: "cv.pdf" },
    });
    expect(await checkCv(file(odtBytes(), "mon cv.pdf"), MAX)).toMatchObject({
      ok: true,
      cv: { mediaType: "application/vnd.oasis.opendocument.text", fileName: "mon cv.odt" },
    });
    expect(await checkCv(file(docxBytes(), "CV", "text/plain"), MAX)).toMatchObject({
      ok: true,
      cv: { fileName: "CV.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    });
  });

  it("refuses a text file named .pdf and declared as a PDF", async () => {
    expect(await checkCv(file(textPretendingToBePdf(), "cv.pdf"), MAX)).toEqual({
      ok: false,
      error: expect.stringContaining("n'est pas un document PDF, ODT ou DOCX"),
    });
  });

  it("takes a file of exactly the limit, whole, and refuses one byte more", async () => {
    const exact = pdfBytes(MAX);
    const accepted = await checkCv(file(exact, "cv.pdf"), MAX);
    expect(accepted).toMatchObject({ ok: true, cv: { size: MAX, sha256: createHash("sha256").update(exact).digest("hex") } });
    expect(await checkCv(file(pdfBytes(MAX + 1), "cv.pdf"), MAX)).toEqual({
      ok: false,
      error: "Ce fichier dépasse la limite de 98 Ko : joignez un CV plus léger.",
    });
    expect(await checkCv(file(pdfBytes(3 * MAX), "cv.pdf"), MAX)).toEqual({
      ok: false,
      error: "Ce fichier pèse 293 Ko : la limite est de 98 Ko.",
    });
  });

  it("gives sizes as people read them, a small CV included", () => {
    expect(formatFileSize(1)).toBe("1 octet");
    expect(formatFileSize(820)).toBe("820 octets");
    expect(formatFileSize(1024)).toBe("1 Ko");
    expect(formatFileSize(48_000)).toBe("47 Ko");
    expect(formatFileSize(1024 * 1024 - 1)).toBe("1023 Ko");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10 Mo");
    expect(formatFileSize(2.45 * 1024 * 1024)).toBe("2,5 Mo");
  });

  it("asks for a CV when none or an empty one is sent", async () => {
    expect(await checkCv(null, MAX)).toMatchObject({ ok: false, error: "Joignez votre CV (PDF, ODT ou DOCX)." });
    expect(await checkCv(new File([], ""), MAX)).toMatchObject({ ok: false, error: "Joignez votre CV (PDF, ODT ou DOCX)." });
    expect(await checkCv(new File([], "vide.pdf"), MAX)).toMatchObject({ ok: false, error: expect.stringContaining("vide") });
  });
});

describe("CV file names", () => {
  it.each([
    ["../../etc/CV Léa.PDF.exe", "pdf", "CV Léa.pdf"],
    ["C:\\Users\\lea\\cv.docx", "docx", "cv.docx"],
    ["<img src=x onerror=alert(1)>.pdf", "pdf", "img src_x onerror_alert(1)_.pdf"],
    ["<script>alert(1)</script>.pdf", "pdf", "script_.pdf"],
    ["   ", "odt", "cv.odt"],
    [".htaccess", "pdf", "cv.pdf"],
    ["cv\u0000\r\n\"';.pdf", "pdf", "cv ___.pdf"],
    [`${"é".repeat(300)}.pdf`, "pdf", `${"é".repeat(100)}.pdf`],
  ])("%j → %s", (original, extension, expected) => {
    expect(safeFileName(original, extension)).toBe(expected);
  });
});
