// Exports read back by real readers (csv-parse, exceljs, yauzl) on both backends: the bytes
// (BOM, separator, quoting), hostile values, the filters and scoping, the CVs, the audit log.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { applicationTo, postingOf } from "../testing";
import { EXPORT_HEADERS, neutralise } from "./columns";
import { exportResponse } from "./response";
import { acting } from "@/lib/test/acting";

const SITE = "https://rejoindre.exemple.gouv.fr";
const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));

// Every trap a cell can hold: formula starts, quotes, separators, line breaks, emoji, accents.
const HOSTILE = {
  firstName: '+33 "Zoé" 👩‍💻',
  lastName: '=HYPERLINK("http://pirate.example";"clic")',
  linkedinUrl: "@SUM(1+1)",
  githubUrl: "\tTabulé",
  portfolioUrl: "-2+3;4,5",
  message: '\nLigne « une » ; deux, "trois"\r\nquatre — Ça va ?',
};

async function exported(actor: Actor | null, query: string, batchSize?: number) {
  const response = await exportResponse(
    acting(actor, { requestId: null, clientAddress: "203.0.113.7" }),
    new URL(`${SITE}/admin/candidatures/export${query}`),
    { siteUrl: SITE, now: at(4), batchSize },
  );
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function fixture(db: Db) {
  const cast = await castOf(db);
  const posting = await postingOf(db, cast.orgA, "Développeuse ; « full-stack »");
  const hostile = await applicationTo(
    db,
    posting.id,
    { firstName: HOSTILE.firstName, lastName: HOSTILE.lastName },
    {
      linkedinUrl: HOSTILE.linkedinUrl,
      githubUrl: HOSTILE.githubUrl,
      portfolioUrl: HOSTILE.portfolioUrl,
      message: HOSTILE.message,
      createdAt: at(3, 23),
      needsReview: true,
      poolConsentAt: at(3, 23),
    },
  );
  // Three applications at the same instant: the keyset's id breaks the tie across batches.
  const same = [];
  for (const name of ["Un", "Deux", "Trois"])
    same.push(await applicationTo(db, posting.id, { lastName: name }, { createdAt: at(2), status: "INTERVIEW" }));
  const elsewhere = await applicationTo(db, (await postingOf(db, cast.orgB)).id, { lastName: "Ailleurs" }, { createdAt: at(3) });
  return { cast, posting, hostile, same, elsewhere };
}

const zipEntries = (bytes: Buffer) =>
  new Promise<Map<string, Buffer>>((resolve, reject) => {
    const found = new Map<string, Buffer>();
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            found.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on("end", () => resolve(found));
      zip.readEntry();
    });
  });

describe("neutralise", () => {
  it("prefixes an apostrophe to every cell a spreadsheet would run, and only those", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"]) expect(neutralise(`${start}1`)).toBe(`'${start}1`);
    for (const text of ["Zoé", "1-2", "a=b", "", "'déjà"]) expect(neutralise(text)).toBe(text);
  });
});

describe.each(BACKENDS)("inbox exports on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("CSV: BOM, semicolons, CRLF, RFC 4180 quoting; hostile values come back neutralised through csv-parse", async () => {
    const { cast, hostile, same } = await fixture(t.db);
    const { response, bytes } = await exported(cast.actors.reader, "", 2);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="candidatures-2026-03-04\.csv"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith(`Offre;Organisation;Reçue le;Étape;`)).toBe(true);
    expect(text.split("\r\n")[0]).toBe(EXPORT_HEADERS.join(";"));
    expect(text.endsWith("\r\n")).toBe(true);
    // Quotes doubled inside a quoted field, the field holding the separator quoted.
    expect(text).toContain(`"'=HYPERLINK(""http://pirate.example"";""clic"")"`);
    expect(text).toContain(`"Développeuse ; « full-stack »"`);

    const rows = parse(bytes, { bom: true, delimiter: ";", columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(rows.map((r) => r.Nom)).toEqual([`'${HOSTILE.lastName}`, ...same.map(() => expect.any(String))]);
    const first = rows[0]!;
    expect(first).toMatchObject({
      Offre: "Développeuse ; « full-stack »",
      Organisation: "Équipe A",
      // 23:00 UTC on 3 March is midnight on the 4th in Paris.
      "Reçue le": "04/03/2026 00:00",
      Étape: "Reçue",
      Prénom: `'${HOSTILE.firstName}`,
      "Adresse électronique": hostile.email,
      LinkedIn: `'${HOSTILE.linkedinUrl}`,
      GitHub: `'${HOSTILE.githubUrl}`,
      Portfolio: `'${HOSTILE.portfolioUrl}`,
      Message: `'${HOSTILE.message}`,
      "Vivier accepté le": "04/03/2026 00:00",
      "À vérifier": "Oui",
      CV: "CV Camille Éloïse.pdf",
      Fiche: `${SITE}/admin/candidatures/${hostile.id}`,
    });
    // Every row once, newest first, ties by id descending, nothing of another organisation.
    expect(rows.slice(1).map((r) => r.Fiche)).toEqual(
      same
        .map((a) => `${SITE}/admin/candidatures/${a.id}`)
        .sort()
        .reverse(),
    );
    expect(rows.map((r) => r.Nom)).not.toContain("Ailleurs");
    expect(rows.slice(1).every((r) => r.Étape === "Entretien" && r["À vérifier"] === "Non")).toBe(true);
  });

  it("CSV with commas on request, the inbox's filters applied", async () => {
    const { cast, same } = await fixture(t.db);
    const { bytes } = await exported(cast.actors.recruiter, "?format=csv&separateur=virgule&statut=entretien&au=2026-03-02");
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${EXPORT_HEADERS.join(",")}`);
    const rows = parse(bytes, { bom: true, delimiter: ",", columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Nom).sort()).toEqual(["Deux", "Trois", "Un"]);
    expect(rows).toHaveLength(same.length);
    const none = parse((await exported(cast.actors.recruiter, "?q=personne")).bytes, { bom: true, delimiter: ";", columns: true });
    expect(none).toEqual([]);
  });

  it("xlsx: reopened by exceljs, the same rows, text never a formula, dates on a Paris clock", async () => {
    const { cast, hostile } = await fixture(t.db);
    const { response, bytes } = await exported(cast.actors.admin, "?format=xlsx&offre=", 2);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(/filename="candidatures-2026-03-04\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Candidatures")!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(EXPORT_HEADERS);
    // The admin sees both organisations: 5 applications and the header.
    expect(sheet.actualRowCount).toBe(6);
    const row = sheet.getRow(2);
    const cell = (header: string) => row.getCell(EXPORT_HEADERS.indexOf(header) + 1);
    expect(cell("Nom").value).toBe(HOSTILE.lastName);
    expect(cell("Nom").type).toBe(ExcelJS.ValueType.String);
    expect(cell("Message").value).toBe(HOSTILE.message.replace("\r\n", "\n"));
    expect(cell("Prénom").value).toBe(HOSTILE.firstName);
    expect(cell("Adresse électronique").value).toBe(hostile.email);
    expect(cell("Reçue le").value).toEqual(new Date(Date.UTC(2026, 2, 4, 0, 0)));
    expect(cell("Reçue le").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(cell("Téléphone").value).toBeNull();
    const names = Array.from({ length: 5 }, (_, i) => sheet.getRow(i + 2).getCell(EXPORT_HEADERS.indexOf("Nom") + 1).value);
    expect(names).toContain("Ailleurs");
  });

  it("ZIP of the CVs: safe unique names, the very bytes, scoped and filtered", async () => {
    const { cast, hostile, same } = await fixture(t.db);
    await t.db.applicationFile.update({
      where: { applicationId: same[0]!.id },
      data: { content: new Uint8Array(Buffer.from("%PDF-1.4 autre\n%%EOF\n")), fileName: "cv.PDF" },
    });
    const { response, bytes } = await exported(cast.actors.reader, "?format=cv", 1);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/filename="candidatures-cv-2026-03-04\.zip"/);
    const entries = await zipEntries(bytes);
    const stored = await t.db.applicationFile.findMany({ where: { applicationId: { in: [hostile.id, ...same.map((a) => a.id)] } } });
    expect(entries.size).toBe(4);
    for (const file of stored) {
      const name = [...entries.keys()].find((n) => n.includes(file.applicationId))!;
      expect(name).toMatch(/^[A-Za-z0-9-]+_[A-Za-z0-9-]+_[a-z0-9]+\.pdf$/);
      expect(entries.get(name)!.equals(Buffer.from(file.content))).toBe(true);
    }
    expect([...entries.keys()].find((n) => n.includes(hostile.id))).toBe(`HYPERLINK-http-pirate-example-clic_33-Zoe_${hostile.id}.pdf`);
    const filtered = await zipEntries((await exported(cast.actors.reader, "?format=cv&statut=recue")).bytes);
    expect([...filtered.keys()]).toEqual([expect.stringContaining(hostile.id)]);
  });

  it("each export is in the audit log with its format, count and filters, never a candidate's data", async () => {
    const { cast, hostile, posting } = await fixture(t.db);
    await exported(cast.actors.recruiter, "?separateur=virgule&statut=recue&q=zoe");
    await exported(cast.actors.reader, "?format=cv");
    await exported(cast.actors.reader, `?offre=${posting.id}`);
    const events = await t.db.auditEvent.findMany({ where: { action: "application.export" }, orderBy: { at: "asc" } });
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actorId: cast.userIds.recruiter, clientAddress: "203.0.113.7" });
    expect(JSON.parse(events[0]!.changes)).toEqual({
      format: "csv",
      separateur: ",",
      lignes: 1,
      filtres: { offre: null, statut: "RECEIVED", du: null, au: null, recherche: true },
    });
    expect(JSON.parse(events[1]!.changes)).toMatchObject({ format: "cv", lignes: 4 });
    // The offer by its title, which the journal can show; an id would say nothing.
    expect(JSON.parse(events[2]!.changes).filtres).toMatchObject({ offre: "Développeuse ; « full-stack »" });
    const everything = JSON.stringify(events);
    for (const secret of [hostile.email, "zoe", "Zoé", "HYPERLINK"]) expect(everything).not.toContain(secret);
  });

  it("refuses what it cannot honour: signed out, no organisation, unknown format, separator or filter", async () => {
    const { cast } = await fixture(t.db);
    expect((await exported(cast.actors.anonymous, "")).response.status).toBe(404);
    expect((await exported(cast.actors.disabled, "")).response.status).toBe(404);
    const noOrg = { ...cast.actors.reader!, memberships: [] };
    expect((await exported(noOrg, "")).response.status).toBe(404);
    expect((await exported(cast.actors.reader, "?format=pdf")).response.status).toBe(400);
    expect((await exported(cast.actors.reader, "?separateur=tab")).response.status).toBe(400);
    const badFilter = await exported(cast.actors.reader, "?du=31/02/2026");
    expect(badFilter.response.status).toBe(400);
    expect(badFilter.bytes.toString()).toContain("Indiquez une date");
    expect(await t.db.auditEvent.count({ where: { action: "application.export" } })).toBe(0);
  });
});
