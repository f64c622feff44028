import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { loadDemoPostingsIfEmpty } from "@/lib/postings/demo";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { fillMissingPlaces } from "./places";

async function placesOf(db: Db, slug: string) {
  const rows = await db.postingPlace.findMany({ where: { posting: { slug } }, orderBy: { position: "asc" } });
  return rows.map(({ position, inseeCode, name, postcode, departementName, regionCode, regionName }) => ({
    position,
    inseeCode,
    name,
    postcode,
    departementName,
    regionCode,
    regionName,
  }));
}

describe.each(BACKENDS)("a posting's communes on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("are written with the posting, in order, with the postcode its place gave", async () => {
    await saveImportedPosting(t.db, aPosting({ slug: "dev", location: "Paris 7e ou Rennes", places: ["75056", "35238"] }), "dev.md");
    expect(await placesOf(t.db, "dev")).toEqual([
      {
        position: 0,
        inseeCode: "75056",
        name: "Paris",
        postcode: "75007",
        departementName: "Paris",
        regionCode: "11",
        regionName: "Île-de-France",
      },
      {
        position: 1,
        inseeCode: "35238",
        name: "Rennes",
        postcode: null,
        departementName: "Ille-et-Vilaine",
        regionCode: "53",
        regionName: "Bretagne",
      },
    ]);
  });

  it("are replaced when the file is imported again", async () => {
    await saveImportedPosting(t.db, aPosting({ slug: "dev", location: "Rennes", places: ["35238"] }), "dev.md");
    await saveImportedPosting(t.db, aPosting({ slug: "dev", location: "Nantes", places: ["44109"] }), "dev.md");
    expect((await placesOf(t.db, "dev")).map((p) => p.name)).toEqual(["Nantes"]);
    await saveImportedPosting(t.db, aPosting({ slug: "dev", location: "Quelque part", places: [] }), "dev.md");
    expect(await placesOf(t.db, "dev")).toEqual([]);
  });

  it("are given at start-up to postings saved before communes existed, once", async () => {
    await saveImportedPosting(t.db, aPosting({ slug: "rennes", location: "35000 Rennes" }), "a.md");
    await saveImportedPosting(t.db, aPosting({ slug: "ambigu", location: "Saint-Denis" }), "b.md");
    await saveImportedPosting(t.db, aPosting({ slug: "nulle-part", location: null }), "c.md");
    await saveImportedPosting(t.db, aPosting({ slug: "deja", location: "Lyon", places: ["69123"] }), "d.md");
    expect(await fillMissingPlaces(t.db)).toBe(1);
    expect(await placesOf(t.db, "rennes")).toMatchObject([{ inseeCode: "35238", postcode: "35000" }]);
    expect(await placesOf(t.db, "ambigu")).toEqual([]);
    expect((await placesOf(t.db, "deja")).map((p) => p.name)).toEqual(["Lyon"]);
    expect(await fillMissingPlaces(t.db)).toBe(0);
  });

  it("are read by the importer for the demo postings", async () => {
    await loadDemoPostingsIfEmpty(t.db);
    const postings = await t.db.posting.findMany({
      where: { location: { not: null } },
      select: { location: true, places: { select: { name: true }, orderBy: { position: "asc" } } },
    });
    expect(postings.length).toBeGreaterThan(0);
    for (const { location, places } of postings) expect(places.length, location ?? "").toBeGreaterThan(0);
    const nantes = postings.find((p) => p.location === "Paris ou Nantes");
    expect(nantes?.places.map((p) => p.name)).toEqual(["Paris", "Nantes"]);
  });
});
