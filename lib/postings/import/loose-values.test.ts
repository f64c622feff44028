import { describe, expect, it } from "vitest";
import { normaliseEmail, parseLooseBoolean, parseRemotePolicy, parseStatusValue } from "@/lib/postings/import/loose-values";

describe("parseLooseBoolean", () => {
  it.each([
    [true, true],
    ["True", true],
    ["TRUE", true],
    ["oui", true],
    ["Oui", true],
    ["Vrai", true],
    ["ture", true],
    ["treu", true],
    ["yes", true],
    ["ouvert", true],
    [1, true],
    [false, false],
    ["false", false],
    ["flase", false],
    ["fasle", false],
    ["non", false],
    ["Faux", false],
    ["fermé", false],
    ["Fermée", false],
    [0, false],
  ])("%s → %s", (value, expected) => {
    expect(parseLooseBoolean(value)).toBe(expected);
  });

  it.each(["peut-être", "bientôt", "", null, 2, ["oui"]])("%s is not a yes/no", (value) => {
    expect(parseLooseBoolean(value)).toBeNull();
  });
});

describe("parseStatusValue", () => {
  it.each([
    ["open", "PUBLISHED", false],
    ["Publié", "PUBLISHED", false],
    ["pourvu", "CLOSED", true],
    ["Pourvue le 2 mars 2026", "CLOSED", true],
    ["brouillon", "DRAFT", false],
    ["Draft", "DRAFT", false],
    ["clôturé", "CLOSED", false],
    ["closed", "CLOSED", false],
  ])("%s → %s", (value, status, filled) => {
    expect(parseStatusValue(value)).toEqual({ status, filled });
  });

  it("returns null for what it cannot read", () => {
    expect(parseStatusValue("en cours de réflexion")).toBeNull();
  });
});

describe("parseRemotePolicy", () => {
  it.each([
    [true, "PARTIAL"],
    [false, "NONE"],
    ["non", "NONE"],
    ["Pas de télétravail", "NONE"],
    ["Télétravail pas possible", "NONE"],
    ["100 % à distance", "FULL"],
    ["Full remote", "FULL"],
    ["Deux jours par semaine", "PARTIAL"],
    ["Le travail à distance est possible, ponctuellement.", "PARTIAL"],
    ["Hybride", "PARTIAL"],
    ["à voir", null],
  ])("%s → %s", (value, policy) => {
    expect(parseRemotePolicy(value)).toBe(policy);
  });
});

describe("normaliseEmail", () => {
  it.each([
    ["mailto:Contact@Exemple.fr", false, "contact@exemple.fr"],
    ["Camille <camille@exemple.fr>", false, "camille@exemple.fr"],
    ["jean [at] exemple.fr", false, "jean@exemple.fr"],
    [" jean . dupont @ exemple.fr ", true, "jean.dupont@exemple.fr"],
    ["envoyez votre CV / GitHub à cv@exemple.fr. Merci", false, "cv@exemple.fr"],
    ["personne", false, null],
  ])("%s → %s", (value, whole, email) => {
    expect(normaliseEmail(value, whole)).toBe(email);
  });
});
