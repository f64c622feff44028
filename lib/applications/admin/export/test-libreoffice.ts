// For the export tests: a CSV opened by LibreOffice Calc, headless, as a person would open it
// (the import dialog's options given on the command line), read back from the flat ODS it saves.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The soffice binary, or null with the reason the tests print when they skip. */
export function libreOffice(): { binary: string } | { binary: null; reason: string } {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const binary = found.stdout.trim();
  return binary
    ? { binary }
    : { binary: null, reason: "LibreOffice absent (paquet Debian libreoffice-calc-nogui) : ouverture dans un tableur non vérifiée" };
}

/** A cell as Calc holds it: its type, whether it is a formula, its text (one line per paragraph). */
export type SheetCell = { type: string | null; formula: boolean; text: string };

/** A paragraph's text: Calc writes tabs and runs of spaces as elements. */
const paragraphText = (xml: string) =>
  unescapeXml(
    xml
      .replace(/<text:tab\/>/g, "\t")
      .replace(/<text:s text:c="(\d+)"\/>/g, (_m, n: string) => " ".repeat(Number(n)))
      .replace(/<text:s\/>/g, " ")
      .replace(/<text:line-break\/>/g, "\n")
      .replace(/<[^>]+>/g, ""),
  );

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function cellsOf(row: string): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const match of row.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
    const [, attributes = "", body = ""] = match;
    const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
    const paragraphs = [...body.matchAll(/<text:p\/>|<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => paragraphText(p[1] ?? ""));
    const cell = {
      type: /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? null,
      formula: /table:formula=/.test(attributes),
      text: paragraphs.join("\n"),
    };
    // Calc compresses runs of empty trailing cells; a run of real cells never repeats here.
    for (let i = 0; i < Math.min(repeated, 64); i++) cells.push(cell);
  }
  return cells;
}

/**
 * Opens `csv` in Calc with the import options of the given language (1036 French, 1033 English),
 * formulas evaluated as the dialog does by default, and returns its non-empty rows.
 */
export function openInCalc(binary: string, csv: Buffer, separator: ";" | ",", language: 1036 | 1033): SheetCell[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "rejoindre-calc-"));
  try {
    writeFileSync(path.join(dir, "export.csv"), csv);
    // Separator, text delimiter ("), UTF-8 (76), first line, default column types, language,
    // quoted fields not forced to text, special numbers detected, …, formulas evaluated.
    const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,${language},false,true,false,false,false,-1,true`;
    const run = spawnSync(
      binary,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${dir}/profile`,
        `--infilter=${filter}`,
        "--convert-to",
        "fods",
        "--outdir",
        dir,
        path.join(dir, "export.csv"),
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`LibreOffice a échoué : ${run.stderr}`);
    const xml = readFileSync(path.join(dir, "export.fods"), "utf8");
    const rows = [...xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((m) => cellsOf(m[1]!));
    return rows.filter((cells) => cells.some((c) => c.text !== ""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
