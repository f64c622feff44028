import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { getPublicPosting, listOpenPostings } from "./queries";

const NOW = new Date("2026-11-22T12:00:00Z");
const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function seed(db: Db, postings: Partial<Prisma.PostingUncheckedCreateInput>[]) {
  const incubator = await db.organisation.create({ data: { slug: "incub", name: "Incubateur", kind: "INCUBATOR" } });
  const startup = await db.organisation.create({
    data: { slug: "startup", name: "Ma Startup", kind: "STARTUP", parentId: incubator.id },
  });
  for (const [i, p] of postings.entries()) {
    await db.posting.create({
      data: { slug: `offre-${i}`, title: `Offre ${i}`, body: "Texte", organisationId: startup.id, status: "PUBLISHED", ...p },
    });
  }
}

describe.each(BACKENDS)("public posting queries on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("lists only open postings, newest first, with their organisation and its incubator", async () => {
    await seed(t.db, [
      { slug: "ancienne", publishedAt: day("2026-09-01") },
      { slug: "recente", publishedAt: day("2026-11-20") },
      { slug: "brouillon", status: "DRAFT", publishedAt: day("2026-11-21") },
      { slug: "fermee", status: "CLOSED", publishedAt: day("2026-11-21") },
      { slug: "echue", publishedAt: day("2026-10-01"), closesAt: day("2026-11-01") },
      { slug: "programmee", publishedAt: day("2026-12-01") },
      { slug: "sans-date", publishedAt: null },
    ]);
    const page = await listOpenPostings(1, NOW);

    expect(page.items.map((p) => p.slug)).toEqual(["recente", "ancienne", "sans-date"]);
    expect(page.total).toBe(3);
    expect(page.items[0]?.organisation).toMatchObject({ name: "Ma Startup", parent: { name: "Incubateur" } });
  });

  it("paginates: full pages, a last partial page, and an empty page past the end", async () => {
    await seed(
      t.db,
      Array.from({ length: 5 }, (_, i) => ({ publishedAt: day(`2026-11-0${i + 1}`) })),
    );
    const first = await listOpenPostings(1, NOW, 2);
    const last = await listOpenPostings(3, NOW, 2);
    const beyond = await listOpenPostings(4, NOW, 2);

    expect(first).toMatchObject({ total: 5, pageCount: 3, page: 1 });
    expect(first.items.map((p) => p.slug)).toEqual(["offre-4", "offre-3"]);
    expect(last.items.map((p) => p.slug)).toEqual(["offre-0"]);
    expect(beyond.items).toEqual([]);
    expect((await listOpenPostings(-2, NOW, 2)).page).toBe(1);
  });

  it("shows a closed posting as not open, and hides drafts and unknown slugs", async () => {
    await seed(t.db, [
      { slug: "fermee", status: "CLOSED", publishedAt: day("2026-10-01"), closedAt: day("2026-11-01") },
      { slug: "echue", publishedAt: day("2026-10-01"), closesAt: day("2026-11-01") },
      { slug: "ouverte", publishedAt: day("2026-10-01") },
      { slug: "brouillon", status: "DRAFT" },
    ]);

    expect(await getPublicPosting("fermee", NOW)).toMatchObject({ open: false, status: "CLOSED" });
    expect(await getPublicPosting("echue", NOW)).toMatchObject({ open: false });
    expect(await getPublicPosting("ouverte", NOW)).toMatchObject({ open: true, title: "Offre 2" });
    expect(await getPublicPosting("brouillon", NOW)).toBeNull();
    expect(await getPublicPosting("inconnue", NOW)).toBeNull();
  });
});
