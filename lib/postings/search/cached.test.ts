import { describe, expect, it } from "vitest";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { cachedSearchPostings, forgetCachedSearches, searchKey } from "./cached";

describe("the key of a cached search", () => {
  it("is the same for searches that find the same postings, and differs otherwise", () => {
    expect(searchKey({ q: "Développeur  DÉVELOPPEUR" }, {})).toBe(searchKey({ q: "developpeur" }, {}));
    expect(searchKey({ location: "Saint-Étienne" }, {})).toBe(searchKey({ location: "saint etienne" }, {}));
    expect(searchKey({ q: "developpeur" }, {})).not.toBe(searchKey({ q: "developpeur" }, { page: 2 }));
    expect(searchKey({ q: "developpeur" }, {})).not.toBe(searchKey({ q: "developpeur" }, { scope: "archive" }));
    expect(searchKey({ juniors: true }, {})).not.toBe(searchKey({}, {}));
  });
});

describe.each(BACKENDS)("cached searches on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("answers from the last result until public postings change", async () => {
    await saveImportedPosting(t.db, aPosting({ slug: "dev-1", title: "Développeuse" }), "1.md");
    const slugs = async () => (await cachedSearchPostings({ q: "developpeuse" })).items.map((p) => p.slug);
    expect(await slugs()).toEqual(["dev-1"]);

    await saveImportedPosting(
      t.db,
      aPosting({ slug: "dev-2", title: "Développeuse", publishedAt: new Date("2026-11-02T08:00:00Z") }),
      "2.md",
    );
    expect(await slugs()).toEqual(["dev-1"]);
    forgetCachedSearches();
    expect(await slugs()).toEqual(["dev-2", "dev-1"]);
  });
});
