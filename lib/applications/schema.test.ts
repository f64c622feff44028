import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, parseApplicationFields } from "./schema";

const valid = {
  firstName: "Léa",
  lastName: "Dupont-Moreau",
  email: "Lea.Dupont@Exemple.fr",
  phone: "",
  message: "Bonjour,\r\nje suis intéressée.",
  linkedinUrl: "",
  githubUrl: "https://github.com/lea",
  portfolioUrl: "",
  consent: "on",
  poolConsent: null,
};

describe("application fields", () => {
  it("accepts a complete application, normalising what was typed", () => {
    const result = parseApplicationFields(valid);
    expect(result).toEqual({
      ok: true,
      fields: {
        firstName: "Léa",
        lastName: "Dupont-Moreau",
        email: "lea.dupont@exemple.fr",
        phone: undefined,
        message: "Bonjour,\nje suis intéressée.",
        linkedinUrl: undefined,
        githubUrl: "https://github.com/lea",
        portfolioUrl: undefined,
        consent: true,
        poolConsent: false,
      },
    });
  });

  it("names each wrong field in French", () => {
    const result = parseApplicationFields({
      ...valid,
      firstName: "  ",
      email: "pas-une-adresse",
      phone: "appelez-moi",
      linkedinUrl: "javascript:alert(1)",
      consent: null,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      firstName: "Indiquez votre prénom.",
      email: "Indiquez une adresse électronique valide, par exemple camille.martin@exemple.fr.",
      phone: "Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78.",
      linkedinUrl: "Indiquez une adresse web complète, par exemple https://www.linkedin.com/in/votre-nom.",
      consent: "Cochez cette case pour accepter le traitement de votre candidature.",
    });
  });

  it("refuses a message past its limit, and says the limit", () => {
    const result = parseApplicationFields({ ...valid, message: "a".repeat(LIMITS.message + 1) });
    expect(result).toMatchObject({ ok: false, errors: { message: expect.stringMatching(/5\s000 caractères/u) } });
  });

  it("keeps the pool consent only when ticked", () => {
    expect(parseApplicationFields({ ...valid, poolConsent: "on" })).toMatchObject({ fields: { poolConsent: true } });
  });

  it("removes control characters, and NUL which PostgreSQL refuses", () => {
    const result = parseApplicationFields({ ...valid, lastName: "Du\u0000pont\u0007", message: "Ligne\u0000 1\n\tLigne 2" });
    expect(result).toMatchObject({ ok: true, fields: { lastName: "Du pont", message: "Ligne 1\n\tLigne 2" } });
  });
});

// Property-based: whatever arrives, the parser answers with a verdict and never throws; what it
// accepts is within the limits and free of characters the databases cannot store.
describe("application fields, whatever is typed", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme-composite", maxLength: 50 }),
    fc.constant(""),
    fc.string({ minLength: LIMITS.message - 5, maxLength: LIMITS.message + 200 }),
    fc.constantFrom(null, undefined, 42, ["a"], {}),
  );
  const anyForm = fc.record({
    firstName: anyText,
    lastName: anyText,
    email: fc.oneof(anyText, fc.emailAddress()),
    phone: anyText,
    message: anyText,
    linkedinUrl: fc.oneof(anyText, fc.webUrl()),
    githubUrl: anyText,
    portfolioUrl: fc.oneof(anyText, fc.webUrl({ withQueryParameters: true, withFragments: true })),
    consent: fc.oneof(fc.constant("on"), anyText),
    poolConsent: fc.oneof(fc.constant("on"), anyText),
  });

  it("never throws, and what it accepts is clean and bounded", () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        const result = parseApplicationFields(form);
        if (!result.ok) {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          for (const message of Object.values(result.errors)) expect(message).toMatch(/^[A-ZÀ-Ý]/);
          return;
        }
        const { fields } = result;
        for (const value of [fields.firstName, fields.lastName, fields.message, fields.email]) {
          expect(value.length).toBeGreaterThan(0);
          expect(value).toBe(value.trim());
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
          expect(value).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
          expect(value.isWellFormed()).toBe(true);
        }
        expect(fields.firstName.length).toBeLessThanOrEqual(LIMITS.name);
        expect(fields.message.length).toBeLessThanOrEqual(LIMITS.message);
        expect(fields.email).toBe(fields.email.toLowerCase());
        expect(fields.consent).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts any well-formed name, however exotic, and keeps it as typed (NFC, trimmed)", () => {
    const name = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the generator leaves control characters out.
      .filter((s) => s.trim() !== "" && !/[\u0000-\u001F\u007F-\u009F]/.test(s));
    fc.assert(
      fc.property(name, (firstName) => {
        const result = parseApplicationFields({ ...valid, firstName });
        expect(result).toMatchObject({ ok: true, fields: { firstName: firstName.normalize("NFC").trim() } });
      }),
    );
  });

  it("refuses every empty required field, whatever blank it is made of", () => {
    const blank = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00A0", "\u0000"), maxLength: 20 });
    fc.assert(
      fc.property(blank, fc.constantFrom("firstName", "lastName", "email", "message"), (value, field) => {
        const result = parseApplicationFields({ ...valid, [field]: value });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors).toHaveProperty(field);
      }),
    );
  });
});
