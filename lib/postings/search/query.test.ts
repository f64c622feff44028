import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting, type PostingToSave } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { parseSearchParams, type PostingFilters } from "./filters";
import { listFilterOrganisations, searchPostings, type SearchScope } from "./query";
import { fillMissingSearchColumns } from "./refresh";

const NOW = new Date("2026-11-22T12:00:00Z");
const BETA = { name: "Incubateur des Territoires", kind: "INCUBATOR" } as const;
const inBeta = (name: string) => ({ name, kind: "STARTUP" as const, parent: BETA });

const POSTINGS: PostingToSave[] = [
  aPosting({
    slug: "dev-back",
    title: "Développeur·se back-end",
    organisation: inBeta("Aides Simplifiées"),
    contractType: "FIXED_TERM",
    location: "Lyon (69)",
    remotePolicy: "PARTIAL",
    technologies: ["Python", "PostgreSQL"],
    domains: ["DEVELOPMENT"],
    juniorsWelcome: true,
    publishedAt: new Date("2026-11-20T08:00:00Z"),
  }),
  aPosting({
    slug: "ingenieure-donnees",
    title: "Ingénieur·e de données",
    organisation: { name: "Etalab", kind: "TEAM" },
    contractType: "PERMANENT",
    location: "Paris",
    remotePolicy: "FULL",
    domains: ["DATA"],
    body: "Vous publierez des jeux de données ouverts avec l'équipe.",
    publishedAt: new Date("2026-11-18T08:00:00Z"),
  }),
  aPosting({
    slug: "designer",
    title: "Designer d'expérience",
    organisation: inBeta("Mon Suivi Social"),
    roles: "un·e designer UX",
    contractType: "FIXED_TERM",
    location: "Saint-Étienne",
    domains: ["DESIGN"],
    body: "Travailler avec les agents de l'ÉTAT et les usagers.",
    publishedAt: new Date("2026-11-15T08:00:00Z"),
  }),
  aPosting({
    slug: "dev-clos",
    title: "Développeuse front-end",
    organisation: inBeta("Aides Simplifiées"),
    contractType: "FIXED_TERM",
    status: "CLOSED",
    closedAt: new Date("2026-11-10T08:00:00Z"),
  }),
  aPosting({
    slug: "dev-pourvu",
    title: "Développeur mobile",
    organisation: { name: "Etalab", kind: "TEAM" },
    status: "CLOSED",
    filledAt: new Date("2026-11-05T08:00:00Z"),
    closedAt: new Date("2026-11-05T08:00:00Z"),
  }),
  aPosting({ slug: "brouillon", title: "Développeur brouillon", status: "DRAFT" }),
  aPosting({ slug: "echue", title: "Développeur échu", closesAt: new Date("2026-11-01T00:00:00Z") }),
];

async function seed(db: Db) {
  for (const posting of POSTINGS) await saveImportedPosting(db, posting, `${posting.slug}.md`);
}

async function slugs(filters: PostingFilters, scope: SearchScope = "open") {
  return (await searchPostings(filters, { scope, now: NOW })).items.map((p) => p.slug);
}

describe.each(BACKENDS)("searching postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("ignores accents and case, in the query and in the posting", async () => {
    await seed(t.db);
    expect(await slugs({ q: "developpeur" })).toEqual(["dev-back"]);
    expect(await slugs({ q: "DÉVELOPPEUR" })).toEqual(["dev-back"]);
    expect(await slugs({ q: "ingenieur" })).toEqual(["ingenieure-donnees"]);
    expect(await slugs({ q: "Ingénieure" })).toEqual(["ingenieure-donnees"]);
    expect(await slugs({ q: "etat" })).toEqual(["designer"]);
  });

  it("searches the organisation, its incubator, roles, technologies and body", async () => {
    await seed(t.db);
    expect(await slugs({ q: "simplifiees" })).toEqual(["dev-back"]);
    expect(await slugs({ q: "territoires" })).toEqual(["dev-back", "designer"]);
    expect(await slugs({ q: "ux" })).toEqual(["designer"]);
    expect(await slugs({ q: "postgresql" })).toEqual(["dev-back"]);
    expect(await slugs({ q: "jeux de donnees ouverts" })).toEqual(["ingenieure-donnees"]);
  });

  it("needs every word, each at the start of a word", async () => {
    await seed(t.db);
    expect(await slugs({ q: "dev python" })).toEqual(["dev-back"]);
    expect(await slugs({ q: "developpeur designer" })).toEqual([]);
    // "ignee" is inside "Ingénieure" but starts no word.
    expect(await slugs({ q: "enieur" })).toEqual([]);
    expect(await slugs({ q: "   " })).toEqual(["dev-back", "ingenieure-donnees", "designer"]);
  });

  it("treats SQL-looking and LIKE-looking text as plain words", async () => {
    await seed(t.db);
    for (const q of ["' OR 1=1 --", "%", "_", '\'; DROP TABLE "Posting"; --', "\\", "100%_"]) {
      expect(await slugs({ q }), q).toEqual(q.match(/[a-z0-9]/i) ? [] : ["dev-back", "ingenieure-donnees", "designer"]);
    }
    expect(await t.db.posting.count()).toBe(POSTINGS.length);
  });

  it("filters by organisation, an incubator including its start-ups", async () => {
    await seed(t.db);
    expect(await slugs({ organisation: "incubateur-des-territoires" })).toEqual(["dev-back", "designer"]);
    expect(await slugs({ organisation: "mon-suivi-social" })).toEqual(["designer"]);
    expect(await slugs({ organisation: "inconnue" })).toEqual([]);
  });

  it("filters by domain, contract, location, remote work and juniors, and combines them", async () => {
    await seed(t.db);
    expect(await slugs({ domain: "DATA" })).toEqual(["ingenieure-donnees"]);
    expect(await slugs({ contract: "FIXED_TERM" })).toEqual(["dev-back", "designer"]);
    expect(await slugs({ location: "saint etienne" })).toEqual(["designer"]);
    expect(await slugs({ location: "LYON" })).toEqual(["dev-back"]);
    expect(await slugs({ remote: "possible" })).toEqual(["dev-back", "ingenieure-donnees"]);
    expect(await slugs({ remote: "complet" })).toEqual(["ingenieure-donnees"]);
    expect(await slugs({ juniors: true })).toEqual(["dev-back"]);
    expect(await slugs({ contract: "FIXED_TERM", q: "designer" })).toEqual(["designer"]);
    expect(await slugs({ contract: "FIXED_TERM", remote: "possible", organisation: "incubateur-des-territoires" })).toEqual(["dev-back"]);
    expect(await slugs({ contract: "PERMANENT", q: "developpeur" })).toEqual([]);
  });

  it("searches the archive of closed and filled postings, never drafts", async () => {
    await seed(t.db);
    // Same publication day: the latest saved first.
    expect(await slugs({}, "archive")).toEqual(["echue", "dev-pourvu", "dev-clos"]);
    expect(await slugs({ q: "developpeuse" }, "archive")).toEqual(["dev-clos"]);
    expect(await slugs({ organisation: "etalab" }, "archive")).toEqual(["dev-pourvu"]);
    expect(await slugs({ q: "brouillon" }, "archive")).toEqual([]);
  });

  it("paginates a search: exact last page, and an empty page past the end", async () => {
    await seed(t.db);
    const options = { now: NOW, pageSize: 1 };
    const first = await searchPostings({ contract: "FIXED_TERM" }, { ...options, page: 1 });
    const last = await searchPostings({ contract: "FIXED_TERM" }, { ...options, page: 2 });
    const beyond = await searchPostings({ contract: "FIXED_TERM" }, { ...options, page: 3 });
    expect(first).toMatchObject({ total: 2, pageCount: 2, page: 1 });
    expect(last.items.map((p) => p.slug)).toEqual(["designer"]);
    expect(beyond).toMatchObject({ items: [], total: 2, pageCount: 2, page: 3 });
    expect(await searchPostings({ q: "rien" }, options)).toMatchObject({ total: 0, pageCount: 1 });
  });

  it("offers the top-level organisations with public postings, and the one already chosen", async () => {
    await seed(t.db);
    await t.db.organisation.create({ data: { slug: "sans-offre", name: "Sans offre", kind: "TEAM" } });
    expect((await listFilterOrganisations(undefined, NOW)).map((o) => o.label)).toEqual([
      "Équipe numérique",
      "Etalab",
      "Incubateur des Territoires",
    ]);
    expect((await listFilterOrganisations("mon-suivi-social", NOW)).map((o) => o.slug)).toEqual([
      "equipe-numerique",
      "etalab",
      "incubateur-des-territoires",
      "mon-suivi-social",
    ]);
  });

  it("indexes postings saved before search existed", async () => {
    await seed(t.db);
    await t.db.posting.updateMany({ data: { searchText: "", searchLocation: "" } });
    expect(await slugs({ q: "developpeur" })).toEqual([]);
    expect(await fillMissingSearchColumns(t.db)).toBe(POSTINGS.length);
    expect(await slugs({ q: "developpeur", location: "lyon" })).toEqual(["dev-back"]);
  });
});

describe("search parameters", () => {
  it("reads the French URL parameters, ignoring empty ones", () => {
    expect(
      parseSearchParams(
        new URLSearchParams("q=dév&contrat=cdd&domaine=donnees&teletravail=possible&juniors=oui&lieu=&organisation=&page=2"),
      ),
    ).toEqual({
      ok: true,
      filters: { q: "dév", contract: "FIXED_TERM", domain: "DATA", remote: "possible", juniors: true },
      page: 2,
    });
  });

  it("names each invalid parameter", () => {
    const parsed = parseSearchParams({ contrat: "cdx", page: "0", organisation: "A B" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors).sort()).toEqual(["contrat", "organisation", "page"]);
  });
});
