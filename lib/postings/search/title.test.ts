import { describe, expect, it } from "vitest";
import { resultCountLabel, searchPageTitle } from "./title";

describe("searchPageTitle", () => {
  it("starts with the count, then says what was searched", () => {
    expect(searchPageTitle("open", { q: "data", contract: "FIXED_TERM" }, 1, 12)).toBe("12 offres : « data », CDD");
    expect(searchPageTitle("open", { q: "data" }, 2, 1_234)).toBe("1\u202f234 offres : « data », page 2");
  });

  it("says one posting in the singular, and none as « Aucune offre »", () => {
    expect(searchPageTitle("open", { q: "data" }, 1, 1)).toBe("1 offre : « data »");
    expect(searchPageTitle("open", { q: "zzyzx" }, 1, 0)).toBe("Aucune offre : « zzyzx »");
  });

  it("gives the count alone for a search with no criterion, and names the archive's postings", () => {
    expect(searchPageTitle("open", {}, 1, 12)).toBe("12 offres");
    expect(searchPageTitle("archive", { q: "data" }, 1, 3)).toBe("3 offres clôturées ou pourvues : « data »");
    expect(searchPageTitle("archive", {}, 1, 0)).toBe("Aucune offre clôturée");
  });
});

describe("resultCountLabel", () => {
  it("says how many postings match a search, or how many a list holds", () => {
    expect(resultCountLabel(12, "open", true)).toBe("12 offres correspondent à votre recherche");
    expect(resultCountLabel(1, "open", true)).toBe("1 offre correspond à votre recherche");
    expect(resultCountLabel(0, "open", true)).toBe("Aucun résultat");
    expect(resultCountLabel(3, "archive", false)).toBe("3 offres clôturées ou pourvues");
  });
});
