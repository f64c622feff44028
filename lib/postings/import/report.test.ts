import { describe, expect, it } from "vitest";
import { countFieldSources } from "@/lib/postings/import/field-counts";
import { formatReport } from "@/lib/postings/import/report";
import type { FileReport } from "@/lib/postings/import/run";

const REPORTS: FileReport[] = [
  {
    file: "a.md",
    outcome: "created",
    slug: "a",
    warnings: ["contrat lu dans le texte (« Poste en CDI. ») : CDI"],
    extraKeys: [],
    sources: { title: "front-matter", contract: "prose", place: "front-matter", domains: "deduced" },
  },
  {
    file: "b.md",
    outcome: "updated",
    slug: "b",
    warnings: [],
    extraKeys: ["couleur"],
    sources: { title: "front-matter", contract: "front-matter", place: "prose", remote: "prose" },
  },
  // A rejected file filled nothing, whatever it says.
  { file: "c.md", outcome: "rejected", reason: "pas de titre", warnings: [], extraKeys: [], sources: { title: "prose" } },
];

describe("countFieldSources", () => {
  it("counts, per field, the imported postings that got it from each source, and those without it", () => {
    const { postings, fields } = countFieldSources(REPORTS);
    expect(postings).toBe(2);
    const of = (field: string) => fields.find((f) => f.field === field);
    expect(of("title")).toEqual({ field: "title", bySource: { "front-matter": 2, prose: 0, deduced: 0 }, missing: 0 });
    expect(of("contract")).toEqual({ field: "contract", bySource: { "front-matter": 1, prose: 1, deduced: 0 }, missing: 0 });
    expect(of("remote")).toEqual({ field: "remote", bySource: { "front-matter": 0, prose: 1, deduced: 0 }, missing: 1 });
    expect(of("domains")?.bySource.deduced).toBe(1);
    expect(of("pay")).toEqual({ field: "pay", bySource: { "front-matter": 0, prose: 0, deduced: 0 }, missing: 2 });
    expect(fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(["duration", "start", "juniors", "contact", "technologies", "closesAt"]),
    );
  });

  it("counts nothing when every file was rejected", () => {
    expect(countFieldSources([REPORTS[2] as FileReport]).postings).toBe(0);
  });
});

describe("formatReport", () => {
  it("gives each file's outcome, then the origin of each field in aligned columns", () => {
    const text = formatReport(REPORTS);
    expect(text).toContain("importée : a.md → /offres/a");
    expect(text).toContain("    remarque : contrat lu dans le texte (« Poste en CDI. ») : CDI");
    expect(text).toContain("REJETÉE : c.md");
    expect(text).toContain("3 fichier(s) : 1 importé(s), 1 mis à jour, 1 rejeté(s).");
    const lines = text.split("\n");
    const header = lines.findIndex((line) => line.startsWith("Origine des champs, sur 2 offre(s)"));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/^ {2}Champ\s+En-tête\s+Texte\s+Déduit\s+Absent$/);
    const row = (label: string) =>
      lines
        .find((line) => line.startsWith(`  ${label} `))
        ?.trim()
        .split(/\s{2,}/);
    expect(row("Contrat")).toEqual(["Contrat", "1", "1", "0", "0"]);
    expect(row("Télétravail")).toEqual(["Télétravail", "0", "1", "0", "1"]);
    expect(row("Ouverture aux débutants")).toEqual(["Ouverture aux débutants", "0", "0", "0", "2"]);
    const widths = new Set(lines.slice(header + 1).map((line) => line.length));
    expect(widths.size).toBe(1);
  });

  it("leaves the counts out when nothing was imported", () => {
    expect(formatReport([REPORTS[2] as FileReport])).not.toContain("Origine des champs");
  });
});
