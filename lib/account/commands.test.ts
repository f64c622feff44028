import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { Forbidden } from "@/lib/auth/permissions";
import { actorForSession, createSession } from "@/lib/auth/sessions";
import { acting, TEST_ORIGIN } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { changeOwnPassword, endOwnSessions } from "./commands";

const OLD = "ancien mot de passe assez long";
const NEW = "girafe tambour parapluie 47 citron";

describe.each(BACKENDS)("a person's own account on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  async function camille() {
    const user = await t.db.user.create({
      data: { email: "camille.durand@a.gouv.fr", name: "Camille Durand", passwordHash: await hashPassword(OLD) },
    });
    const here = await createSession(t.db, user.id, {
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    });
    const elsewhere = await createSession(t.db, user.id, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)" });
    const actor = await actorForSession(t.db, here.id);
    return { user, here, elsewhere, actor };
  }
  const change = (over: Partial<{ current: string; next: string }> = {}) => ({ current: OLD, next: NEW, confirmation: NEW, ...over });
  const unchanged = async (userId: string, sessions: number) => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword(OLD, user.passwordHash!)).toBe(true);
    expect(await t.db.session.count({ where: { userId } })).toBe(sessions);
    expect(await t.db.outboxMail.count()).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "user.change_password" } })).toBe(0);
  };

  it("changes the password, ends the other sessions, keeps this one, tells the person and audits it", async () => {
    const { user, here, elsewhere, actor } = await camille();
    expect(await changeOwnPassword(acting(actor), change(), here.id)).toEqual({ ok: true, endedSessions: 1 });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW, after.passwordHash!)).toBe(true);
    expect((await t.db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([here.id]);
    expect(await actorForSession(t.db, elsewhere.id)).toBeNull();
    const mail = await t.db.outboxMail.findFirstOrThrow();
    expect(mail).toMatchObject({ to: "camille.durand@a.gouv.fr" });
    expect(mail.subject).toMatch(/mot de passe a été changé/);
    expect(mail.text).not.toContain(NEW);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.change_password" } });
    expect(audit).toMatchObject({ actorId: user.id, subjectId: user.id, clientAddress: TEST_ORIGIN.clientAddress });
    expect(audit.changes).not.toContain(NEW);
  });

  it("refuses a wrong current password next to its field, changing nothing", async () => {
    const { user, here, actor } = await camille();
    expect(await changeOwnPassword(acting(actor), change({ current: "ce n'est pas lui du tout" }), here.id)).toEqual({
      ok: false,
      error: "invalid",
      field: "current",
      message: "Le mot de passe actuel est incorrect.",
    });
    await unchanged(user.id, 2);
  });

  it("refuses a weak, personal or too long new password next to its field, changing nothing", async () => {
    const { user, here, actor } = await camille();
    for (const next of ["motdepasse123", "Durand-camille-2026", "x".repeat(1001), "court"]) {
      const answer = await changeOwnPassword(acting(actor), change({ next }), here.id);
      expect(answer).toMatchObject({ ok: false, error: "invalid", field: "next" });
    }
    await unchanged(user.id, 2);
  });

  it("is refused to nobody signed in", async () => {
    await expect(changeOwnPassword(acting(null), change(), null)).rejects.toBeInstanceOf(Forbidden);
  });

  it("ends one session of the person's, or all but this one, never someone else's", async () => {
    const { user, here, elsewhere, actor } = await camille();
    const other = await t.db.user.create({ data: { email: "autre@b.gouv.fr", name: "Autre" } });
    const theirs = await createSession(t.db, other.id);
    expect(await endOwnSessions(acting(actor), { only: theirs.id })).toMatchObject({ ok: false, error: "not_found" });
    expect(await t.db.session.count({ where: { id: theirs.id } })).toBe(1);
    expect(await endOwnSessions(acting(actor), { only: elsewhere.id })).toEqual({ ok: true, ended: 1 });
    const third = await createSession(t.db, user.id);
    expect(await endOwnSessions(acting(actor), { allBut: here.id })).toEqual({ ok: true, ended: 1 });
    expect((await t.db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([here.id]);
    expect(await t.db.session.count({ where: { id: third.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "session.end", actorId: user.id } })).toBe(2);
  });
});
