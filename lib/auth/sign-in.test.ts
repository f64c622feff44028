import { describe, expect, it } from "vitest";
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
  const attempt = (email: string, password: string, clientAddress = "203.0.113.7", now = NOW) =>
    signInWithPassword({ email, password, clientAddress }, now);

  it("signs in whatever the email's case, and records it", async () => {
    const user = await seedUser();
    expect(await attempt(" Recrute@A.gouv.fr ", PASSWORD)).toEqual({ ok: true, user: { id: user.id, email: user.email, name: "Camille" } });
    expect(await t.db.auditEvent.findFirst({ where: { action: "auth.sign_in" } })).toMatchObject({
      actorId: user.id,
      clientAddress: "203.0.113.7",
    });
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

  it("makes the 6th attempt after 5 failures in 15 minutes wait, even with the right password", async () => {
    await seedUser();
    for (let i = 0; i < 5; i++)
      expect(await attempt("recrute@a.gouv.fr", `faux-${i}`, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    const sixth = await attempt("recrute@a.gouv.fr", PASSWORD, "198.51.100.99");
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect(sixth.ok === false && sixth.reason === "throttled" && sixth.retryAfterSeconds).toBeGreaterThan(0);
    // Two windows later, the account may try again.
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "198.51.100.99", new Date(NOW.getTime() + 31 * 60_000))).toMatchObject({
      ok: true,
    });
  });

  it("throttles one address trying many accounts", async () => {
    await seedUser();
    for (let i = 0; i < 5; i++) await attempt(`personne-${i}@a.gouv.fr`, "faux");
    expect(await attempt("recrute@a.gouv.fr", PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("recrute@a.gouv.fr", PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
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
