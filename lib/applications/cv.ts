import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { inspectArchive } from "./cv-archive";
import { inspectPdf } from "./cv-pdf";
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

const KIB = 1024;
const MIB = 1024 * 1024;

/** A file's size as people read it: "820 octets", "48 Ko", "2,4 Mo" (never "0 Mo" for a small CV). */
export function formatFileSize(bytes: number): string {
  if (bytes < KIB) return `${bytes} octet${bytes > 1 ? "s" : ""}`;
  if (bytes < MIB) return `${Math.min(1023, Math.max(1, Math.round(bytes / KIB)))} Ko`;
  return `${(bytes / MIB).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/** Too large: its size beside the limit, unless both would read the same ("5 Mo : la limite est de 5 Mo"). */
export function tooLargeMessage(size: number, maxBytes: number): string {
  const [shown, limit] = [formatFileSize(size), formatFileSize(maxBytes)];
  return shown === limit
    ? `Ce fichier dépasse la limite de ${limit} : joignez un CV plus léger.`
    : `Ce fichier pèse ${shown} : la limite est de ${limit}.`;
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
      error: tooLargeMessage(file.size, maxBytes),
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
  const refusal = await contentRefusal(type, content);
  if (refusal) return { ok: false, error: refusal };
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

const RESAVE =
  "Enregistrez à nouveau votre CV depuis votre traitement de texte (ou avec « Imprimer › Enregistrer au format PDF »), puis joignez ce nouveau fichier.";

/**
 * Why a file of an accepted type is still refused: what it would do once a recruiter opens it
 * (docs/decisions/0014-cv-active-content-and-zip-bombs.md). Null when it is fine.
 */
async function contentRefusal(type: CvMediaType, content: Uint8Array): Promise<string | null> {
  if (type === "application/pdf") {
    const verdict = inspectPdf(content);
    if (verdict.ok) return null;
    if (verdict.reason === "unreadable") return `Ce PDF est protégé ou encodé d'une façon qui empêche de vérifier son contenu. ${RESAVE}`;
    return `Ce PDF contient du JavaScript, une commande de lancement ou des fichiers joints, que nous n'acceptons pas dans un CV. ${RESAVE}`;
  }
  const verdict = await inspectArchive(content);
  if (verdict.ok) return null;
  if (verdict.reason === "too-large") return `Ce document, une fois décompressé, serait anormalement volumineux. ${RESAVE}`;
  return `Ce document est endommagé : nous ne pouvons pas le lire. ${RESAVE}`;
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
