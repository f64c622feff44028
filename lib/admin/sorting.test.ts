import { describe, expect, it } from "vitest";
import { defineSort, nextSort, parseSort, sortHeaders, sortParam } from "./sorting";

const spec = defineSort({ columns: { titre: "asc", recue: "desc" }, fallback: { key: "recue", direction: "desc" } });

describe("admin list order in the URL", () => {
  it("reads a key and its direction, and falls back on the list's default for anything else", () => {
    expect(parseSort(spec, "titre")).toEqual({ key: "titre", direction: "asc" });
    expect(parseSort(spec, "-titre")).toEqual({ key: "titre", direction: "desc" });
    expect(parseSort(spec, ["recue", "titre"])).toEqual({ key: "recue", direction: "asc" });
    for (const odd of [undefined, "", "-", "--titre", "constructor", "toString", "titre; drop"]) {
      expect(parseSort(spec, odd)).toEqual(spec.fallback);
    }
  });

  it("leaves the default order out of the URL", () => {
    expect(sortParam(spec, { key: "recue", direction: "desc" })).toBeUndefined();
    expect(sortParam(spec, { key: "recue", direction: "asc" })).toBe("recue");
    expect(sortParam(spec, { key: "titre", direction: "desc" })).toBe("-titre");
  });

  it("reverses the current column, and starts another at its own first direction", () => {
    expect(nextSort(spec, { key: "titre", direction: "asc" }, "titre")).toEqual({ key: "titre", direction: "desc" });
    expect(nextSort(spec, { key: "titre", direction: "asc" }, "recue")).toEqual({ key: "recue", direction: "desc" });
    expect(nextSort(spec, { key: "recue", direction: "desc" }, "titre")).toEqual({ key: "titre", direction: "asc" });
  });

  it("gives each header its link and state", () => {
    const headers = sortHeaders(spec, { key: "titre", direction: "asc" }, (tri) => `/liste${tri ? `?tri=${tri}` : ""}`);
    expect(headers.titre).toEqual({ href: "/liste?tri=-titre", state: "ascending", action: "Trier par ordre décroissant" });
    expect(headers.recue).toEqual({ href: "/liste", state: "none", action: "Trier par ordre décroissant" });
  });
});
