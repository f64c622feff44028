// CVs that would act once opened are refused, each file crafted here: PDFs carrying
// JavaScript, a launch action or attached files (in plain sight, hex-escaped, or inside a
// compressed object stream), and DOCX/ODT archives that unpack to far more than they weigh.
import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkCv } from "./cv";
import { ARCHIVE_LIMITS, inspectArchive } from "./cv-archive";
import { inspectPdf } from "./cv-pdf";
import { zipOf } from "./test-files";

const MAX = 10 * 1024 * 1024;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

/** A PDF of the catalog, one page and the given extra objects (from 4 on); a part may be binary. */
function pdf(catalogExtra: string, ...objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [
    Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R ${catalogExtra} >> endobj\n`, "latin1"),
    Buffer.from(
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n",
    ),
    ...objects.map((o) => (typeof o === "string" ? Buffer.from(`${o}\n`, "latin1") : o)),
    Buffer.from("trailer << /Root 1 0 R /Info << /Title (Développeuse Node/JS et /Launch \\(vraiment\\)) >> >>\n%%EOF\n", "latin1"),
  ];
  return Buffer.concat(parts);
}

/** An object stream (PDF 1.5+) holding `dictionary` as object 9, compressed. */
function objectStream(
  number: number,
  dictionary: string,
  filter = "/FlateDecode",
  compress: (body: Buffer) => Buffer = (body) => deflateSync(body),
): Buffer {
  const body = Buffer.from(`9 0 ${dictionary}`, "latin1");
  const data = compress(body);
  return Buffer.concat([
    Buffer.from(`${number} 0 obj << /Type /ObjStm /N 1 /First 4 /Filter ${filter} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream\nendobj\n"),
  ]);
}

/** A page content stream: drawing text, compressed; names in it start no behaviour. */
function pageContent(text: string): Buffer {
  const data = deflateSync(Buffer.from(`BT /JS 12 Tf (${text}) Tj ET`, "latin1"));
  return Buffer.concat([
    Buffer.from(`5 0 obj << /Length ${data.length} /Filter /FlateDecode >>\nstream\r\n`),
    data,
    Buffer.from("\nendstream\nendobj"),
  ]);
}

describe("PDF CVs", () => {
  const ordinary = pdf("/Outlines 4 0 R", "4 0 obj << /Type /Outlines /Count 0 >> endobj", pageContent("Node/JS, /Launch, /EmbeddedFile"));

  it("accepts an ordinary PDF, whatever its text and title say", async () => {
    expect(inspectPdf(ordinary)).toEqual({ ok: true });
    expect(await checkCv(file(ordinary, "cv.pdf"), MAX)).toMatchObject({ ok: true });
    expect(inspectPdf(pdf("", objectStream(6, "<< /Type /Outlines /Count 0 >>")))).toEqual({ ok: true });
  });

  it.each([
    [
      "JavaScript run on opening",
      pdf("/OpenAction 4 0 R", "4 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj"),
      ["JS", "JavaScript"],
    ],
    ["a document-level script", pdf("/Names << /JavaScript 4 0 R >>", "4 0 obj << /Names [(x) 5 0 R] >> endobj"), ["JavaScript"]],
    ["a launch action", pdf("/OpenAction 4 0 R", "4 0 obj << /S /Launch /F (cmd.exe) >> endobj"), ["Launch"]],
    [
      "an attached file",
      pdf("/Names << /EmbeddedFiles 4 0 R >>", "4 0 obj << /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream\nendobj"),
      ["EmbeddedFile", "EmbeddedFiles"],
    ],
    ["a hex-escaped name", pdf("/OpenAction 4 0 R", "4 0 obj << /S /J#61vaScript /J#53 (x) >> endobj"), ["JS", "JavaScript"]],
    [
      "a script inside a compressed object stream",
      pdf("/OpenAction 9 0 R", objectStream(6, "<< /S /JavaScript /JS (app.launchURL\\(1\\)) >>")),
      ["JS", "JavaScript"],
    ],
    [
      "a launch action inside an object stream without its /Type",
      pdf("/OpenAction 9 0 R", objectStream(6, "<< /S /Launch /F (x) >>").toString("latin1").replace("/Type /ObjStm ", "")),
      ["Launch"],
    ],
  ])("refuses %s", async (_label, bytes, names) => {
    expect(inspectPdf(bytes)).toEqual({ ok: false, reason: "active-content", names });
    const result = await checkCv(file(bytes, "cv.pdf"), MAX);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Ce PDF contient du JavaScript, une commande de lancement ou des fichiers joints/),
    });
  });

  it("refuses an object stream it cannot read, which could hide anything", async () => {
    const encrypted = pdf(
      "",
      objectStream(6, "<< /S /JavaScript >>", "/FlateDecode", (b) => randomBytes(b.length)),
    );
    const otherFilter = pdf(
      "",
      objectStream(6, "<< /S /JavaScript >>", "/ASCIIHexDecode", (b) => Buffer.from(b.toString("hex"))),
    );
    for (const bytes of [encrypted, otherFilter]) {
      expect(inspectPdf(bytes)).toEqual({ ok: false, reason: "unreadable" });
      expect(await checkCv(file(bytes, "cv.pdf"), MAX)).toEqual({ ok: false, error: expect.stringMatching(/^Ce PDF est protégé/) });
    }
  });
});

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A DOCX whose document part is `size` bytes of repeated XML, deflated. */
function docx(size: number, declaredSize?: number): Buffer {
  const document = Buffer.alloc(size, "<w:p><w:r><w:t>x</w:t></w:r></w:p>");
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "word/document.xml", data: document, deflate: true, declaredSize },
  ]);
}

const MB = 1024 * 1024;

describe("DOCX and ODT CVs", () => {
  it("accepts an ordinary document, compressed", async () => {
    const bytes = docx(2 * MB);
    expect(await inspectArchive(bytes)).toEqual({ ok: true });
    expect(await checkCv(file(bytes, "cv.docx"), MAX)).toMatchObject({ ok: true, cv: { mediaType: DOCX } });
  });

  it("refuses a 100 MB bomb packed in a few hundred kilobytes", async () => {
    const bomb = docx(100 * MB);
    expect(bomb.byteLength).toBeLessThan(500 * 1024);
    expect(await inspectArchive(bomb)).toEqual({ ok: false, reason: "too-large" });
    expect(await checkCv(file(bomb, "cv.docx"), MAX)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Ce document, une fois décompressé, serait anormalement volumineux/),
    });
  });

  it("refuses a bomb that declares a small size, stopping at the size it declared", async () => {
    const liar = docx(100 * MB, 4096);
    expect(await inspectArchive(liar)).toEqual({ ok: false, reason: "unreadable" });
    expect(await checkCv(file(liar, "cv.docx"), MAX)).toEqual({ ok: false, error: expect.stringMatching(/^Ce document est endommagé/) });
  });

  it("refuses an abnormal ratio below the absolute limit, and an ODT bomb alike", async () => {
    const dense = docx(40 * MB);
    expect(dense.byteLength * ARCHIVE_LIMITS.maxRatio).toBeLessThan(40 * MB);
    expect(await inspectArchive(dense)).toEqual({ ok: false, reason: "too-large" });
    const odt = zipOf([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.text") },
      { name: "content.xml", data: Buffer.alloc(60 * MB, " "), deflate: true },
    ]);
    expect(await checkCv(file(odt, "cv.odt"), MAX)).toEqual({ ok: false, error: expect.stringContaining("anormalement volumineux") });
  });
});
