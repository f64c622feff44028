import { isMap, isScalar, parseDocument } from "yaml";

export const MAX_FILE_BYTES = 1024 * 1024;

type Failure = { ok: false; reason: string };

function formatBytes(bytes: number): string {
  const mebibytes = (bytes / MAX_FILE_BYTES).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  return `${bytes.toLocaleString("fr-FR")} octets (${mebibytes} Mio)`;
}

/** Why a file of this size is not read at all; null when it may be. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES ? `Fichier trop volumineux : ${formatBytes(bytes)}, la limite est de 1 Mio.` : null;
}

/** The file as text with LF line endings, or why it is not a text file we accept. */
export function decodeContent(content: Buffer): { ok: true; text: string } | Failure {
  const tooLarge = sizeProblem(content.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const nul = content.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `Fichier binaire : octet nul à la position ${nul}.` };
  }
  let text: string;
  try {
    // The decoder drops a UTF-8 BOM by itself.
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return { ok: false, reason: "Fichier binaire ou mal encodé : ce n'est pas du texte UTF-8 valide." };
  }
  if (text.trim().length === 0) return { ok: false, reason: "Fichier vide." };
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

export type FrontMatter = {
  data: Record<string, unknown>;
  /** Keys written more than once (the last value wins, as Jekyll does). */
  duplicateKeys: string[];
  body: string;
};

/** Splits `---` YAML `---` from the markdown and reads the YAML as a mapping. */
export function readFrontMatter(text: string): ({ ok: true } & FrontMatter) | Failure {
  const lines = text.split("\n");
  let start = 0;
  while (start < lines.length && (lines[start] ?? "").trim() === "") start += 1;
  if ((lines[start] ?? "").trimEnd() !== "---") {
    return {
      ok: false,
      reason: "Pas d'en-tête YAML (front matter) : le fichier doit commencer par une ligne « --- ».",
    };
  }
  let end = start + 1;
  while (end < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[end] ?? "")) end += 1;
  if (end >= lines.length) {
    return {
      ok: false,
      reason: `En-tête YAML non fermé : la ligne « --- » ouverte à la ligne ${start + 1} n'a pas de ligne « --- » de fin.`,
    };
  }
  const yamlText = lines.slice(start + 1, end).join("\n");
  const body = lines
    .slice(end + 1)
    .join("\n")
    .replace(/^(?:[ \t]*\n)+/, "");

  const document = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const yamlLine = error.linePos?.[0]?.line ?? 1;
    const fileLine = start + 1 + yamlLine;
    const source = (lines[fileLine - 1] ?? "").trim();
    const detail = error.message.split("\n")[0] ?? error.code;
    return {
      ok: false,
      reason: `En-tête YAML invalide à la ligne ${fileLine} du fichier${source ? ` (« ${source} »)` : ""} : ${detail}`,
    };
  }
  if (!isMap(document.contents)) {
    const what = document.contents === null ? "il est vide" : "ce n'est pas une liste de clés « clé: valeur »";
    return { ok: false, reason: `En-tête YAML inutilisable : ${what}.` };
  }

  const seen = new Set<string>();
  const duplicateKeys: string[] = [];
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (seen.has(key) && !duplicateKeys.includes(key)) duplicateKeys.push(key);
    seen.add(key);
  }
  try {
    const data = document.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
    return { ok: true, data, duplicateKeys, body };
  } catch (error) {
    // Alias bombs ("billion laughs") stop here.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `En-tête YAML inutilisable : ${detail}` };
  }
}
