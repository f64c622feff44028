import "server-only";
// What a PDF could do once a recruiter opens it: run JavaScript, launch a program, or carry
// other files. A CV needs none of these, so such a PDF is refused (docs/decisions/0014).
import { inflateSync } from "node:zlib";

/** The PDF names that start those behaviours: actions, their scripts, attached files. */
const RISKY_NAMES = new Set(["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles"]);

export type PdfVerdict = { ok: true } | { ok: false; reason: "active-content"; names: string[] } | { ok: false; reason: "unreadable" };

// Object streams hold many small dictionaries, compressed: an honest one inflates to a few
// megabytes at most; the cap keeps a compressed bomb from filling the memory.
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

// The characters that start a string, a comment or a name; everything between them is skipped.
const INTERESTING = /[(%</]/g;
const NAME_BODY = /[^\s\0()<>[\]{}/%]*/y;
const END_OF_LINE = /[\r\n]/g;

/**
 * The names of a stretch of PDF syntax (dictionaries, arrays), `#xx` escapes decoded, the text of
 * strings and comments skipped: a title reading "(Node/JS)" names nothing.
 */
function namesIn(text: string, found: Set<string>): void {
  INTERESTING.lastIndex = 0;
  for (let match = INTERESTING.exec(text); match; match = INTERESTING.exec(text)) {
    let i = match.index;
    const c = text[i];
    if (c === "%") {
      END_OF_LINE.lastIndex = i;
      i = END_OF_LINE.exec(text)?.index ?? text.length;
    } else if (c === "(") {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === "\\") i++;
        else if (text[i] === "(") depth++;
        else if (text[i] === ")" && --depth === 0) break;
      }
      i++;
    } else if (c === "<") {
      i = text[i + 1] === "<" ? i + 2 : text.indexOf(">", i) + 1 || text.length;
    } else {
      NAME_BODY.lastIndex = i + 1;
      const raw = NAME_BODY.exec(text)![0];
      const name = raw.includes("#") ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
      if (RISKY_NAMES.has(name)) found.add(name);
      i += 1 + raw.length;
    }
    INTERESTING.lastIndex = i;
  }
}

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;

/**
 * Reads the PDF's objects where they are written: the file outside its streams, and the
 * object streams (`/Type /ObjStm`), inflated, where a PDF 1.5+ keeps most dictionaries.
 * Page contents, fonts and images are not read: no behaviour starts there. An object stream
 * that cannot be read (encrypted, or in another encoding) could hide anything: "unreadable".
 */
export function inspectPdf(bytes: Uint8Array): PdfVerdict {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const found = new Set<string>();
  let unreadable = false;
  let inflated = 0;
  let from = 0;
  for (const match of text.matchAll(STREAM_START)) {
    if (match.index < from) continue;
    const before = text.slice(from, match.index);
    namesIn(before, found);
    const dataStart = match.index + match[0].length;
    const end = text.indexOf("endstream", dataStart);
    const dataEnd = end === -1 ? text.length : end;
    const dictionary = before.slice(before.lastIndexOf("obj"));
    // /N and /First belong to object streams only: a reader may not insist on the /Type.
    if (/\/Type\s*\/ObjStm\b/.test(dictionary) || (/\/First\b/.test(dictionary) && /\/N\b/.test(dictionary))) {
      try {
        if (!/\/Filter\s*\/FlateDecode\b/.test(dictionary)) throw new Error("object stream not in FlateDecode");
        const objects = inflateSync(Buffer.from(text.slice(dataStart, dataEnd), "latin1"), {
          maxOutputLength: MAX_INFLATED_BYTES - inflated,
        });
        inflated += objects.byteLength;
        namesIn(objects.toString("latin1"), found);
      } catch {
        unreadable = true;
      }
    }
    from = dataEnd;
  }
  namesIn(text.slice(from), found);
  if (found.size > 0) return { ok: false, reason: "active-content", names: [...found].sort() };
  return unreadable ? { ok: false, reason: "unreadable" } : { ok: true };
}
