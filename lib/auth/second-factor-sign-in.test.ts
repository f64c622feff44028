import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { answerSignInChallenge, MAX_CODE_ATTEMPTS, openSignInChallenge } from "./second-factor-sign-in";
import { newTotpSecret, recoveryCodeHash, sealTotpSecret, totpCodeAt } from "./totp";

const APP_SECRET = "le secret de l'application, pour les tests";
const NOW = new Date("2026-12-02T10:00:10Z");

describe.each(BACKENDS)("the second step of a sign-in on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  async function enrolledUser() {
    const secret = newTotpSecret();
    const user = await t.db.user.create({
      data: {
        email: "camille@a.gouv.fr",
        name: "Camille",
        totpSecret: sealTotpSecret(secret, APP_SECRET),
        totpEnabledAt: NOW,
        recoveryCodes: { create: [{ codeHash: recoveryCodeHash("abcde-fghjk") }] },
      },
    });
    return { user, secret };
  }
  const answer = (ticket: string, code: string, now = NOW) =>
    answerSignInChallenge(t.db, { ticket, code, clientAddress: "192.0.2.44", appSecret: APP_SECRET }, now);

  it("opens the session with the code of the moment, once: the same code again is refused", async () => {
    const { user, secret } = await enrolledUser();
    const code = totpCodeAt(secret, NOW.getTime());
    const ticket = await openSignInChallenge(t.db, user.id, NOW);
    expect(await t.db.signInChallenge.count({ where: { tokenHash: ticket } })).toBe(0);
    expect(await answer(ticket, code)).toMatchObject({ ok: true, method: "totp", user: { id: user.id } });
    expect(await answer(ticket, code)).toEqual({ ok: false, reason: "expired" });
    const again = await openSignInChallenge(t.db, user.id, NOW);
    expect(await answer(again, code, new Date(NOW.getTime() + 5000))).toEqual({ ok: false, reason: "wrong_code" });
    expect(await t.db.auditEvent.findFirst({ where: { action: "auth.sign_in" } })).toMatchObject({ clientAddress: "192.0.2.44" });
  });

  it("takes a recovery code once, whatever its case", async () => {
    const { user } = await enrolledUser();
    expect(await answer(await openSignInChallenge(t.db, user.id, NOW), "ABCDE FGHJK")).toMatchObject({ ok: true, method: "recovery-code" });
    expect(await answer(await openSignInChallenge(t.db, user.id, NOW), "abcde-fghjk")).toEqual({ ok: false, reason: "wrong_code" });
    expect(await answer(await openSignInChallenge(t.db, user.id, NOW), "zzzzz-zzzzz")).toEqual({ ok: false, reason: "wrong_code" });
  });

  it("answers an expired, forged, truncated or worn-out ticket as expired", async () => {
    const { user, secret } = await enrolledUser();
    const ticket = await openSignInChallenge(t.db, user.id, NOW);
    const code = totpCodeAt(secret, NOW.getTime() + 6 * 60_000);
    expect(await answer(ticket, code, new Date(NOW.getTime() + 6 * 60_000))).toEqual({ ok: false, reason: "expired" });
    const fresh = await openSignInChallenge(t.db, user.id, NOW);
    for (const forged of ["", "x".repeat(43), fresh.slice(0, -1)]) {
      expect(await answer(forged, totpCodeAt(secret, NOW.getTime()))).toEqual({ ok: false, reason: "expired" });
    }
    const wrong = String((Number(totpCodeAt(secret, NOW.getTime())) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) expect(await answer(fresh, wrong)).toMatchObject({ ok: false });
    expect(await answer(fresh, totpCodeAt(secret, NOW.getTime()))).toEqual({ ok: false, reason: "expired" });
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBeGreaterThanOrEqual(MAX_CODE_ATTEMPTS - 1);
  });
});
