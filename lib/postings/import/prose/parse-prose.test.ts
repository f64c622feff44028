// The prose readers inside the parser: what wins, what the remarks say, where each field came from.
import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ParseOutcome } from "@/lib/postings/import/types";

function parse(frontMatter: string, body: string): Extract<ParseOutcome, { ok: true }> {
  const outcome = parsePostingFile(
    "offre.md",
    Buffer.from(`---\ntitle: Développeur·se\nstartup: Exemple\n${frontMatter}---\n\n${body}`, "utf8"),
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const BODY = [
  "Poste ouvert pour un·e indépendant·e, pour une mission de 3 mois renouvelable.",
  "Démarrage dès que possible, dans nos locaux de Rennes.",
  "Télétravail partiel. TJM entre 450 et 600 €. Débutant·e·s bienvenu·e·s.",
].join("\n");

describe("facts from prose in the parser", () => {
  it("fills every field the front matter leaves empty, each remark quoting the words", () => {
    const { posting, warnings, sources } = parse("", BODY);
    expect(posting).toMatchObject({
      contractType: "FREELANCE",
      contractDetail: null,
      duration: "3 mois renouvelable",
      startDateText: "dès que possible",
      startDate: null,
      location: "Rennes",
      remotePolicy: "PARTIAL",
      remoteDetail: null,
      pay: "TJM entre 450 et 600 €",
      juniorsWelcome: true,
    });
    expect(warnings).toContain(
      "contrat lu dans le texte (« Poste ouvert pour un·e indépendant·e, pour une mission de 3 mois renouvelable. ») : freelance",
    );
    expect(warnings).toContain("lieu lu dans le texte (« Démarrage dès que possible, dans nos locaux de Rennes. ») : Rennes");
    expect(warnings).toContain("télétravail lu dans le texte (« Télétravail partiel. ») : télétravail partiel");
    expect(warnings).toContain("ouverture aux débutants lue dans le texte (« Débutant·e·s bienvenu·e·s. ») : oui");
    expect(sources).toMatchObject({
      contract: "prose",
      duration: "prose",
      start: "prose",
      place: "prose",
      remote: "prose",
      pay: "prose",
      juniors: "prose",
      title: "front-matter",
    });
  });

  it("lets the front matter win, without a remark", () => {
    const { posting, warnings, sources } = parse(
      "contrat: CDI\nduree: sans limite\ndate_debut: 2025-01-06\nlieu: Lyon\nteletravail: non\nsalaire: 50 k€\njuniors: non\n",
      BODY,
    );
    expect(posting).toMatchObject({
      contractType: "PERMANENT",
      duration: "sans limite",
      location: "Lyon",
      remotePolicy: "NONE",
      pay: "50 k€",
      juniorsWelcome: false,
    });
    expect(posting.startDate?.toISOString().slice(0, 10)).toBe("2025-01-06");
    expect(warnings.filter((w) => w.includes("dans le texte"))).toEqual([]);
    expect(Object.values(sources).every((source) => source === "front-matter" || source === "deduced")).toBe(true);
  });

  it("lets a labelled line win over a sentence", () => {
    const { posting, warnings, sources } = parse("", `- Contrat : CDD\n- Lieu : Nantes\n\n${BODY}`);
    expect(posting.contractType).toBe("FIXED_TERM");
    expect(posting.location).toBe("Nantes");
    expect(warnings).toContain("contrat lu dans le texte : CDD");
    expect(warnings).toContain("lieu lu dans le texte : Nantes");
    expect(warnings.some((w) => w.startsWith("contrat lu dans le texte («"))).toBe(false);
    expect(sources.contract).toBe("prose");
  });

  it("prefers a contract stated in a sentence to one deduced from the role", () => {
    const { posting, sources } = parse("roles: stagiaire\n", "Poste en CDI.");
    expect(posting.contractType).toBe("PERMANENT");
    expect(sources.contract).toBe("prose");
    expect(parse("roles: stagiaire\n", "Rien à dire.").sources.contract).toBe("deduced");
  });

  it("reads nothing from a body that states nothing", () => {
    const { posting, sources } = parse("", "La mission de l'équipe est d'aider. Quelques déplacements ponctuels à Lyon.");
    expect(posting).toMatchObject({
      contractType: null,
      duration: null,
      location: null,
      remotePolicy: null,
      pay: null,
      juniorsWelcome: null,
    });
    expect(sources).toEqual({ title: "front-matter" });
  });
});
