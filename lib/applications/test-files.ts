// Files for tests: real, minimal documents of each accepted format, and impostors.
import { crc32, deflateRawSync } from "node:zlib";

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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
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
