// An admin removes a ProConnect link: audited with before and after, refused when there is none.
import { describe, expect, it } from "vitest";
import { acting } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { membersCastOf } from "@/lib/test/people";
import { unlinkProConnect } from "./proconnect";

describe.each(BACKENDS)("removing a ProConnect link on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("clears the link and its date, and audits what it was", async () => {
    const cast = await membersCastOf(t.db);
    const linkedAt = new Date("2026-12-01T08:00:00Z");
    const person = await t.db.user.update({
      where: { id: cast.userIds.recruiter! },
      data: { oidcSubject: "sub-recrue", oidcLinkedAt: linkedAt },
      select: { id: true, email: true },
    });
    expect(await unlinkProConnect(acting(cast.actors.admin), person.id)).toEqual({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ oidcSubject: null, oidcLinkedAt: null });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.proconnect_unlink" } });
    expect(event).toMatchObject({ actorId: cast.userIds.admin, subjectId: person.id, subjectLabel: person.email });
    expect(JSON.parse(String(event.changes))).toEqual({
      avant: { ProConnect: "sub-recrue", relié_le: linkedAt.toISOString() },
      après: { ProConnect: null, relié_le: null },
    });
  });

  it("says so when the account has no link, and writes nothing", async () => {
    const cast = await membersCastOf(t.db);
    expect(await unlinkProConnect(acting(cast.actors.admin), cast.userIds.recruiter!)).toMatchObject({ ok: false, error: "conflict" });
    expect(await t.db.auditEvent.count({ where: { action: "user.proconnect_unlink" } })).toBe(0);
  });
});
