import { describe, expect, it } from "vitest";
import type { Rewrite } from "next/dist/lib/load-custom-routes";
import { FILTER_PARAMS } from "@/lib/urls/search-params";
import nextConfig from "@/next.config.js";
import { parseSearchParams } from "./filters";
import { searchQueryString } from "./params";

describe("search URLs", () => {
  it("sends every filter parameter of the home page to the search route", async () => {
    const rewrites = (await nextConfig("phase-production-server").rewrites?.()) as { beforeFiles: Rewrite[] };
    const searchKeys = rewrites.beforeFiles.filter((rule) => rule.destination === "/recherche").map((rule) => rule.has?.[0]?.key);
    expect(searchKeys).toEqual([...FILTER_PARAMS]);
  });

  it("writes back the parameters it reads", () => {
    const query = "?q=d%C3%A9v+data&organisation=etalab&domaine=donnees&contrat=cdd&lieu=Lyon&teletravail=complet&juniors=oui&page=3";
    const parsed = parseSearchParams(new URLSearchParams(query));
    expect(parsed.ok && searchQueryString(parsed.filters, parsed.page)).toBe(query);
  });
});
