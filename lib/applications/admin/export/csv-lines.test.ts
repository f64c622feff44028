// One application per row and no formula, whatever the candidate typed: multi-line messages
// read back by a parser that ends a row at any bare line break (as spreadsheets do), then by
// LibreOffice Calc itself where it is installed.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { applicationTo, postingOf } from "../testing";
import { EXPORT_HEADERS, neutralise } from "./columns";
import { libreOffice, openInCalc } from "./test-libreoffice";
import { exportResponse } from "./response";
import { acting } from "@/lib/test/acting";

const SITE = "https://rejoindre.exemple.gouv.fr";

/** What the candidate typed, and what the cell must read once opened. */
const MESSAGES: [typed: string, shown: string][] = [
  ["Bonjour,\nJe postule.\n=1+1\nCordialement", "Bonjour,\nJe postule.\n'=1+1\nCordialement"],
  ["Ligne une\r\n+33 6 12 34 56 78\r\nfin", "Ligne une\r\n'+33 6 12 34 56 78\r\nfin"],
  ["Vieux Mac\r-2+3\rfin", "Vieux Mac\r'-2+3\rfin"],
  ["@SOMME(A1:A2)\n\tTabulé\nfin", "'@SOMME(A1:A2)\n'\tTabulé\nfin"],
  [
    'Virgule, point-virgule ; "guillemets"\n=HYPERLINK("http://pirate.example";"clic")',
    `Virgule, point-virgule ; "guillemets"\n'=HYPERLINK("http://pirate.example";"clic")`,
  ],
  ["\n\n@x", "'\n\n'@x"],
  ["Une tabulation\tau milieu, rien à craindre", "Une tabulation\tau milieu, rien à craindre"],
  ["Pleine chasse\n＝1+1", "Pleine chasse\n'＝1+1"],
  ["Sans retour", "Sans retour"],
];

// 23:00 UTC on 3 March is midnight on the 4th in Paris; the applications follow it by seconds.
const RECEIVED = new Date(Date.UTC(2026, 2, 3, 23));

async function applications(db: Db) {
  const cast = await castOf(db);
  const posting = await postingOf(db, cast.orgA);
  for (const [index, [typed]] of MESSAGES.entries()) {
    await applicationTo(
      db,
      posting.id,
      { lastName: `Personne${index}` },
      { message: typed, createdAt: new Date(RECEIVED.getTime() + (MESSAGES.length - index) * 1000) },
    );
  }
  return cast;
}

async function csvOf(actor: Actor | null, separator: "point-virgule" | "virgule") {
  const url = new URL(`${SITE}/admin/candidatures/export?format=csv&separateur=${separator}`);
  const response = await exportResponse(acting(actor), url, { siteUrl: SITE, now: RECEIVED });
  return Buffer.from(await response.arrayBuffer());
}

/** Any bare CR or LF outside quotes ends a row here, as in a spreadsheet. */
const strictRows = (bytes: Buffer, delimiter: string) =>
  parse(bytes, { bom: true, delimiter, columns: true, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: false }) as Record<
    string,
    string
  >[];

describe("neutralise, line by line", () => {
  it("guards every line start of a cell, and leaves ordinary lines alone", () => {
    for (const [typed, shown] of MESSAGES) expect(neutralise(typed), JSON.stringify(typed)).toBe(shown);
  });
});

describe.each(BACKENDS)("multi-line messages in CSV exports on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it.each([
    ["point-virgule", ";", "04/03/2026 00:00"],
    ["virgule", ",", "2026-03-04T00:00"],
  ] as const)("with %s: one row per application, every line start neutralised", async (param, delimiter, received) => {
    const cast = await applications(t.db);
    const bytes = await csvOf(cast.actors.reader, param);
    const rows = strictRows(bytes, delimiter);
    expect(rows).toHaveLength(MESSAGES.length);
    // Newest first: the order of MESSAGES.
    expect(rows.map((r) => r.Message)).toEqual(MESSAGES.map(([, shown]) => shown));
    expect(new Set(rows.map((r) => r["Reçue le"]))).toEqual(new Set([received]));
  });
});

describe("the CSV export opened in LibreOffice Calc", () => {
  const t = useMigratedTestDatabase(BACKENDS[0]!);
  const office = libreOffice();

  it("keeps one row per application and no formula", async (context) => {
    if (office.binary === null) return context.skip(office.reason);
    const cast = await applications(t.db);
    const column = (name: string) => EXPORT_HEADERS.indexOf(name);
    for (const [param, delimiter, language] of [
      ["point-virgule", ";", 1036],
      ["virgule", ",", 1033],
    ] as const) {
      const sheet = openInCalc(office.binary, await csvOf(cast.actors.reader, param), delimiter, language);
      const where = `séparateur ${param}`;
      expect(sheet, where).toHaveLength(MESSAGES.length + 1);
      expect(
        sheet[0]!.slice(0, EXPORT_HEADERS.length).map((c) => c.text),
        where,
      ).toEqual(EXPORT_HEADERS);
      expect(
        sheet.flat().filter((c) => c.formula),
        where,
      ).toEqual([]);
      const body = sheet.slice(1);
      expect(
        body.map((cells) => cells[column("Nom")]!.text),
        where,
      ).toEqual(MESSAGES.map((_, i) => `Personne${i}`));
      // Each message whole in its cell, its dangerous lines shown as text (Calc keeps lines as
      // paragraphs, and drops a tab that starts one).
      const lines = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\t/g, "");
      expect(
        body.map((cells) => lines(cells[column("Message")]!.text)),
        where,
      ).toEqual(MESSAGES.map(([, shown]) => lines(shown)));
      // Dates are real dates in the language each variant is meant for.
      expect(
        body.every((cells) => cells[column("Reçue le")]!.type === "date"),
        where,
      ).toBe(true);
    }
  }, 240_000);
});
