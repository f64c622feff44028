import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ImportedPosting } from "@/lib/postings/import/types";

const directory = path.resolve(import.meta.dirname, "../../../prisma/demo-postings");
const files = readdirSync(directory)
  .filter((name) => name.endsWith(".md"))
  .sort();

const parsed: { file: string; posting: ImportedPosting }[] = files.map((file) => {
  const outcome = parsePostingFile(file, readFileSync(path.join(directory, file)));
  if (!outcome.ok) throw new Error(`${file} rejected: ${outcome.reason}`);
  return { file, posting: outcome.posting };
});

describe("demo postings", () => {
  it("there are 10 to 12 of them", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.length).toBeLessThanOrEqual(12);
  });

  it.each(files)("%s parses and names its organisation", (file) => {
    const entry = parsed.find((item) => item.file === file);
    expect(entry?.posting.organisation).not.toBeNull();
    expect(entry?.posting.publishedAt).not.toBeNull();
  });

  it("have unique slugs", () => {
    const slugs = parsed.map((item) => item.posting.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("cover the cases the demo needs", () => {
    const postings = parsed.map((item) => item.posting);
    const open = postings.filter((p) => p.status === "PUBLISHED");
    expect(open.length).toBeGreaterThanOrEqual(8);
    const rootOf = (p: ImportedPosting) => p.organisation?.parent?.name ?? p.organisation?.name;
    expect(new Set(open.map((p) => p.organisation?.name)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(open.map(rootOf)).size).toBeGreaterThanOrEqual(3);
    expect(open.some((p) => p.organisation?.kind === "STARTUP" && p.organisation.parent?.kind === "INCUBATOR")).toBe(true);
    expect(open.some((p) => p.externalUrl !== null)).toBe(true);
    expect(open.some((p) => p.juniorsWelcome === true)).toBe(true);
    expect(postings.some((p) => p.status === "CLOSED" && p.filledAt === null)).toBe(true);
    expect(postings.some((p) => p.status === "CLOSED" && p.filledAt !== null)).toBe(true);
    expect(new Set(postings.map((p) => p.contractType))).toEqual(
      new Set(["PERMANENT", "FIXED_TERM", "INTERNSHIP", "APPRENTICESHIP", "FREELANCE", "PUBLIC_SERVANT"]),
    );
    expect(new Set(postings.map((p) => p.remotePolicy).filter((policy) => policy !== null))).toEqual(new Set(["NONE", "PARTIAL", "FULL"]));
  });

  it("open ones were published in September–November 2026 and do not close before late 2027", () => {
    for (const p of parsed.map((item) => item.posting).filter((q) => q.status === "PUBLISHED")) {
      expect(p.publishedAt?.toISOString().slice(0, 7), p.slug).toMatch(/^2026-(09|10|11)$/);
      if (p.closesAt) expect(p.closesAt.getTime(), p.slug).toBeGreaterThanOrEqual(Date.UTC(2027, 8, 1));
    }
  });
});
