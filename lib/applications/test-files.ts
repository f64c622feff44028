// Files for tests: real, minimal documents of each accepted format, and impostors.
import { crc32, deflateRawSync } from "node:zlib";
import { textPdf } from "@/lib/bench/cv";

/** A one-page PDF, padded with a comment to `size` bytes when asked. */
export function pdfBytes(size?: number): Buffer {
  const head =
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n" +
    "trailer << /Root 1 0 R >>\n";
  const tail = "%%EOF\n";
  const minimal = Buffer.from(head + tail, "latin1");
  if (size === undefined || size <= minimal.length) return minimal;
  const padding = Buffer.alloc(size - minimal.length - 2, "x".charCodeAt(0));
  return Buffer.concat([Buffer.from(head, "latin1"), Buffer.from("%"), padding, Buffer.from("\n"), Buffer.from(tail)]);
}

type ZipEntry = { name: string; data: Buffer; deflate?: boolean; declaredSize?: number };

/** A little-endian field of a ZIP header: where it starts, its width in bits, its value. */
type HeaderField = [at: number, bits: 16 | 32, value: number];

function header(size: number, signature: number, fields: HeaderField[]): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(signature, 0);
  for (const [at, bits, value] of fields) {
    if (bits === 32) bytes.writeUInt32LE(value, at);
    else bytes.writeUInt16LE(value, at);
  }
  return bytes;
}

/**
 * A ZIP archive of the entries, in order: stored, or deflated when asked; `declaredSize` makes
 * an entry lie about its unpacked size, as a crafted bomb does.
 */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, deflate = false, declaredSize = data.length } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflate ? deflateRawSync(data) : data;
    const crc = crc32(data);
    // The fields the local and central headers share, from the compression method on.
    const shared = (at: number): HeaderField[] => [
      [at, 16, deflate ? 8 : 0],
      [at + 6, 32, crc],
      [at + 10, 32, packed.length],
      [at + 14, 32, declaredSize],
      [at + 18, 16, nameBytes.length],
    ];
    const local = header(30, 0x04034b50, [[4, 16, 20], ...shared(8)]);
    const central = header(46, 0x02014b50, [[4, 16, 20], [6, 16, 20], ...shared(10), [42, 32, offset]]);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = header(22, 0x06054b50, [
    [8, 16, entries.length],
    [10, 16, entries.length],
    [12, 32, centralSize],
    [16, 32, offset],
  ]);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A ZIP archive whose entries are stored uncompressed, in order. */
function storedZip(entries: [name: string, content: string][]): Buffer {
  return zipOf(entries.map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })));
}

export function odtBytes(): Buffer {
  return storedZip([
    ["mimetype", "application/vnd.oasis.opendocument.text"],
    ["content.xml", '<?xml version="1.0"?><office:document-content/>'],
  ]);
}

export function docxBytes(): Buffer {
  return storedZip([
    [
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ["word/document.xml", '<?xml version="1.0"?><w:document/>'],
  ]);
}

/** A text file that claims to be a PDF by its name only. */
export const textPretendingToBePdf = () => Buffer.from("Ceci est un simple fichier texte, pas un PDF.\n");

/** A one-page PDF whose page shows `lines`, as a word processor's export would. */
export const pdfWithText = (lines: string[]): Buffer => textPdf(lines);

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A DOCX of one paragraph per item, compressed as a word processor writes it. */
export function docxWithText(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`).join("");
  return zipOf([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: "word/document.xml",
      data: Buffer.from(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
      deflate: true,
    },
  ]);
}

/** An ODT of one paragraph per item. */
export function odtWithText(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<text:p>${xmlText(p)}</text:p>`).join("");
  return zipOf([
    { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.text") },
    {
      name: "content.xml",
      data: Buffer.from(
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
          `<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
      ),
      deflate: true,
    },
  ]);
}
