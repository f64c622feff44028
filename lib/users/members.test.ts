// The rules on people's rights that the matrix does not show: nobody edits their own, the
// last active admin stays, a manager's reach ends where their organisations end, and every
// change is audited with before and after, in its own transaction.
import { describe, expect, it } from "vitest";
import { actorForSession, createSession } from "@/lib/auth/sessions";
import { acting } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { membersCastOf } from "@/lib/test/people";
import { addMembership, changeMembershipRole, removeMembership, setAdmin, setUserDisabled, UNKNOWN_PERSON } from "./members";

describe.each(BACKENDS)("people's rights on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("changes a role, audits before and after with the client address, and the next request sees it", async () => {
    const cast = await membersCastOf(t.db);
    const reader = cast.userIds.reader!;
    const session = await createSession(t.db, reader);
    const result = await changeMembershipRole(acting(cast.actors.manager), {
      userId: reader,
      organisationId: cast.orgA,
      role: "RECRUITER",
    });
    expect(result).toEqual({ ok: true });
    expect((await actorForSession(t.db, session.id))?.memberships).toEqual([{ organisationId: cast.orgA, role: "RECRUITER" }]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "membership.role" } });
    expect(event).toMatchObject({
      actorId: cast.userIds.manager,
      subjectId: reader,
      organisationId: cast.orgA,
      clientAddress: "192.0.2.10",
    });
    expect(JSON.parse(String(event.changes))).toEqual({ organisation: "Équipe A", rôle: ["READER", "RECRUITER"] });
  });

  it("answers another organisation's person exactly as an unknown id, and changes nothing", async () => {
    const cast = await membersCastOf(t.db);
    const other = cast.userIds.otherRecruiter!;
    const foreign = await changeMembershipRole(acting(cast.actors.manager), { userId: other, organisationId: cast.orgB, role: "READER" });
    const unknown = await changeMembershipRole(acting(cast.actors.manager), {
      userId: "inconnu",
      organisationId: cast.orgB,
      role: "READER",
    });
    expect(foreign).toEqual({ ok: false, error: "not_found", message: UNKNOWN_PERSON });
    expect(unknown).toEqual(foreign);
    expect(await setUserDisabled(acting(cast.actors.manager), other, true)).toEqual(foreign);
    expect(await t.db.membership.findFirst({ where: { userId: other }, select: { role: true } })).toEqual({ role: "RECRUITER" });
    expect(await t.db.auditEvent.count({ where: { action: { startsWith: "membership." } } })).toBe(0);
  });

  it("lets nobody edit their own memberships or admin flag, nor disable themselves", async () => {
    const cast = await membersCastOf(t.db);
    const manager = cast.userIds.manager!;
    const own = await changeMembershipRole(acting(cast.actors.manager), { userId: manager, organisationId: cast.orgA, role: "MANAGER" });
    expect(own).toMatchObject({ ok: false, error: "forbidden", message: expect.stringMatching(/vos propres droits/) });
    expect(await removeMembership(acting(cast.actors.manager), { userId: manager, organisationId: cast.orgC })).toMatchObject({
      error: "forbidden",
    });
    expect(await setAdmin(acting(cast.actors.admin), { userId: cast.userIds.admin!, admin: false })).toMatchObject({ error: "forbidden" });
    expect(await setUserDisabled(acting(cast.actors.admin), cast.userIds.admin!, true)).toMatchObject({ error: "forbidden" });
    expect(await t.db.membership.count({ where: { userId: manager } })).toBe(2);
  });

  it("never removes or disables the last active admin, even when the actor's admin flag went meanwhile", async () => {
    const cast = await membersCastOf(t.db);
    // The cast's admin without a second factor counts as an admin: disabled, so that the cast admin is the last one left.
    await t.db.user.update({ where: { id: cast.userIds.pendingAdmin! }, data: { disabledAt: new Date() } });
    const formerAdmin = await t.db.user.create({ data: { email: "ancien@rejoindre.gouv.fr", name: "Ancien", admin: true } });
    const staleActor = await actorForSession(t.db, (await createSession(t.db, formerAdmin.id, { secondFactor: "totp" })).id);
    // A colleague revoked this admin a moment ago: the cast admin is now the only active one.
    await t.db.user.update({ where: { id: formerAdmin.id }, data: { admin: false } });
    const target = cast.userIds.admin!;
    expect(await setAdmin(acting(staleActor), { userId: target, admin: false })).toMatchObject({ ok: false, error: "conflict" });
    expect(await setUserDisabled(acting(staleActor), target, true)).toMatchObject({ ok: false, error: "conflict" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: target }, select: { admin: true, disabledAt: true } })).toEqual({
      admin: true,
      disabledAt: null,
    });
  });

  it("lets a manager disable only people whose every membership is in an organisation they manage", async () => {
    const cast = await membersCastOf(t.db);
    const reader = cast.userIds.reader!;
    await t.db.membership.create({ data: { userId: reader, organisationId: cast.orgB, role: "READER" } });
    const refused = await setUserDisabled(acting(cast.actors.manager), reader, true);
    expect(refused).toMatchObject({ ok: false, error: "forbidden", message: expect.stringMatching(/organisations que vous ne gérez pas/) });
    // Once the person belongs to the manager's organisations alone, the manager may.
    await t.db.membership.deleteMany({ where: { userId: reader, organisationId: cast.orgB } });
    const session = await createSession(t.db, reader);
    expect(await setUserDisabled(acting(cast.actors.manager), reader, true)).toEqual({ ok: true });
    expect(await t.db.session.count({ where: { id: session.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "user.disable", subjectId: reader } })).toBe(1);
  });

  it("adds only to organisations the manager manages, once, and leaves admins' rights to admins", async () => {
    const cast = await membersCastOf(t.db);
    const reader = cast.userIds.reader!;
    const manager = acting(cast.actors.manager);
    expect(await addMembership(manager, { userId: reader, organisationId: cast.orgB, role: "READER" })).toMatchObject({
      error: "invalid",
      field: "organisationId",
    });
    expect(await addMembership(manager, { userId: reader, organisationId: cast.orgA, role: "READER" })).toMatchObject({
      error: "invalid",
      message: "Cette personne est déjà membre de cette organisation.",
    });
    expect(await addMembership(manager, { userId: reader, organisationId: cast.orgC, role: "MANAGER" })).toEqual({ ok: true });
    const adminMember = await t.db.user.create({
      data: { email: "chef@a.gouv.fr", name: "Chef", admin: true, memberships: { create: { organisationId: cast.orgA, role: "READER" } } },
    });
    expect(await removeMembership(manager, { userId: adminMember.id, organisationId: cast.orgA })).toMatchObject({
      error: "forbidden",
      message: "Seul un administrateur peut modifier les droits d'un administrateur.",
    });
    expect(await setUserDisabled(manager, adminMember.id, true)).toMatchObject({ error: "forbidden" });
  });

  it("grants and revokes the admin flag with an audit entry for each", async () => {
    const cast = await membersCastOf(t.db);
    const reader = cast.userIds.reader!;
    expect(await setAdmin(acting(cast.actors.admin), { userId: reader, admin: true })).toEqual({ ok: true });
    expect(await setAdmin(acting(cast.actors.admin), { userId: reader, admin: false })).toEqual({ ok: true });
    const events = await t.db.auditEvent.findMany({ where: { subjectId: reader }, select: { action: true, changes: true } });
    expect(events.map((e) => [e.action, JSON.parse(String(e.changes))]).sort()).toEqual([
      ["user.admin_grant", { administrateur: [false, true] }],
      ["user.admin_revoke", { administrateur: [true, false] }],
    ]);
  });

  it("says whether the person is still in sight once removed from an organisation", async () => {
    const cast = await membersCastOf(t.db);
    const reader = cast.userIds.reader!;
    await t.db.membership.create({ data: { userId: reader, organisationId: cast.orgC, role: "READER" } });
    const manager = acting(cast.actors.manager);
    expect(await removeMembership(manager, { userId: reader, organisationId: cast.orgC })).toEqual({ ok: true, visible: true });
    expect(await removeMembership(manager, { userId: reader, organisationId: cast.orgA })).toEqual({ ok: true, visible: false });
    expect(await addMembership(acting(cast.actors.admin), { userId: reader, organisationId: cast.orgB, role: "READER" })).toEqual({
      ok: true,
    });
    expect(await removeMembership(acting(cast.actors.admin), { userId: reader, organisationId: cast.orgB })).toEqual({
      ok: true,
      visible: true,
    });
  });

  it("keeps an admin when two admins revoke each other at the same moment", async () => {
    const cast = await membersCastOf(t.db);
    // The cast's admin without a second factor counts as an admin: disabled, so that two admins are left.
    await t.db.user.update({ where: { id: cast.userIds.pendingAdmin! }, data: { disabledAt: new Date() } });
    const second = await t.db.user.create({ data: { email: "second@rejoindre.gouv.fr", name: "Second", admin: true } });
    const secondActor = await actorForSession(t.db, (await createSession(t.db, second.id, { secondFactor: "totp" })).id);
    const outcomes = await Promise.allSettled([
      setAdmin(acting(cast.actors.admin), { userId: second.id, admin: false }),
      setAdmin(acting(secondActor), { userId: cast.userIds.admin!, admin: false }),
    ]);
    const succeeded = outcomes.filter((o) => o.status === "fulfilled" && o.value.ok);
    expect(succeeded.length).toBeLessThanOrEqual(1);
    expect(await t.db.user.count({ where: { admin: true, disabledAt: null } })).toBeGreaterThanOrEqual(1);
  });
});
