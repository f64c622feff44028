import { describe, expect, it } from "vitest";
import { passwordProblem, personalWords } from "./password-policy";

const camille = { email: "camille.durand@numerique.gouv.fr", name: "Camille Durand" };

describe("the password a person chooses", () => {
  it("may be a long passphrase of unrelated words", () => {
    expect(passwordProblem("girafe tambour parapluie 47 citron", camille)).toBeNull();
    expect(passwordProblem("Vq8#mT2p!xZ4rW", camille)).toBeNull();
  });

  it("is refused empty, under 12 characters or over 1,000, each with its reason", () => {
    expect(passwordProblem("", camille)).toBe("Saisissez un mot de passe.");
    expect(passwordProblem("Vq8#mT2p!xZ", camille)).toMatch(/au moins 12 caractères/);
    expect(passwordProblem("girafe tambour ".repeat(67), camille)).toMatch(/1 000 caractères/);
  });

  it("counts characters, not UTF-16 units, toward the minimum", () => {
    // Eleven emoji are 22 UTF-16 units, but eleven characters.
    expect(passwordProblem("🦒🥁🍋🐙🌵🎺🦔🍄🚲🧭🪁", camille)).toMatch(/au moins 12 caractères/);
  });

  it("is refused when built on the person's name or address, whatever the case and accents", () => {
    for (const built of ["CamilleDurand2026!", "durand-Ecole-#4821", "NUMERIQUE-soleil-9x"]) {
      expect(passwordProblem(built, camille)).toBe("Le mot de passe ne doit pas reprendre votre nom ni votre adresse électronique.");
    }
    expect(passwordProblem("Éloïse-Bérénice-77", { email: "e.b@culture.gouv.fr", name: "Éloïse Martin" })).toMatch(/votre nom/);
  });

  it("is refused when common or guessable, with zxcvbn's advice in French", () => {
    for (const weak of ["motdepasse123", "azertyuiop123", "123456789012", "soleilsoleil"]) {
      expect(passwordProblem(weak, camille)).toMatch(/^Ce mot de passe est trop facile à deviner\./);
    }
  });

  it("takes the name's words and the address's parts, not the State's domain", () => {
    expect(personalWords(camille).sort()).toEqual(["camille", "camille.durand", "durand", "numerique"].sort());
  });
});
