// Erased means gone from the disk, not only from the tables: after an erasure, a withdrawal
// or the retention purge, the candidate's address and CV bytes are nowhere in the SQLite file
// or its write-ahead log (a copy of the file is all a thief needs to read free pages).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { sqlitePragmaProblems } from "@/lib/db/pragmas";
import { sqliteFilePath } from "@/lib/db/url";
import { useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { applicationTo, postingOf } from "../admin/testing";
import { pdfBytes } from "../test-files";
import { eraseCandidate } from "./erasure";
import { purgeExpiredApplications } from "./retention";
import { withdrawApplication } from "./withdrawal";
import { newWithdrawalToken } from "./withdrawal-token";
import { acting } from "@/lib/test/acting";

const CLOSED = new Date("2026-01-15T10:00:00Z");

/** A candidate whose address and CV are unique strings, easy to look for in raw bytes. */
async function candidate(db: Db, postingId: string, over: Record<string, unknown> = {}) {
  const tag = randomBytes(6).toString("hex");
  const email = `trace.${tag}@exemple.fr`;
  const marker = `CONTENU-DU-CV-${tag}`;
  const cv = Buffer.concat([pdfBytes(), Buffer.from(`%${marker}`.repeat(400))]);
  const application = await applicationTo(
    db,
    postingId,
    { email, lastName: `Trace${tag}` },
    {
      cv: {
        create: {
          fileName: "cv.pdf",
          mediaType: "application/pdf",
          size: cv.byteLength,
          sha256: "0".repeat(64),
          content: new Uint8Array(cv),
        },
      },
      ...over,
    },
  );
  await db.outboxMail.create({
    data: {
      applicationId: application.id,
      dedupeKey: `ack:${application.id}`,
      to: email,
      subject: "Candidature reçue",
      text: `Bonjour, ${email}`,
    },
  });
  return { id: application.id, needles: [email, marker] };
}

describe("erased candidates on disk (SQLite)", () => {
  const t = useMigratedTestDatabase("sqlite");

  /** Every occurrence of each needle in the database file and its WAL, as bytes. */
  function onDisk(needles: string[]): Record<string, number> {
    const file = sqliteFilePath(t.url);
    const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f));
    return Object.fromEntries(needles.map((n) => [n, bytes.reduce((count, b) => count + b.toString("latin1").split(n).length - 1, 0)]));
  }
  const nowhere = (needles: string[]) => Object.fromEntries(needles.map((n) => [n, 0]));

  it("runs every connection with secure_delete", async () => {
    expect(await sqlitePragmaProblems(t.db)).toEqual([]);
    const [row] = await t.db.$queryRawUnsafe<{ secure_delete: bigint | number }[]>("PRAGMA secure_delete");
    expect(Number(row!.secure_delete)).toBe(1);
  });

  it("leaves nothing of the person after an erasure, a withdrawal or the purge, once checkpointed", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const erased = await candidate(t.db, posting.id);
    const { token, hash } = newWithdrawalToken();
    const withdrawn = await candidate(t.db, posting.id, { withdrawalTokenHash: hash });
    const closed = await postingOf(t.db, cast.orgA);
    await t.db.posting.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: CLOSED } });
    const purged = await candidate(t.db, closed.id, { createdAt: CLOSED, statusChangedAt: CLOSED, lastContactAt: CLOSED });
    const kept = await candidate(t.db, posting.id);
    await t.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const all = [...erased.needles, ...withdrawn.needles, ...purged.needles];
    // Written: each address at least in its application and its mail, each CV in its file row.
    expect(Object.values(onDisk(all)).every((count) => count > 0)).toBe(true);

    expect(await eraseCandidate(acting(cast.actors.admin), erased.id)).toEqual({ ok: true, erased: 1 });
    expect(await withdrawApplication(t.db, token)).toBe(true);
    expect(await purgeExpiredApplications(t.db, new Date("2026-06-01T00:00:00Z"), { retentionMonths: 3, poolMonths: 24 })).toMatchObject({
      afterRecruitment: 1,
    });

    expect(onDisk(all)).toEqual(nowhere(all));
    // The others' data is untouched.
    expect(Object.values(onDisk(kept.needles)).every((count) => count > 0)).toBe(true);
  });
});
