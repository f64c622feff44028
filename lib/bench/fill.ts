import type { Db } from "@/lib/db/client";
import { saveImportedPosting } from "@/lib/postings/import/save";
import type { BenchData } from "./data";

/** Writes the benchmark's postings through the importer's save path (search columns included). */
export async function fillPostings(db: Db, data: BenchData, onProgress?: (done: number) => void): Promise<void> {
  for (const [i, posting] of data.postings.entries()) {
    await saveImportedPosting(db, posting, `bench/${posting.slug}.md`);
    if ((i + 1) % 500 === 0) onProgress?.(i + 1);
  }
}

export type ApplicationFill = { created: number; skipped?: string };

/**
 * The seam for the benchmark's applications (200,000 with small CV files, made by
 * `cvPdf`). This branch has no Application model yet (issue 3 adds it): until it is wired
 * to that model's write path, the benchmark runs without applications and says so.
 */
export async function fillApplications(db: Db, count: number): Promise<ApplicationFill> {
  const hasModel = "application" in (db as unknown as Record<string, unknown>);
  if (!hasModel) return { created: 0, skipped: `le modèle Application n'existe pas encore : ${count} candidatures non créées` };
  return { created: 0, skipped: "le remplissage des candidatures reste à brancher sur le modèle Application" };
}
