// A full disk while a candidate applies (issue 6, durability): SQLite's max_page_count caps the
// file just above what it holds, which fails writes exactly as a full disk does (SQLITE_FULL).
import { describe, expect, it } from "vitest";
import { useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { receiveApplication } from "./receive";
import { pdfBytes } from "./test-files";
import { applicationRequest, seedPosting, solvedChallengePayload, validFields } from "./test-support";

const SLUG = "developpeuse";

describe("a full disk on sqlite", () => {
  const t = useMigratedTestDatabase("sqlite");
  withEnv({ CV_MAX_BYTES: String(2_000_000), APPLICATION_RATE_LIMIT: "1000" });

  const stored = async () => ({
    applications: await t.db.application.count(),
    files: await t.db.applicationFile.count(),
    mails: await t.db.outboxMail.count(),
    retries: await t.db.applicationRetry.count(),
    spentChallenges: await t.db.usedChallenge.count(),
  });

  /** Lets the file grow by `pages` more pages (4 KiB each) on the test's connection. */
  async function capFile(pages: number) {
    const [row] = await t.db.$queryRawUnsafe<{ page_count: number | bigint }[]>("PRAGMA page_count");
    await t.db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(row!.page_count) + pages}`);
  }

  it("tells the candidate plainly that nothing was recorded, leaves nothing half-written, and takes the next application once there is room", async () => {
    await seedPosting(t.db);
    await capFile(8);
    // With a solved proof of work, the write spends the challenge in the same transaction.
    const big = validFields({ altcha: await solvedChallengePayload() });
    const response = await receiveApplication(
      applicationRequest(SLUG, { fields: big, cv: { bytes: pdfBytes(600_000), name: "cv.pdf" } }),
      SLUG,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("3600");
    const page = await response.text();
    expect(page).toContain("Votre candidature n'a pas été envoyée");
    expect(page).toContain("manque momentanément de place");
    expect(page).toContain("Rien n'a été enregistré.");
    expect(page).not.toMatch(/SQLITE|disk is full|prisma/i);
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0, retries: 0, spentChallenges: 0 });

    // Room again: the same submission goes through, whole.
    await capFile(10_000);
    const again = await receiveApplication(
      applicationRequest(SLUG, { fields: big, cv: { bytes: pdfBytes(600_000), name: "cv.pdf" } }),
      SLUG,
    );
    expect(again.status).toBe(303);
    expect(await stored()).toEqual({ applications: 1, files: 1, mails: 2, retries: 0, spentChallenges: 1 });
    expect(await t.db.application.findFirstOrThrow()).toMatchObject({ email: big.email, needsReview: false });
  });
});
