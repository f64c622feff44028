import path from "node:path";
import type { Db } from "@/lib/db/client";
import { ROOT } from "@/lib/db/schema-files";
import { importPostings, type FileReport } from "./import/run";

export const DEMO_POSTINGS_DIR = path.join(ROOT, "prisma/demo-postings");

/**
 * Loads the demo postings into an empty database, so that a newcomer sees a working portal.
 * A database holding any posting is left alone. Returns the import reports (empty when skipped).
 */
export async function loadDemoPostingsIfEmpty(db: Db): Promise<FileReport[]> {
  if ((await db.posting.count()) > 0) return [];
  return importPostings(db, [DEMO_POSTINGS_DIR]);
}
