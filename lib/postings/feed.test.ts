import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { openPostingsFeed } from "./feed";

const NOW = new Date("2026-11-22T12:00:00Z");
const incubator = { name: "Incubateur Nord", kind: "INCUBATOR" as const };

describe.each(BACKENDS)("the Atom feed of open postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  async function seed() {
    const postings = [
      aPosting({
        slug: "ux",
        title: "Designer UX & <accessibilité>",
        organisation: { name: "Lien Social", kind: "STARTUP", parent: incubator },
        contractType: "FIXED_TERM",
        location: "Lille",
        publishedAt: new Date("2026-11-20T08:00:00Z"),
      }),
      aPosting({
        slug: "data",
        title: "Data scientist",
        organisation: { name: "Etalab", kind: "TEAM" },
        publishedAt: new Date("2026-11-10T08:00:00Z"),
      }),
      aPosting({ slug: "ferme", title: "Offre fermée", organisation: { name: "Etalab", kind: "TEAM" }, status: "CLOSED" }),
    ];
    for (const posting of postings) await saveImportedPosting(t.db, posting, `${posting.slug}.md`);
  }

  it("is read back by a feed parser: open postings, newest first, with links and facts", async () => {
    await seed();
    const feed = await new Parser().parseString((await openPostingsFeed(undefined, NOW))!);
    expect(feed.title).toBe("Rejoindre – offres ouvertes");
    expect(feed.items.map((item) => item.title)).toEqual(["Designer UX & <accessibilité>", "Data scientist"]);
    expect(feed.items[0]).toMatchObject({
      link: "http://localhost:3000/offres/ux",
      id: "http://localhost:3000/offres/ux",
      summary: "CDD · Lien Social (Incubateur Nord) · Lille",
    });
  });

  it("has one feed per organisation, an incubator's including its start-ups", async () => {
    await seed();
    const parser = new Parser();
    const ofIncubator = await parser.parseString((await openPostingsFeed("incubateur-nord", NOW))!);
    expect(ofIncubator.title).toBe("Rejoindre – offres de Incubateur Nord");
    expect(ofIncubator.items.map((item) => item.title)).toEqual(["Designer UX & <accessibilité>"]);
    const ofEtalab = await parser.parseString((await openPostingsFeed("etalab", NOW))!);
    expect(ofEtalab.items.map((item) => item.title)).toEqual(["Data scientist"]);
    expect(await openPostingsFeed("inconnue", NOW)).toBeNull();
  });
});
