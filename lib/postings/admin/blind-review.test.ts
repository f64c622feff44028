import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/audit/describe";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { acting } from "@/lib/test/acting";
import { setBlindReview } from "./blind-review";
import { duplicatePosting } from "./commands";

describe.each(BACKENDS)("an offer's blind review on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("turns on and off at the version seen, each change in the journal; a stale or repeated one changes nothing", async () => {
    const cast = await castOf(t.db);
    const { id } = await t.db.posting.create({ data: { slug: "aveugle", title: "Designer", body: "Texte", organisationId: cast.orgA } });
    const recruiter = acting(cast.actors.recruiter);
    expect(await setBlindReview(recruiter, id, 1, true)).toEqual({ ok: true, blindReview: true });
    expect(await t.db.posting.findUnique({ where: { id }, select: { blindReview: true, version: true } })).toEqual({
      blindReview: true,
      version: 2,
    });
    expect(await setBlindReview(recruiter, id, 2, true)).toMatchObject({ ok: false, error: "conflict" });
    expect(await setBlindReview(recruiter, id, 1, false)).toMatchObject({ ok: false, error: "conflict" });
    expect(await setBlindReview(acting(cast.actors.otherRecruiter), id, 2, false)).toMatchObject({ ok: false, error: "not_found" });
    // A copy of the offer keeps its way of reading applications.
    const copy = await duplicatePosting(recruiter, id);
    expect(copy.ok && (await t.db.posting.findUnique({ where: { id: copy.id }, select: { blindReview: true } }))).toEqual({
      blindReview: true,
    });
    expect(await setBlindReview(recruiter, id, 2, false)).toEqual({ ok: true, blindReview: false });

    const events = await t.db.auditEvent.findMany({ where: { action: "posting.blind_review" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.subjectId, describeChanges(e.changes)])).toEqual([
      [cast.userIds.recruiter, id, ["lecture à l'aveugle : non → oui"]],
      [cast.userIds.recruiter, id, ["lecture à l'aveugle : oui → non"]],
    ]);
  });
});
