import { describe, expect, it } from "vitest";
import { canonicalTechnology, detectTechnologies } from "@/lib/postings/import/technologies";

describe("detectTechnologies", () => {
  it("finds known names with word boundaries, canonical casing, in order of mention", () => {
    expect(detectTechnologies("Du **python** et du javascript, puis Node.js et postgres ; encore Python.")).toEqual([
      "Python",
      "JavaScript",
      "Node.js",
      "PostgreSQL",
    ]);
  });

  it("does not mistake French words or longer names", () => {
    expect(detectTechnologies("Élaborer la vue de synthèse, réagir vite, une reactivité Javanaise.")).toEqual([]);
    expect(detectTechnologies("Les frameworks Flask et [Vue](https://vuejs.org) ; du Ruby on Rails.")).toEqual([
      "Flask",
      "Vue",
      "Ruby on Rails",
    ]);
  });

  it("ignores link targets, bare URLs and addresses", () => {
    expect(detectTechnologies("Voir [le guide](https://docker.com/python) ou https://react.dev, écrire à django@exemple.fr")).toEqual([]);
  });
});

describe("canonicalTechnology", () => {
  it.each([
    ["vue.js", "Vue"],
    ["POSTGRES", "PostgreSQL"],
    ["nodejs", "Node.js"],
    ["Elm", "Elm"],
  ])("%s → %s", (text, name) => {
    expect(canonicalTechnology(text)).toBe(name);
  });
});
