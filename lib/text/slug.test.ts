import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "@/lib/text/slug";

describe("slugify", () => {
  it.each([
    ["Chargée ou chargé de mission design", "chargee-ou-charge-de-mission-design"],
    ["L'équipe data.gouv.fr recrute un·e stagiaire", "l-equipe-data-gouv-fr-recrute-un-e-stagiaire"],
    ["Développeur·se full-stack", "developpeur-se-full-stack"],
    ["Chargé.e de développement", "charge-e-de-developpement"],
    ["  Cœur & Œuvre  ", "coeur-et-oeuvre"],
    ["L’Atelier numérique — Culture", "l-atelier-numerique-culture"],
    ["!!!", ""],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts long titles on a word boundary, at 80 characters at most", () => {
    const slug = slugify("responsable ".repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("responsable")).toBe(true);
    expect(slugify("a".repeat(100))).toBe("a".repeat(80));
  });

  it("isSlug accepts only what slugify makes", () => {
    expect(isSlug("charge-mission-design")).toBe(true);
    expect(isSlug("Charge mission")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
  });
});
