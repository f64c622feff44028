import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import type { ApplicationStatus } from "@/lib/db/models";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { applicationCounts, INBOX_PAGE_SIZE, inboxNeighbours, listInbox } from "./queries";
import { INBOX_SORT, type InboxSort } from "./order";
import { applicationTo, postingOf } from "./testing";

const SORTS: InboxSort[] = (["candidat", "offre", "recue", "etape"] as const).flatMap((key) => [
  { key, direction: "asc" as const },
  { key, direction: "desc" as const },
]);

describe.each(BACKENDS)("the inbox's orders and previous/next on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("pages and previous/next follow the same order, for every column both ways, with the filters", async () => {
    const cast = await castOf(t.db);
    const postings = [await postingOf(t.db, cast.orgA, "Designer"), await postingOf(t.db, cast.orgA, "Architecte")];
    const names = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"];
    // More than a page, so that a page spans two steps of the step order.
    const count = INBOX_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) {
      await applicationTo(
        t.db,
        postings[i % 2]!.id,
        { lastName: names[i % names.length]!, firstName: `P${i % 3}` },
        {
          status: APPLICATION_STATUSES[i % APPLICATION_STATUSES.length] as ApplicationStatus,
          createdAt: new Date(Date.UTC(2026, 0, 1 + (i % 7), i)),
        },
      );
    }
    await applicationTo(t.db, (await postingOf(t.db, cast.orgB)).id);
    const actor = cast.actors.recruiter;
    for (const sort of SORTS) {
      const pages = [...(await listInbox(actor, {}, 1, sort)).items, ...(await listInbox(actor, {}, 2, sort)).items];
      const listed = pages.map((a) => a.id);
      expect(new Set(listed).size, `${sort.key} ${sort.direction}`).toBe(count);
      if (sort.key === "etape") {
        const ranks = pages.map((a) => APPLICATION_STATUSES.indexOf(a.status));
        expect(ranks).toEqual([...ranks].sort((x, y) => (sort.direction === "asc" ? x - y : y - x)));
      }
      if (sort.key === "candidat") {
        const last = pages.map((a) => a.lastName);
        expect(last[0], sort.direction).toBe(sort.direction === "asc" ? "Bernard" : "Thomas");
      }
      // Walking "next" from the first row gives the list's order, each at its position.
      const walked: string[] = [];
      let id: string | null = listed[0]!;
      while (id) {
        const here = await inboxNeighbours(actor, {}, sort, id);
        expect(here?.position).toBe(walked.length + 1);
        expect(here?.previous ?? null).toBe(walked.at(-1) ?? null);
        walked.push(id);
        id = here!.next;
      }
      expect(walked, `${sort.key} ${sort.direction}`).toEqual(listed);
    }
  }, 120_000);

  it("keeps the filters: neighbours match them, and a row moved out of them has no position but still its neighbours", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const a = await applicationTo(t.db, posting.id, {}, { createdAt: at(1) });
    const out = await applicationTo(t.db, posting.id, {}, { createdAt: at(2), status: "INTERVIEW" });
    const c = await applicationTo(t.db, posting.id, {}, { createdAt: at(3) });
    const received = { status: "RECEIVED" as const };
    expect(await inboxNeighbours(cast.actors.reader, received, INBOX_SORT.fallback, c.id)).toEqual({
      previous: null,
      next: a.id,
      position: 1,
      total: 2,
    });
    expect(await inboxNeighbours(cast.actors.reader, received, INBOX_SORT.fallback, out.id)).toEqual({
      previous: c.id,
      next: a.id,
      position: null,
      total: 2,
    });
    // Another organisation's reader learns nothing.
    expect(await inboxNeighbours(cast.actors.otherRecruiter, {}, INBOX_SORT.fallback, a.id)).toBeNull();
  });
});

describe.each(BACKENDS)("the offers list's application counts on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("counts new (first step) and total applications per offer, within the actor's organisations only", async () => {
    const cast = await castOf(t.db);
    const mine = await postingOf(t.db, cast.orgA);
    const quiet = await postingOf(t.db, cast.orgA);
    const theirs = await postingOf(t.db, cast.orgB);
    await applicationTo(t.db, mine.id);
    await applicationTo(t.db, mine.id);
    await applicationTo(t.db, mine.id, {}, { status: "INTERVIEW" });
    await applicationTo(t.db, theirs.id);
    const ids = [mine.id, quiet.id, theirs.id];
    expect(Object.fromEntries(await applicationCounts(cast.actors.reader, ids))).toEqual({ [mine.id]: { fresh: 2, total: 3 } });
    expect(Object.fromEntries(await applicationCounts(cast.actors.admin, ids))).toEqual({
      [mine.id]: { fresh: 2, total: 3 },
      [theirs.id]: { fresh: 1, total: 1 },
    });
    expect((await applicationCounts(null, ids)).size).toBe(0);
  });
});
