// import(export(postings)) gives back the same postings, field for field, on both backends:
// random postings with YAML-hostile text, every enum, nulls and kept-aside keys of every JSON type.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { ContractType, Domain, OrganisationKind, PostingStatus, RemotePolicy } from "@/lib/db/models";
import { exportPostings } from "@/lib/postings/export/folder";
import { parsePostingFile } from "@/lib/postings/import/parse";
import { importPostings } from "@/lib/postings/import/run";
import { communeByCode } from "@/lib/places/communes";
import { BACKENDS, migratedTestDatabase, type TestDatabase } from "@/lib/test/databases";

const RUNS = 30;

// Pieces that trouble YAML or markdown: indicators, comments, document markers, quotes, look-alike scalars.
const PIECES = [
  "Développeur·se",
  "chargé.e",
  "expert-es",
  "Œuvre",
  "à",
  "ç",
  "É",
  ": ",
  " #",
  "#",
  "---",
  "...",
  "'",
  '"',
  "\\",
  "- ",
  "[",
  "]",
  "{",
  "}",
  "&ancre",
  "*alias",
  "!tag",
  "%",
  "@",
  "`",
  "|",
  ">",
  "? ",
  "yes",
  "no",
  "null",
  "~",
  "true",
  "2021-05-03",
  "0x1F",
  "1e3",
  "007",
  "  ",
  "**gras**",
  "[lien](https://exemple.fr)",
  "😀",
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 6, unit: "grapheme" }));
/** A one-line text as a form would store it: trimmed, never empty. */
const line = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .join("")
      .replace(/[\r\n\u2028\u2029\u0085]+/g, " ")
      .trim(),
  )
  .filter((text) => text.length > 0);
const optionalLine = fc.option(line, { nil: null });
/** A body: several lines, leading spaces and markdown allowed; it starts with something else than a blank line. */
const body = fc
  .array(fc.oneof(line, fc.constantFrom("", "---", "  indented: yes", "# Titre", "- [ ] tâche", "> citation")), { maxLength: 8 })
  .map((lines) => lines.join("\n").replace(/\r/g, ""))
  .map((text) => text.replace(/^\s+/, ""));
const instant = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });
const day = instant.map((date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`));
const anyDate = fc.option(fc.oneof(instant, day), { nil: null });
const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
const extraKey = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom("titre", "title", "poste_pourvu", "depublication_date", "cles_conservees", "type"),
  )
  .filter((key) => key !== "__proto__" && key.trim() === key && key.length > 0);
const INSEE = ["35238", "75056", "44109", "69123", "13055", "97411"];

const postingArbitrary = fc
  .record({
    slug,
    title: line,
    roles: optionalLine,
    organisationKind: fc.constantFrom(...Object.values(OrganisationKind)),
    parentKind: fc.option(fc.constantFrom(...Object.values(OrganisationKind)), { nil: null }),
    organisationName: line,
    parentName: line,
    team: optionalLine,
    contractType: fc.option(fc.constantFrom(...Object.values(ContractType)), { nil: null }),
    contractDetail: optionalLine,
    duration: optionalLine,
    startDate: fc.option(day, { nil: null }),
    startDateText: optionalLine,
    location: optionalLine,
    remotePolicy: fc.option(fc.constantFrom(...Object.values(RemotePolicy)), { nil: null }),
    remoteDetail: optionalLine,
    pay: optionalLine,
    contactEmail: optionalLine,
    externalUrl: fc.option(fc.webUrl(), { nil: null }),
    juniorsWelcome: fc.option(fc.boolean(), { nil: null }),
    blindReview: fc.boolean(),
    status: fc.constantFrom(...Object.values(PostingStatus)),
    publishedAt: anyDate,
    opensAt: anyDate,
    closesAt: anyDate,
    closedAt: anyDate,
    filledAt: anyDate,
    body,
    domains: fc.subarray(Object.values(Domain)),
    technologies: fc.uniqueArray(line, { maxLength: 4, selector: (name) => name.toLowerCase() }),
    places: fc.subarray(INSEE),
    contacts: fc.array(line, { maxLength: 3 }),
    extraFrontMatter: fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  })
  // Only a closed posting is filled: the dialect says "pourvu" and that closes it.
  .map((posting) => ({ ...posting, filledAt: posting.status === "CLOSED" ? posting.filledAt : null }));

type Generated = typeof postingArbitrary extends fc.Arbitrary<infer T> ? T : never;

async function clear(db: Db) {
  await db.posting.deleteMany();
  await db.organisation.updateMany({ data: { parentId: null } });
  await db.organisation.deleteMany();
}

/** Saves generated postings as the admin would have them; organisation names are made unique per posting. */
async function seed(db: Db, postings: Generated[]) {
  for (const [index, p] of postings.entries()) {
    const parent = p.parentKind
      ? await db.organisation.create({ data: { slug: `parent-${index}`, name: `${p.parentName} P${index}`, kind: p.parentKind } })
      : null;
    const organisation = await db.organisation.create({
      data: { slug: `org-${index}`, name: `${p.organisationName} O${index}`, kind: p.organisationKind, parentId: parent?.id ?? null },
    });
    const {
      organisationKind,
      parentKind,
      organisationName,
      parentName,
      domains,
      technologies,
      places,
      contacts,
      extraFrontMatter,
      ...fields
    } = p;
    const saved = await db.posting.create({
      data: {
        ...fields,
        slug: `${p.slug}-${index}`,
        organisationId: organisation.id,
        contacts: JSON.stringify(contacts),
        extraFrontMatter: JSON.stringify(extraFrontMatter),
        domains: { create: domains.map((domain) => ({ domain })) },
        technologies: { create: technologies.map((name) => ({ name })) },
        redirects: { create: [{ path: `/offres/ancienne-${index}-${p.slug}` }] },
      },
    });
    await db.postingPlace.createMany({
      data: places.map((code, position) => {
        const commune = communeByCode(code);
        if (!commune) throw new Error(`commune ${code} inconnue`);
        return {
          postingId: saved.id,
          position,
          inseeCode: code,
          name: commune.name,
          postcode: commune.postcodes[0] ?? null,
          departementCode: commune.departementCode,
          departementName: commune.departementName,
          regionCode: commune.regionCode,
          regionName: commune.regionName,
        };
      }),
    });
  }
}

/** Every content column, the organisation, and the lists the import writes, comparable across databases. */
async function snapshot(db: Db) {
  const postings = await db.posting.findMany({
    orderBy: { slug: "asc" },
    include: { organisation: { include: { parent: true } }, domains: true, technologies: true },
  });
  return postings.map((p) => ({
    slug: p.slug,
    title: p.title,
    roles: p.roles,
    organisation: { name: p.organisation.name, kind: p.organisation.kind },
    parent: p.organisation.parent && { name: p.organisation.parent.name, kind: p.organisation.parent.kind },
    team: p.team,
    contractType: p.contractType,
    contractDetail: p.contractDetail,
    duration: p.duration,
    startDate: p.startDate?.toISOString() ?? null,
    startDateText: p.startDateText,
    location: p.location,
    remotePolicy: p.remotePolicy,
    remoteDetail: p.remoteDetail,
    pay: p.pay,
    contactEmail: p.contactEmail,
    externalUrl: p.externalUrl,
    juniorsWelcome: p.juniorsWelcome,
    blindReview: p.blindReview,
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    opensAt: p.opensAt?.toISOString() ?? null,
    closesAt: p.closesAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    filledAt: p.filledAt?.toISOString() ?? null,
    body: p.body,
    domains: p.domains.map((d) => d.domain).sort(),
    technologies: p.technologies.map((t) => t.name).sort(),
    contacts: JSON.parse(p.contacts) as unknown,
    extraFrontMatter: JSON.parse(p.extraFrontMatter) as unknown,
  }));
}

/** Communes and old addresses, as the exported files give them to the importer. */
async function placesAndRedirects(db: Db) {
  const postings = await db.posting.findMany({
    orderBy: { slug: "asc" },
    include: { places: { orderBy: { position: "asc" } }, redirects: true },
  });
  return postings.map((p) => ({ slug: p.slug, places: p.places.map((x) => x.inseeCode), redirectFrom: p.redirects.map((r) => r.path) }));
}

describe.each(BACKENDS)("export then import on %s", (provider) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let tmp: string;
  beforeAll(async () => {
    source = await migratedTestDatabase(provider);
    target = await migratedTestDatabase(provider);
    tmp = await mkdtemp(path.join(os.tmpdir(), "rejoindre-round-trip-"));
  });
  afterAll(async () => {
    await source.cleanup();
    await target.cleanup();
    await rm(tmp, { recursive: true, force: true });
  });

  it("gives back every posting field for field", { timeout: 300_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(postingArbitrary, { minLength: 1, maxLength: 3 }), async (postings) => {
        await clear(source.db);
        await clear(target.db);
        await seed(source.db, postings);
        const folder = path.join(tmp, `run-${run++}`);
        const exported = await exportPostings(source.db, folder);
        expect(exported.ok).toBe(true);

        const reports = await importPostings(target.db, [folder]);
        expect(reports.map((r) => [r.outcome, r.reason, r.warnings])).toEqual(reports.map(() => ["created", undefined, []]));
        expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
        // The communes and old addresses are saved by the import as well, in the same order.
        expect(await placesAndRedirects(target.db)).toEqual(await placesAndRedirects(source.db));

        // And the files carry them whole.
        const parsed = await Promise.all(
          (await readdir(folder)).map(async (name) => {
            const outcome = parsePostingFile(name, await readFile(path.join(folder, name)));
            if (!outcome.ok) throw new Error(outcome.reason);
            return { slug: outcome.posting.slug, places: outcome.posting.places, redirectFrom: outcome.posting.redirectFrom };
          }),
        );
        expect(parsed.sort((a, b) => (a.slug < b.slug ? -1 : 1))).toEqual(await placesAndRedirects(source.db));
      }),
      { numRuns: RUNS },
    );
  });
});
