import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { cvPdf } from "./cv";
import type { BenchData } from "./data";
import { seededRandom } from "./data";

/** Writes the benchmark's postings through the importer's save path (search columns included). */
export async function fillPostings(db: Db, data: BenchData, onProgress?: (done: number) => void): Promise<void> {
  for (const [i, posting] of data.postings.entries()) {
    await saveImportedPosting(db, posting, `bench/${posting.slug}.md`);
    if ((i + 1) % 500 === 0) onProgress?.(i + 1);
  }
}

const FIRST_NAMES = ["Camille", "Dominique", "Léa", "Hugo", "Inès", "Karim", "Manon", "Noé", "Sacha", "Yasmine"];
const LAST_NAMES = ["Martin", "Bernard", "Nguyen", "Diallo", "Lefèvre", "Moreau", "Garcia", "Rousseau", "Benali", "Petit"];

/** Rows written per transaction: an application and its CV always land together. */
export const APPLICATION_BATCH = 2_000;

/**
 * `count` applications spread at random over the public postings, each with a small PDF CV
 * stored as the form stores it (an ApplicationFile row with its name, type, size and
 * SHA-256). Rows go in batches, each batch one transaction of two multi-row inserts: the
 * form's one-by-one write path would take most of an hour for 200,000.
 */
export async function fillApplications(
  db: Db,
  count: number,
  {
    batchSize = APPLICATION_BATCH,
    seed = 2026,
    onProgress,
  }: { batchSize?: number; seed?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const postings = await db.posting.findMany({ where: { status: { not: "DRAFT" } }, select: { id: true }, orderBy: { slug: "asc" } });
  if (postings.length === 0) throw new Error("aucune offre publique : les candidatures n'ont nulle part où aller");
  const random = seededRandom(seed);
  const createdAt = Date.UTC(2026, 0, 1);
  for (let start = 0; start < count; start += batchSize) {
    const applications: Prisma.ApplicationCreateManyInput[] = [];
    const files: Prisma.ApplicationFileCreateManyInput[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i++) {
      const firstName = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
      const lastName = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
      const at = new Date(createdAt + Math.floor(random() * 320 * 86_400_000));
      const id = `bench-application-${i + 1}`;
      const content = cvPdf(`${firstName} ${lastName}`);
      applications.push({
        id,
        postingId: postings[Math.floor(random() * postings.length)]!.id,
        idempotencyKey: id,
        firstName,
        lastName,
        email: `candidature-${i + 1}@example.org`,
        message: `Bonjour, je souhaite rejoindre votre équipe. ${firstName} ${lastName}`,
        consentedAt: at,
        createdAt: at,
        updatedAt: at,
      });
      files.push({
        id: `bench-cv-${i + 1}`,
        applicationId: id,
        fileName: `CV ${firstName} ${lastName}.pdf`,
        mediaType: "application/pdf",
        size: content.byteLength,
        sha256: createHash("sha256").update(content).digest("hex"),
        content: new Uint8Array(content),
        createdAt: at,
      });
    }
    // A batch takes seconds on a busy machine, past Prisma's default transaction timeout of 5 s.
    await db.$transaction(
      async (tx) => {
        await tx.application.createMany({ data: applications });
        await tx.applicationFile.createMany({ data: files });
      },
      { timeout: 120_000 },
    );
    onProgress?.(start + applications.length);
  }
  return count;
}
