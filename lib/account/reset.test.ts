import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { accountLinkState, issueAccountLink, linkTokenHash } from "./links";
import { LINK_PROBLEMS, RESET_PER_ADDRESS, RESET_PER_CLIENT, requestPasswordReset, resetPasswordWithLink } from "./reset";

const NEW = "girafe tambour parapluie 47 citron";
const origin = (clientAddress = "192.0.2.77") => ({ requestId: "test", clientAddress });
const tokenIn = (text: string) => /\/admin\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

describe.each(BACKENDS)("a forgotten password on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const camille = async (over: { disabledAt?: Date } = {}) =>
    t.db.user.create({
      data: { email: "camille@a.gouv.fr", name: "Camille", passwordHash: await hashPassword("ancien mot de passe long"), ...over },
    });

  it("answers alike for an account, an unknown address and a disabled account; only the account gets a mail", async () => {
    await camille();
    await t.db.user.create({ data: { email: "parti@a.gouv.fr", name: "Parti", disabledAt: new Date() } });
    for (const email of [" Camille@A.gouv.fr ", "personne@a.gouv.fr", "parti@a.gouv.fr"]) {
      expect(await requestPasswordReset(email, origin())).toEqual({ ok: true });
    }
    const mails = await t.db.outboxMail.findMany();
    expect(mails.map((m) => m.to)).toEqual(["camille@a.gouv.fr"]);
    const token = tokenIn(mails[0]!.text);
    expect(token).toHaveLength(43);
    expect(await t.db.accountLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await t.db.accountLink.count({ where: { tokenHash: linkTokenHash(token) } })).toBe(1);
  });

  it("sets the password through the link once, ends every session and tells the person", async () => {
    const user = await camille();
    await createSession(t.db, user.id);
    await requestPasswordReset("camille@a.gouv.fr", origin());
    const token = tokenIn((await t.db.outboxMail.findFirstOrThrow()).text);
    expect(await resetPasswordWithLink({ token, next: "motdepasse123" }, origin())).toMatchObject({ ok: false, field: "next" });
    expect(await resetPasswordWithLink({ token, next: NEW }, origin())).toEqual({ ok: true });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW, after.passwordHash!)).toBe(true);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.outboxMail.count({ where: { subject: { contains: "a été changé" } } })).toBe(1);
    expect(await resetPasswordWithLink({ token, next: "autre phrase de passe tout aussi longue" }, origin())).toMatchObject({
      ok: false,
      message: LINK_PROBLEMS.used,
    });
  });

  it("refuses an expired, forged, truncated or replaced link, changing nothing", async () => {
    const user = await camille();
    const start = new Date("2026-12-02T08:00:00Z");
    const { token: first } = await issueAccountLink(t.db, user.id, "PASSWORD_RESET", start);
    expect(await accountLinkState(t.db, first, "PASSWORD_RESET", new Date(start.getTime() + 61 * 60_000))).toEqual({ state: "expired" });
    const { token: second } = await issueAccountLink(t.db, user.id, "PASSWORD_RESET");
    // One character changed: never the same token, whatever its last character was.
    const altered = `${second.slice(0, -1)}${second.endsWith("A") ? "B" : "A"}`;
    for (const bad of [first, second.slice(0, -1), altered, "", "x".repeat(2000)]) {
      const answer = await resetPasswordWithLink({ token: bad, next: NEW }, origin());
      expect(answer).toMatchObject({ ok: false, message: LINK_PROBLEMS.unknown });
    }
    expect(await accountLinkState(t.db, second, "INVITATION")).toEqual({ state: "unknown" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("ancien mot de passe long", row.passwordHash!)).toBe(true);
  });

  it("sends at most a few links to one address, and tells a client that asks too often to wait", async () => {
    await camille();
    for (let i = 0; i < RESET_PER_ADDRESS.limit + 2; i++)
      expect(await requestPasswordReset("camille@a.gouv.fr", origin(`198.51.100.${i}`))).toEqual({ ok: true });
    expect(await t.db.outboxMail.count()).toBe(RESET_PER_ADDRESS.limit);
    for (let i = 0; i < RESET_PER_CLIENT.limit; i++) await requestPasswordReset(`quelquun-${i}@a.gouv.fr`, origin("203.0.113.9"));
    expect(await requestPasswordReset("camille@a.gouv.fr", origin("203.0.113.9"))).toMatchObject({ ok: false });
  });
});
