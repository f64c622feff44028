import { describe, expect, it } from "vitest";
import { domainOfValue } from "@/lib/postings/import/domains";
import { knownFieldOf } from "@/lib/postings/import/keys";
import { parsePostingFile } from "@/lib/postings/import/parse";

function parse(frontMatter: string, name = "2021-06-17-chargee-de-mission.md") {
  const outcome = parsePostingFile(name, Buffer.from(`---\nstartup: Mon Suivi\n${frontMatter}\n---\n\nLe poste.\n`));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

describe("the keys of the real archive", () => {
  it("depublication_date closes the posting at the end of that day in Paris", () => {
    const { posting, extraKeys } = parse("title: Chargée de mission\ndepublication_date: 2021-09-30");
    expect(posting.closesAt?.toISOString()).toBe("2021-09-30T21:59:59.999Z");
    expect(extraKeys).toEqual([]);
  });

  it("poste_pourvu with a date fills the posting on that day; true fills it, false leaves it open", () => {
    const dated = parse("title: X\nposte_pourvu: 2021-08-02").posting;
    expect(dated).toMatchObject({
      status: "CLOSED",
      filledAt: new Date("2021-08-02T00:00:00Z"),
      closedAt: new Date("2021-08-02T00:00:00Z"),
    });
    // Without a date of its own, the closest day the file gives: filled, not merely closed.
    const undated = parse("title: X\nposte_pourvu: true\ndepublication_date: 2021-07-31");
    expect(undated.posting).toMatchObject({ status: "CLOSED", filledAt: new Date("2021-07-31T00:00:00Z") });
    expect(undated.warnings).toContain("poste pourvu sans date : date de clôture retenue (2021-07-31)");
    expect(parse("title: X\nposte_pourvu: oui").posting.filledAt).toEqual(new Date("2021-06-17T00:00:00Z"));
    const nowhere = parsePostingFile("sans-date.md", Buffer.from("---\ntitle: X\nequipe: E\npourvu: true\n---\n\nLe poste.\n"));
    expect(nowhere.ok && [nowhere.posting.status, nowhere.posting.filledAt]).toEqual(["CLOSED", null]);
    expect(parse("title: X\nposte_pourvu: false\nopen: true").posting).toMatchObject({ status: "PUBLISHED", filledAt: null });
  });

  it("contacts become the team members to ask, as a list", () => {
    expect(parse("title: X\ncontacts:\n  - prenom.nom\n  - autre@beta.gouv.fr\n  - prenom.nom").posting.contacts).toEqual([
      "prenom.nom",
      "autre@beta.gouv.fr",
    ]);
    expect(parse("title: X\ncontacts: a.b, c.d").posting.contacts).toEqual(["a.b", "c.d"]);
    // The address to apply to is another key.
    expect(parse("title: X\ncontact: rh@beta.gouv.fr").posting).toMatchObject({ contactEmail: "rh@beta.gouv.fr", contacts: [] });
  });

  it("redirect_from becomes old paths, normalised, and sets aside what cannot be one", () => {
    const { posting } = parse(
      "title: X\nredirect_from:\n  - /recrutement/2021/06/17/x.html\n  - https://beta.gouv.fr/recrutement/y/?utm=1\n  - recrutement/z\n  - /offres/autre",
    );
    expect(posting.redirectFrom).toEqual(["/recrutement/2021/06/17/x.html", "/recrutement/y", "/recrutement/z"]);
    expect(posting.extraFrontMatter).toEqual({ redirect_from: ["/offres/autre"] });
    expect(parse("title: X\nredirect_from: /jobs/x.html").posting.redirectFrom).toEqual(["/jobs/x.html"]);
  });

  it("airtable_formulaire is the way to apply when no other address is given", () => {
    const form = "https://airtable.com/shrAbc123";
    const alone = parse(`title: X\nairtable_formulaire: ${form}`);
    expect(alone.posting.externalUrl).toBe(form);
    expect(alone.warnings).toContain(`candidature par le formulaire externe (« airtable_formulaire ») : ${form}`);
    const both = parse(`title: X\nexternal_url: https://exemple.fr/candidater\nairtable_formulaire: ${form}`);
    expect(both.posting.externalUrl).toBe("https://exemple.fr/candidater");
    expect(both.posting.extraFrontMatter).toEqual({ airtable_formulaire: form });
  });

  it("titles gives the title by its first item and keeps the others aside", () => {
    const { posting, warnings } = parse("titles:\n  - Chargé·e de déploiement\n  - Deployment officer");
    expect(posting.title).toBe("Chargé·e de déploiement");
    expect(posting.extraFrontMatter).toEqual({ titles: ["Deployment officer"] });
    expect(warnings.some((w) => w.startsWith("plusieurs intitulés"))).toBe(true);
    expect(parse("titles: [Seul titre]").posting.title).toBe("Seul titre");
  });

  it("domaines as the archive writes them, accents, capitals and plurals", () => {
    const { posting, warnings } = parse("title: X\ndomaines: [Développement, Design, Produit, Data, Déploiement, Coaching]");
    expect(posting.domains).toEqual(["DEVELOPMENT", "DESIGN", "PRODUCT", "COACHING", "DEPLOYMENT", "DATA"].sort(byModel));
    expect(warnings.filter((w) => w.startsWith("domaine inconnu"))).toEqual([]);
    expect(["Développements", "Déploiements", "Produits", "Designers", "Coachs", "Données"].map(domainOfValue)).toEqual([
      "DEVELOPMENT",
      "DEPLOYMENT",
      "PRODUCT",
      "DESIGN",
      "COACHING",
      "DATA",
    ]);
  });
});

const MODEL_ORDER = ["DEVELOPMENT", "DESIGN", "PRODUCT", "COACHING", "DEPLOYMENT", "DATA", "COMMUNITY", "INTRAPRENEURSHIP", "OTHER"];
const byModel = (a: string, b: string) => MODEL_ORDER.indexOf(a) - MODEL_ORDER.indexOf(b);

describe("variants of the known keys", () => {
  it("read plural and singular, with or without accents, as the same key", () => {
    const { posting } = parse(
      "Titres: Chargée de mission\ncontrats: CDD\nlieux: Lyon\nDurées: 6 mois\nsalaires: selon grille\ntechnologie: Python\ndébuts: 2021-09-01",
    );
    expect(posting).toMatchObject({
      title: "Chargée de mission",
      contractType: "FIXED_TERM",
      location: "Lyon",
      duration: "6 mois",
      pay: "selon grille",
    });
    expect(posting.technologies).toEqual(["Python"]);
    expect(posting.startDate).toEqual(new Date("2021-09-01T00:00:00Z"));
    expect(posting.extraFrontMatter).toEqual({});
  });

  it("does not make unrelated keys collide", () => {
    expect(knownFieldOf("pays")).toBeUndefined();
    expect(knownFieldOf("tags")).toBeUndefined();
    expect(knownFieldOf("layouts")).toBeUndefined();
    expect(parse("title: X\npays: France\nlangues: [fr]").posting.extraFrontMatter).toEqual({ pays: "France", langues: ["fr"] });
  });
});
