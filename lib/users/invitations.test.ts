import { describe, expect, it } from "vitest";
import { accountLinkState, linkTokenHash } from "@/lib/account/links";
import { acceptInvitation, INVITATION_PROBLEMS, invitationLink, renewInvitation } from "@/lib/account/invitation";
import { requestPasswordReset, resetPasswordWithLink } from "@/lib/account/reset";
import { verifyPassword } from "@/lib/auth/password";
import { acting, TEST_ORIGIN } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { membersCastOf } from "@/lib/test/people";
import { invitePerson, listPendingInvitations, resendInvitation, revokeInvitation } from "./invitations";

const PASSWORD = "girafe tambour parapluie 47 citron";
const tokenIn = (text: string) => /\/admin\/invitation\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
const DAY = 24 * 60 * 60 * 1000;

describe.each(BACKENDS)("invitations on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const invitation = (organisationId: string, role: "MANAGER" | "RECRUITER" | "READER" = "RECRUITER", email = "dominique@a.gouv.fr") => ({
    email,
    name: "Dominique Petit",
    admin: false,
    memberships: [{ organisationId, role }],
  });
  const lastMail = async () => t.db.outboxMail.findFirstOrThrow({ orderBy: { createdAt: "desc" } });

  it("a manager invites to their organisation: an account without password, a mail with a link of which only the hash is kept", async () => {
    const cast = await membersCastOf(t.db);
    expect(await invitePerson(acting(cast.actors.manager), invitation(cast.orgA, "READER"))).toEqual({
      ok: true,
      email: "dominique@a.gouv.fr",
    });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "dominique@a.gouv.fr" }, include: { memberships: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.invitedAt).not.toBeNull();
    expect(user.memberships.map((m) => [m.organisationId, m.role])).toEqual([[cast.orgA, "READER"]]);
    const mail = await lastMail();
    expect(mail.to).toBe("dominique@a.gouv.fr");
    expect(mail.text).toContain("gere vous invite");
    expect(mail.text).toContain("Équipe A");
    const token = tokenIn(mail.text);
    expect(await t.db.accountLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await accountLinkState(t.db, token, "INVITATION")).toMatchObject({ state: "valid" });
    const link = await t.db.accountLink.findUniqueOrThrow({ where: { tokenHash: linkTokenHash(token) } });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBeGreaterThan(7 * DAY - 60_000);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.invite" } });
    expect(audit.clientAddress).toBe(TEST_ORIGIN.clientAddress);
    expect(JSON.parse(audit.changes ?? "{}")).toMatchObject({ organisations: { "Équipe A": "lecteur" } });
    expect((await listPendingInvitations(cast.actors.manager)).map((p) => p.email)).toEqual(["dominique@a.gouv.fr"]);
    expect(await listPendingInvitations(cast.actors.otherManager)).toEqual([]);
  });

  it("refuses an organisation out of the manager's hands as an unknown one, and writes nothing", async () => {
    const cast = await membersCastOf(t.db);
    const foreign = await invitePerson(acting(cast.actors.manager), invitation(cast.orgB));
    const unknown = await invitePerson(acting(cast.actors.admin), invitation("inconnue"));
    expect(foreign).toEqual(unknown);
    expect(foreign).toMatchObject({ ok: false, error: "not_found", field: "memberships" });
    expect(await t.db.user.count({ where: { email: "dominique@a.gouv.fr" } })).toBe(0);
    expect(await t.db.outboxMail.count()).toBe(0);
  });

  it("inviting again replaces the link; an address already a member is refused, changing nothing", async () => {
    const cast = await membersCastOf(t.db);
    await invitePerson(acting(cast.actors.manager), invitation(cast.orgA));
    const first = tokenIn((await lastMail()).text);
    await invitePerson(acting(cast.actors.manager), invitation(cast.orgA, "MANAGER"));
    const second = tokenIn((await lastMail()).text);
    expect(await accountLinkState(t.db, first, "INVITATION")).toEqual({ state: "unknown" });
    expect(await accountLinkState(t.db, second, "INVITATION")).toMatchObject({ state: "valid" });
    expect(await t.db.membership.findFirstOrThrow({ where: { user: { email: "dominique@a.gouv.fr" } } })).toMatchObject({
      role: "MANAGER",
    });

    const mails = await t.db.outboxMail.count();
    const refused = await invitePerson(acting(cast.actors.manager), invitation(cast.orgA, "READER", "rh@a.gouv.fr"));
    expect(refused).toMatchObject({
      ok: false,
      error: "invalid",
      field: "email",
      message: expect.stringContaining("déjà membre de « Équipe A »"),
    });
    expect(await t.db.membership.findFirstOrThrow({ where: { user: { email: "rh@a.gouv.fr" } } })).toMatchObject({ role: "READER" });
    expect(await t.db.outboxMail.count()).toBe(mails);
  });

  it("someone with an account elsewhere gets the access and a notice, no link, and the same answer", async () => {
    const cast = await membersCastOf(t.db);
    // recrute@b.gouv.fr is a recruiter of B, whom the manager of A cannot see.
    expect(await invitePerson(acting(cast.actors.manager), invitation(cast.orgA, "READER", "recrute@b.gouv.fr"))).toEqual({
      ok: true,
      email: "recrute@b.gouv.fr",
    });
    const user = await t.db.user.findUniqueOrThrow({
      where: { email: "recrute@b.gouv.fr" },
      include: { memberships: true, accountLinks: true },
    });
    expect(user.memberships.map((m) => m.role).sort()).toEqual(["READER", "RECRUITER"]);
    expect(user.accountLinks).toEqual([]);
    expect(user.invitedAt).toBeNull();
    expect((await lastMail()).text).not.toMatch(/\/admin\/invitation\//);
  });

  it("the invitee chooses their password once; weak, used, expired, forged and truncated links change nothing", async () => {
    const cast = await membersCastOf(t.db);
    const start = new Date();
    await invitePerson(acting(cast.actors.admin), invitation(cast.orgA));
    const token = tokenIn((await lastMail()).text);
    expect(await acceptInvitation({ token, next: "dominique123456" }, TEST_ORIGIN)).toMatchObject({ ok: false, field: "next" });
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [altered, token.slice(0, -1), ""])
      expect(await acceptInvitation({ token: bad, next: PASSWORD }, TEST_ORIGIN)).toMatchObject({
        ok: false,
        message: INVITATION_PROBLEMS.unknown,
      });
    const later = new Date(start.getTime() + 8 * DAY);
    expect(await acceptInvitation({ token, next: PASSWORD }, TEST_ORIGIN, later)).toMatchObject({
      ok: false,
      message: INVITATION_PROBLEMS.expired,
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "dominique@a.gouv.fr" } })).passwordHash).toBeNull();

    expect(await acceptInvitation({ token, next: PASSWORD }, TEST_ORIGIN)).toEqual({ ok: true });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "dominique@a.gouv.fr" } });
    expect(await verifyPassword(PASSWORD, user.passwordHash!)).toBe(true);
    expect(user.invitedAt).toBeNull();
    expect(await acceptInvitation({ token, next: "une autre phrase encore plus longue" }, TEST_ORIGIN)).toMatchObject({
      ok: false,
      message: INVITATION_PROBLEMS.used,
    });
    expect(await invitationLink(token)).toEqual({ state: "used" });
    expect(await listPendingInvitations(cast.actors.admin)).toEqual([]);
  });

  it("an expired link gets a new one sent to the invited address; a valid or unknown one gets nothing, with the same answer", async () => {
    const cast = await membersCastOf(t.db);
    const long = new Date(Date.now() - 8 * DAY);
    await invitePerson(acting(cast.actors.admin), invitation(cast.orgA));
    const valid = tokenIn((await lastMail()).text);
    const mails = await t.db.outboxMail.count();
    expect(await renewInvitation(valid, TEST_ORIGIN)).toEqual({ ok: true });
    expect(await renewInvitation("x".repeat(43), TEST_ORIGIN)).toEqual({ ok: true });
    expect(await t.db.outboxMail.count()).toBe(mails);

    await t.db.accountLink.updateMany({ data: { expiresAt: long } });
    expect(await invitationLink(valid)).toEqual({ state: "expired" });
    expect(await renewInvitation(valid, TEST_ORIGIN)).toEqual({ ok: true });
    const renewed = await lastMail();
    expect(renewed.to).toBe("dominique@a.gouv.fr");
    expect(await accountLinkState(t.db, tokenIn(renewed.text), "INVITATION")).toMatchObject({ state: "valid" });
    expect(await accountLinkState(t.db, valid, "INVITATION")).toEqual({ state: "unknown" });
  });

  it("sending again gives a new link; revoking removes what the actor gave, and the account when nothing is left", async () => {
    const cast = await membersCastOf(t.db);
    await invitePerson(acting(cast.actors.admin), {
      ...invitation(cast.orgA),
      memberships: [
        { organisationId: cast.orgA, role: "RECRUITER" },
        { organisationId: cast.orgB, role: "READER" },
      ],
    });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "dominique@a.gouv.fr" } });
    const first = tokenIn((await lastMail()).text);
    expect(await resendInvitation(acting(cast.actors.manager), user.id)).toMatchObject({ ok: true });
    expect(await accountLinkState(t.db, first, "INVITATION")).toEqual({ state: "unknown" });
    expect(await resendInvitation(acting(cast.actors.otherManager), "inconnu")).toEqual(
      await resendInvitation(acting(cast.actors.manager), "inconnu"),
    );

    // The manager of A takes back A; B's membership and the invitation stay.
    expect(await revokeInvitation(acting(cast.actors.manager), user.id)).toMatchObject({ ok: true });
    expect((await t.db.membership.findMany({ where: { userId: user.id } })).map((m) => m.organisationId)).toEqual([cast.orgB]);
    expect(await revokeInvitation(acting(cast.actors.manager), user.id)).toMatchObject({ ok: false, error: "not_found" });
    expect(await revokeInvitation(acting(cast.actors.otherManager), user.id)).toMatchObject({ ok: true });
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await t.db.accountLink.count()).toBe(0);
  });

  it("a forgotten-password link ends a pending invitation too: the mailbox is proven the same way", async () => {
    const cast = await membersCastOf(t.db);
    await invitePerson(acting(cast.actors.admin), invitation(cast.orgA));
    const invited = tokenIn((await lastMail()).text);
    await requestPasswordReset("dominique@a.gouv.fr", TEST_ORIGIN);
    const reset = /\/admin\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec((await lastMail()).text)![1]!;
    expect(await resetPasswordWithLink({ token: reset, next: PASSWORD }, TEST_ORIGIN)).toEqual({ ok: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "dominique@a.gouv.fr" } })).invitedAt).toBeNull();
    expect(await accountLinkState(t.db, invited, "INVITATION")).toEqual({ state: "unknown" });
  });

  it("only an admin invites an admin", async () => {
    const cast = await membersCastOf(t.db);
    const admin = { email: "nouvel.admin@rejoindre.gouv.fr", name: "Nouvel Admin", admin: true, memberships: [] };
    await expect(invitePerson(acting(cast.actors.manager), admin)).rejects.toThrow("Seul un administrateur");
    expect(await invitePerson(acting(cast.actors.admin), admin)).toMatchObject({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { email: admin.email } })).toMatchObject({ admin: true, passwordHash: null });
  });
});
