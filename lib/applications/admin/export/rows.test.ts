// The export's keyset pagination on both backends: every row the inbox lists, once, in the
// inbox's order, whatever the batch size and however many rows share an instant.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { INBOX_ORDER, inboxWhere, type InboxFilters } from "../filters";
import { applicationTo, postingOf } from "../testing";
import { countExport, exportBatches } from "./rows";

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));

async function fixture(db: Db) {
  const cast = await castOf(db);
  const postingA = await postingOf(db, cast.orgA);
  const postingB = await postingOf(db, cast.orgB);
  // Seven applications of A at one instant, so that ties straddle every batch of 3, and
  // B's applications at that very instant and around it, interleaved with A's.
  for (let i = 0; i < 7; i++) await applicationTo(db, postingA.id, { lastName: `Égal ${i}` }, { createdAt: at(5) });
  for (let i = 0; i < 3; i++) await applicationTo(db, postingB.id, { lastName: `Ailleurs ${i}` }, { createdAt: at(5) });
  for (const [day, hour] of [
    [6, 9],
    [4, 8],
    [5, 13],
    [3, 7],
  ] as const) {
    await applicationTo(db, postingA.id, { lastName: `A ${day}` }, { createdAt: at(day, hour), status: "INTERVIEW" });
    await applicationTo(db, postingB.id, { lastName: `B ${day}` }, { createdAt: at(day, hour) });
  }
  return cast;
}

async function exportedIds(actor: Actor, filters: InboxFilters, batchSize: number) {
  const batches: string[][] = [];
  for await (const batch of exportBatches(actor, filters, { id: true, createdAt: true }, { batchSize }))
    batches.push(batch.map((a) => a.id));
  return batches;
}

async function inboxIds(db: Db, actor: Actor, filters: InboxFilters) {
  const rows = await db.application.findMany({ where: inboxWhere(actor, filters), orderBy: INBOX_ORDER, select: { id: true } });
  return rows.map((r) => r.id);
}

describe.each(BACKENDS)("export batches on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("hold the inbox's rows once each, in its order, ties in createdAt across batch boundaries", async () => {
    const cast = await fixture(t.db);
    for (const person of ["reader", "admin"] as const) {
      const actor = cast.actors[person]!;
      const expected = await inboxIds(t.db, actor, {});
      for (const batchSize of [1, 3, 4, 500]) {
        const batches = await exportedIds(actor, {}, batchSize);
        expect(batches.flat()).toEqual(expected);
        expect(batches.every((b) => b.length <= batchSize)).toBe(true);
      }
    }
    // The admin reads both organisations' 18 applications, the reader only A's 11.
    expect((await exportedIds(cast.actors.admin!, {}, 3)).flat()).toHaveLength(18);
    expect((await exportedIds(cast.actors.reader!, {}, 3)).flat()).toHaveLength(11);
  });

  it("keep the actor's scope and the filters: nothing of another organisation, nothing filtered out", async () => {
    const cast = await fixture(t.db);
    const reader = cast.actors.reader!;
    const names = async (actor: Actor, filters: InboxFilters) => {
      const ids = (await exportedIds(actor, filters, 2)).flat();
      const rows = await t.db.application.findMany({ where: { id: { in: ids } }, select: { lastName: true } });
      return rows.map((r) => r.lastName).sort();
    };
    expect((await names(reader, {})).filter((n) => n.startsWith("Ailleurs") || n.startsWith("B "))).toEqual([]);
    expect(await names(cast.actors.otherRecruiter!, {})).toEqual(["Ailleurs 0", "Ailleurs 1", "Ailleurs 2", "B 3", "B 4", "B 5", "B 6"]);
    expect(await names(reader, { status: "INTERVIEW", from: "2026-03-04" })).toEqual(["A 4", "A 5", "A 6"]);
    expect(await countExport(reader, { status: "INTERVIEW", from: "2026-03-04" })).toBe(3);
    expect((await exportedIds(reader, { q: "personne" }, 2)).flat()).toEqual([]);
  });
});
