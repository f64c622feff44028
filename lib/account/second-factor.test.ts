import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { can, Forbidden, secondFactorPending } from "@/lib/auth/permissions";
import { actorForSession, createSession, proveSecondFactor } from "@/lib/auth/sessions";
import { openTotpSecret, recoveryCodeHash, totpCodeAt } from "@/lib/auth/totp";
import { env } from "@/lib/config/env";
import { acting, TEST_ORIGIN } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { castOf } from "@/lib/test/people";
import {
  confirmTotpEnrolment,
  pendingTotpSecret,
  renewRecoveryCodes,
  resetSecondFactor,
  secondFactorStatus,
  startTotpEnrolment,
} from "./second-factor";

const PASSWORD = "un mot de passe assez long";

describe.each(BACKENDS)("the second factor on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ NEXTAUTH_SECRET: "un secret de test, long comme il faut pour next-auth" });

  /** A person signed in with a password alone. */
  async function person(admin = false, label = "camille") {
    const user = await t.db.user.create({
      data: { email: `${label}-${admin}@a.gouv.fr`, name: "Camille", admin, passwordHash: await hashPassword(PASSWORD) },
    });
    const session = await createSession(t.db, user.id);
    return { user, session, actor: await actorForSession(t.db, session.id) };
  }

  async function enrolled(admin = false) {
    const { user, session, actor } = await person(admin);
    await startTotpEnrolment(acting(actor));
    const secret = (await pendingTotpSecret(actor))!;
    const now = new Date();
    const result = await confirmTotpEnrolment(acting(actor), { code: totpCodeAt(secret, now.getTime()) }, session.id, now);
    return { user, session, actor, secret, result, now };
  }

  it("is enrolled with a first code, stores the secret sealed, and draws 10 recovery codes kept as hashes", async () => {
    const { user, actor, secret, result } = await enrolled();
    expect(result).toMatchObject({ ok: true });
    const codes = result.ok ? result.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecret).not.toContain(secret);
    expect(openTotpSecret(row.totpSecret!, env().NEXTAUTH_SECRET!)).toBe(secret);
    expect(row.totpPendingSecret).toBeNull();
    const stored = await t.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((c) => c.codeHash).sort()).toEqual(codes.map(recoveryCodeHash).sort());
    expect(await secondFactorStatus(actor)).toMatchObject({ recoveryCodesLeft: 10, required: false });
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.second_factor_enable" } })).toMatchObject({
      actorId: user.id,
      clientAddress: TEST_ORIGIN.clientAddress,
    });
  });

  it("refuses a wrong first code next to its field, leaving the second factor off", async () => {
    const { user, actor } = await person();
    await startTotpEnrolment(acting(actor));
    const secret = (await pendingTotpSecret(actor))!;
    const wrong = String((Number(totpCodeAt(secret)) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmTotpEnrolment(acting(actor), { code: wrong }, null)).toMatchObject({ ok: false, field: "code" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await t.db.recoveryCode.count()).toBe(0);
  });

  it("lifts a pending admin's session when they enrol in it: they go on without signing in again", async () => {
    const other = await person(true, "dominique");
    const { session, actor, result, now, user } = await enrolled(true);
    expect(secondFactorPending(actor)).toBe(true);
    expect(result).toMatchObject({ ok: true });
    const after = await actorForSession(t.db, session.id);
    expect(after).toMatchObject({ id: user.id, secondFactor: "totp" });
    expect(secondFactorPending(after)).toBe(false);
    expect(can(after, "users:manage")).toBe(true);
    expect(await t.db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ secondFactorAt: now });
    // Lifting is scoped by the person: another one's session stays pending.
    await proveSecondFactor(t.db, user.id, other.session.id, "totp");
    expect(secondFactorPending(await actorForSession(t.db, other.session.id))).toBe(true);
  });

  it("makes someone pending at their next request when they become an admin while signed in with a password alone", async () => {
    const { user, session, actor } = await person();
    expect(secondFactorPending(actor)).toBe(false);
    await t.db.user.update({ where: { id: user.id }, data: { admin: true } });
    expect(secondFactorPending(await actorForSession(t.db, session.id))).toBe(true);
  });

  it("ends the sessions of the person whose second factor an admin resets", async () => {
    const cast = await castOf(t.db);
    const { user, session } = await enrolled();
    const other = await createSession(t.db, user.id, { secondFactor: "totp" });
    expect(await resetSecondFactor(acting(cast.actors.admin), user.id)).toEqual({ ok: true });
    expect(await actorForSession(t.db, session.id)).toBeNull();
    expect(await actorForSession(t.db, other.id)).toBeNull();
    expect(await actorForSession(t.db, (await createSession(t.db, cast.userIds.admin!, { secondFactor: "totp" })).id)).not.toBeNull();
  });

  it("refuses a reset to an admin whose session is pending", async () => {
    const cast = await castOf(t.db);
    const { user } = await enrolled();
    await expect(resetSecondFactor(acting(cast.actors.pendingAdmin), user.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ totpEnabledAt: expect.any(Date) });
  });

  it("renews the recovery codes against the password only", async () => {
    const { user, actor, result } = await enrolled();
    expect(await renewRecoveryCodes(acting(actor), { password: "pas le bon" })).toMatchObject({ ok: false, field: "password" });
    const renewed = await renewRecoveryCodes(acting(actor), { password: PASSWORD });
    expect(renewed).toMatchObject({ ok: true });
    const hashes = (await t.db.recoveryCode.findMany({ where: { userId: user.id } })).map((c) => c.codeHash);
    expect(hashes).toHaveLength(10);
    for (const old of result.ok ? result.recoveryCodes : []) expect(hashes).not.toContain(recoveryCodeHash(old));
  });

  it("is required of admins, and an admin resets another person's, audited; nobody else may", async () => {
    const cast = await castOf(t.db);
    const { user } = await enrolled();
    expect(await secondFactorStatus(cast.actors.admin)).toMatchObject({ required: true });
    for (const who of ["reader", "recruiter", "otherRecruiter"] as const) {
      await expect(resetSecondFactor(acting(cast.actors[who]), user.id)).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(resetSecondFactor(acting(null), user.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await resetSecondFactor(acting(cast.actors.admin), "inconnu")).toMatchObject({ ok: false, error: "not_found" });
    expect(await resetSecondFactor(acting(cast.actors.admin), cast.userIds.admin!)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await resetSecondFactor(acting(cast.actors.admin), user.id)).toEqual({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.auditEvent.findFirst({ where: { action: "user.second_factor_reset" } })).toMatchObject({
      actorId: cast.userIds.admin,
      subjectId: user.id,
    });
  });
});
