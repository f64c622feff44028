import { describe, expect, it } from "vitest";
import { listPostingsResponse } from "@/lib/postings/api/handlers";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { searchPostings } from "./query";

const NOW = new Date("2026-11-22T12:00:00Z");

const POSTINGS = [
  aPosting({ slug: "rennes", location: "2 rue du Bois, 35000 Rennes", places: ["35238"] }),
  aPosting({ slug: "paris-nantes", location: "Paris 7e ou Nantes", places: ["75056", "44109"] }),
  // Its street number is not the département 35: a posting with communes is found by them.
  aPosting({ slug: "lyon", location: "35 rue des Lilas, Lyon", places: ["69123"] }),
  // Saved without communes: its place is still found by its words.
  aPosting({ slug: "bretagne-texte", location: "Bretagne, en télétravail", places: [] }),
  aPosting({ slug: "lune", location: "Base lunaire", places: [] }),
];

describe.each(BACKENDS)("the place filter on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const found = async (location: string) => {
    for (const posting of POSTINGS) await saveImportedPosting(t.db, posting, `${posting.slug}.md`);
    return (await searchPostings({ location }, { now: NOW })).items.map((p) => p.slug).sort();
  };

  it("finds the postings of a région through their communes", async () => {
    expect(await found("Bretagne")).toEqual(["bretagne-texte", "rennes"]);
    expect(await found("ile de france")).toEqual(["paris-nantes"]);
    expect(await found("Pays de la Loire")).toEqual(["paris-nantes"]);
  });

  it("finds those of a département, by its name or its number", async () => {
    expect(await found("Ille-et-Vilaine")).toEqual(["rennes"]);
    expect(await found("35")).toEqual(["rennes"]);
    expect(await found("Rhône")).toEqual(["lyon"]);
  });

  it("finds those of a commune, however it is written", async () => {
    expect(await found("Rennes")).toEqual(["rennes"]);
    expect(await found("nantes")).toEqual(["paris-nantes"]);
    expect(await found("Paris")).toEqual(["paris-nantes"]);
  });

  it("matches the words of the place when they name no commune, département or région", async () => {
    expect(await found("lunaire")).toEqual(["lune"]);
    expect(await found("Saint-Denis")).toEqual([]);
  });

  it("answers the same in the JSON API", async () => {
    await found("Bretagne");
    const response = await listPostingsResponse(new URL("http://localhost:3000/api/v1/offres?lieu=Bretagne"));
    const body = (await response.json()) as { items: { slug: string }[] };
    expect(body.items.map((p) => p.slug).sort()).toEqual(["bretagne-texte", "rennes"]);
  });
});
