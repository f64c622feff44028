import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { solvedChallengePayload } from "@/lib/applications/test-support";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { hashPassword } from "./password";
import { actorForSession, createSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

const NOW = new Date("2026-11-22T12:00:00Z");
const PASSWORD = "un mot de passe assez long";

describe.each(BACKENDS)("sign-in with a password on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const seedUser = async (over: { disabledAt?: Date } = {}) =>
    t.db.user.create({ data: { email: "recrute@a.gouv.fr", name: "Camille", passwordHash: await hashPassword(PASSWORD), ...over } });
  const attempt = (email: string, password: string, clientAddress = "203.0.113.7", extra: { proofOfWork?: string } = {}) =>
    signInWithPassword({ email, password, clientAddress, ...extra }, new Date());
  // The counters read the clock: only Date is faked, the database drivers keep their timers.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("signs in whatever the email's case, and records it", async () => {
    const user = await seedUser();
    expect(await attempt(" Recrute@A.gouv.fr ", PASSWORD)).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: "Camille" },
      secondFactor: false,
    });
    expect(await t.db.auditEvent.findFirst({ where: { action: "auth.sign_in" } })).toMatchObject({
      actorId: user.id,
      clientAddress: "203.0.113.7",
    });
  });

  it("with a second factor, holds the sign-in for its code: not recorded yet, no session", async () => {
    const user = await seedUser();
    await t.db.user.update({ where: { id: user.id }, data: { totpEnabledAt: NOW, totpSecret: "scellé" } });
    expect(await attempt("recrute@a.gouv.fr", PASSWORD)).toMatchObject({ ok: true, secondFactor: true });
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in" } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("answers an unknown email, a wrong password and a disabled account alike, and records each failure", async () => {
    await seedUser({ disabledAt: NOW });
    const answers = [
      await attempt("inconnu@a.gouv.fr", PASSWORD),
      await attempt("recrute@a.gouv.fr", "faux"),
      await attempt("recrute@a.gouv.fr", PASSWORD),
    ];
    expect(answers).toEqual(Array(3).fill({ ok: false, reason: "invalid" }));
    const failures = await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    expect(failures.map((f) => JSON.parse(f.changes).motif).sort()).toEqual(["adresse inconnue", "compte désactivé", "compte désactivé"]);
  });

  it("lets the owner in at once from their own client after 20 failures from other clients, with a proof of work", async () => {
    const user = await seedUser();
    for (let i = 0; i < 20; i++) {
      const answer = await attempt("recrute@a.gouv.fr", `faux-${i}`, `198.51.100.${i}`);
      // Past 5 failures the others owe a proof of work, which these clients never send.
      expect(answer).toEqual({ ok: false, reason: i < 5 ? "invalid" : "proof-of-work" });
    }
    expect(await attempt(" Recrute@A.gouv.fr", PASSWORD, "192.0.2.1", { proofOfWork: await solvedChallengePayload() })).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
  });

  it("asks for a proof of work once an account is failing, whether or not the address has an account, and takes each one once", async () => {
    await seedUser();
    for (const email of ["recrute@a.gouv.fr", "inconnu@a.gouv.fr"])
      for (let i = 0; i < 5; i++) await attempt(email, "faux", `198.51.100.${i}`);
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1")).toEqual({ ok: false, reason: "proof-of-work" });
    expect(await attempt("inconnu@a.gouv.fr", PASSWORD, "192.0.2.1")).toEqual({ ok: false, reason: "proof-of-work" });
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1", { proofOfWork: "pas une preuve" })).toEqual({
      ok: false,
      reason: "proof-of-work",
    });
    const proof = await solvedChallengePayload();
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1", { proofOfWork: proof })).toMatchObject({ ok: true });
    // The same solution again: refused, it has already served.
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.2", { proofOfWork: proof })).toEqual({
      ok: false,
      reason: "proof-of-work",
    });
    // An hour later the account's failures no longer count.
    vi.setSystemTime(NOW.getTime() + 61 * 60_000);
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.2")).toMatchObject({ ok: true });
  });

  it("counts a forged proof of work as a client's failure, and a missing one not", async () => {
    await seedUser();
    for (let i = 0; i < 5; i++) await attempt("recrute@a.gouv.fr", "faux", `198.51.100.${i}`);
    for (let i = 0; i < 10; i++) {
      await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1", { proofOfWork: "contrefaite" });
      await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.2");
    }
    expect(await attempt("inconnu@a.gouv.fr", PASSWORD, "192.0.2.1")).toMatchObject({ reason: "throttled" });
    expect(await attempt("inconnu@a.gouv.fr", PASSWORD, "192.0.2.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("makes one client wait for one account after 5 failures on it, even with the right password, but not for other accounts", async () => {
    await seedUser();
    await t.db.user.create({ data: { email: "autre@a.gouv.fr", name: "Dominique", passwordHash: await hashPassword(PASSWORD) } });
    for (let i = 0; i < 5; i++) await attempt("Recrute@a.gouv.fr ", `faux-${i}`);
    const sixth = await attempt("recrute@a.gouv.fr", PASSWORD, "203.0.113.7", { proofOfWork: await solvedChallengePayload() });
    expect(sixth).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 15 * 60 });
    expect(await attempt("autre@a.gouv.fr", PASSWORD)).toMatchObject({ ok: true });
    vi.setSystemTime(NOW.getTime() + 15 * 60_000);
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "203.0.113.7", { proofOfWork: await solvedChallengePayload() })).toMatchObject({
      ok: true,
    });
  });

  it("throttles one client trying many accounts, a quarter of an hour after 10 failures, a day after 50", async () => {
    await seedUser();
    for (let i = 0; i < 10; i++) await attempt(`personne-${i}@a.gouv.fr`, "faux");
    expect(await attempt("recrute@a.gouv.fr", PASSWORD)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 15 * 60 });
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
    for (let window = 1; window < 5; window++) {
      vi.setSystemTime(NOW.getTime() + window * 15 * 60_000);
      for (let i = 0; i < 10; i++) await attempt(`personne-${window}-${i}@a.gouv.fr`, "faux");
    }
    vi.setSystemTime(NOW.getTime() + 5 * 15 * 60_000);
    const refused = await attempt("recrute@a.gouv.fr", PASSWORD);
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 24 * 3600 - 75 * 60 });
  });

  it("ends sessions on expiry and when the user is disabled", async () => {
    const user = await seedUser();
    const session = await createSession(t.db, user.id, {}, NOW);
    expect(await actorForSession(t.db, session.id, NOW)).toMatchObject({ id: user.id, admin: false, memberships: [] });
    expect(await actorForSession(t.db, session.id, new Date(NOW.getTime() + 8 * 3600_000))).toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { disabledAt: NOW } });
    expect(await actorForSession(t.db, session.id, NOW)).toBeNull();
  });
});
