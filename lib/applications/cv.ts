import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { cleanText } from "./text";

/** The CV formats accepted, keyed by the media type detected from the file's first bytes. */
export const CV_FORMATS = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "application/vnd.oasis.opendocument.text": { extension: "odt", label: "ODT" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { extension: "docx", label: "DOCX" },
} as const;

export type CvMediaType = keyof typeof CV_FORMATS;

export type CheckedCv = {
  fileName: string;
  mediaType: CvMediaType;
  size: number;
  sha256: string;
  content: Uint8Array<ArrayBuffer>;
};

export type CvResult = { ok: true; cv: CheckedCv } | { ok: false; error: string };

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/**
 * The uploaded CV, accepted on its content: its type is read from its first bytes, never from
 * its name or the type the browser declares, and its name is rebuilt from a safe part of the
 * original and the extension of the detected type.
 */
export async function checkCv(file: unknown, maxBytes: number): Promise<CvResult> {
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    return { ok: false, error: "Joignez votre CV (PDF, ODT ou DOCX)." };
  }
  if (file.size === 0) return { ok: false, error: "Ce fichier est vide : joignez votre CV (PDF, ODT ou DOCX)." };
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `Ce fichier pèse ${formatMegabytes(file.size)} : la limite est de ${formatMegabytes(maxBytes)}.`,
    };
  }
  const content = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(content);
  const mediaType = detected?.mime;
  if (!mediaType || !(mediaType in CV_FORMATS)) {
    return {
      ok: false,
      error: "Ce fichier n'est pas un document PDF, ODT ou DOCX lisible. Enregistrez votre CV dans l'un de ces formats.",
    };
  }
  const type = mediaType as CvMediaType;
  return {
    ok: true,
    cv: {
      fileName: safeFileName(file.name, CV_FORMATS[type].extension),
      mediaType: type,
      size: content.byteLength,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
    },
  };
}

/**
 * A name safe to show and to send in a Content-Disposition header: the last path segment,
 * letters, digits and a few separators, at most 100 characters, ending with the extension of
 * the detected type ("../../CV Léa.PDF.exe" → "CV Léa.pdf").
 */
export function safeFileName(original: string, extension: string): string {
  const base = cleanText(original.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/\.(pdf|odt|docx?)$/i, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/^[.\s_-]+|[.\s]+$/g, "")
    .replace(/\s+/g, " ")
    .slice(0, 100)
    .trim();
  return `${base || "cv"}.${extension}`;
}
