// Precision and recall of the prose readers on fixtures written for them
// (lib/postings/import/fixtures/prose: each a posting whose front matter states none of these
// facts, and its expected facts in expected.json; a field absent there means "the text does
// not state it", so reading anything is a false positive).
//
// Comparison: contract, remote and juniors exactly; place by the commune the extracted text
// resolves to (INSEE code through resolvePlace), so "Paris 7e" and "20 avenue de Ségur, 75007
// Paris" are both Paris; duration, start and pay by the expected key figure or word ("6 mois",
// "septembre", "450", "grille") being contained in the value, both folded (no case, accents or
// odd spaces). A wrong value counts as a false positive (and, when a value was expected, as a
// miss too).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { communeByCode, resolvePlace } from "@/lib/places/communes";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ImportedPosting } from "@/lib/postings/import/types";
import { fold } from "@/lib/text/normalise";

const folder = path.join(import.meta.dirname, "..", "fixtures", "prose");
const FIELDS = ["contract", "duration", "start", "place", "remote", "pay", "juniors"] as const;
type Field = (typeof FIELDS)[number];
type Expected = Partial<Record<Field, string | boolean>>;

const expectedTable = JSON.parse(readFileSync(path.join(folder, "expected.json"), "utf8")) as Record<string, Expected>;
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".md"))
  .sort();

function read(posting: ImportedPosting, field: Field): string | boolean | null {
  switch (field) {
    case "contract":
      return posting.contractType;
    case "duration":
      return posting.duration;
    case "start":
      return posting.startDateText ?? posting.startDate?.toISOString().slice(0, 10) ?? null;
    case "place":
      return posting.location === null ? null : (resolvePlace(posting.location).commune?.inseeCode ?? `unresolved: ${posting.location}`);
    case "remote":
      return posting.remotePolicy;
    case "pay":
      return posting.pay;
    case "juniors":
      return posting.juniorsWelcome;
  }
}

const normalised = (text: string) => fold(text).replace(/\s+/g, " ");

function matches(field: Field, found: string | boolean, expected: string | boolean): boolean {
  if (field === "duration" || field === "start" || field === "pay") {
    return typeof found === "string" && normalised(found).includes(normalised(String(expected)));
  }
  return found === expected;
}

type Score = { truePositives: number; falsePositives: number; misses: number; errors: string[] };

function score(): Record<Field, Score> {
  const scores = Object.fromEntries(
    FIELDS.map((field): [Field, Score] => [field, { truePositives: 0, falsePositives: 0, misses: 0, errors: [] }]),
  ) as Record<Field, Score>;
  for (const file of files) {
    const outcome = parsePostingFile(file, readFileSync(path.join(folder, file)));
    if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
    const expected = expectedTable[file] ?? {};
    for (const field of FIELDS) {
      const found = read(outcome.posting, field);
      const wanted = expected[field];
      const s = scores[field];
      if (found !== null && wanted !== undefined && matches(field, found, wanted)) s.truePositives += 1;
      else {
        if (found !== null) s.falsePositives += 1;
        if (wanted !== undefined) s.misses += 1;
        if (found !== null || wanted !== undefined) s.errors.push(`${file}: expected ${wanted ?? "nothing"}, read ${found ?? "nothing"}`);
      }
    }
  }
  return scores;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const precision = (s: Score) => ratio(s.truePositives, s.truePositives + s.falsePositives);
const recall = (s: Score) => ratio(s.truePositives, s.truePositives + s.misses);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);

describe("prose fixtures", () => {
  it("are at least 40, each with its expected facts, each place a real commune", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expectedTable).sort()).toEqual(files);
    for (const expected of Object.values(expectedTable)) {
      if (typeof expected.place === "string") expect(communeByCode(expected.place)?.inseeCode).toBe(expected.place);
    }
  });

  it("are read with precision ≥ 95 % on every field and recall ≥ 90 % on contract, place and remote", () => {
    const scores = score();
    const table = [
      "field      precision   recall   read/expected",
      ...FIELDS.map((field) => {
        const s = scores[field];
        const expected = s.truePositives + s.misses;
        return `${field.padEnd(9)} ${percent(precision(s))} ${percent(recall(s))}   ${s.truePositives}/${expected} (${s.falsePositives} wrong)`;
      }),
    ].join("\n");
    console.log(`Prose facts on ${files.length} fixtures\n${table}\n${FIELDS.flatMap((f) => scores[f].errors).join("\n")}`);
    for (const field of FIELDS) expect(precision(scores[field]), `${field} precision`).toBeGreaterThanOrEqual(0.95);
    for (const field of ["contract", "place", "remote"] as const) {
      expect(recall(scores[field]), `${field} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
