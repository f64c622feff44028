import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { Forbidden } from "@/lib/auth/permissions";
import { actorForSession, createSession } from "@/lib/auth/sessions";
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

  async function person(admin = false) {
    const user = await t.db.user.create({
      data: { email: `camille-${admin}@a.gouv.fr`, name: "Camille", admin, passwordHash: await hashPassword(PASSWORD) },
    });
    return { user, actor: await actorForSession(t.db, (await createSession(t.db, user.id)).id) };
  }

  async function enrolled() {
    const { user, actor } = await person();
    await startTotpEnrolment(acting(actor));
    const secret = (await pendingTotpSecret(actor))!;
    const now = new Date();
    const result = await confirmTotpEnrolment(acting(actor), { code: totpCodeAt(secret, now.getTime()) }, now);
    return { user, actor, secret, result };
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
    expect(await confirmTotpEnrolment(acting(actor), { code: wrong })).toMatchObject({ ok: false, field: "code" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await t.db.recoveryCode.count()).toBe(0);
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
