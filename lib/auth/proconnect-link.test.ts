// The rules that decide which account a ProConnect identity signs in to, on both backends:
// the first link needs a verified address of an account that is not an admin's, an invitation
// is accepted by it, and admins and managers need a two-factor level.
import { describe, expect, it } from "vitest";
import { issueAccountLink } from "@/lib/account/links";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { userForOidcProfile } from "./proconnect-link";

const TWO_FACTOR = "https://proconnect.gouv.fr/assurance/self-asserted-2fa";

const claims = (sub: string, email: string, extra: Record<string, unknown> = {}) => ({
  sub,
  email,
  email_verified: true,
  acr: "eidas1",
  ...extra,
});

async function organisation(db: Db, slug: string) {
  return (await db.organisation.create({ data: { slug, name: slug, kind: "STARTUP" } })).id;
}

async function person(
  db: Db,
  email: string,
  data: { role?: "MANAGER" | "RECRUITER"; admin?: boolean; invited?: boolean; sub?: string } = {},
) {
  const organisationId = data.role ? await organisation(db, `equipe-${email.split("@")[0]}`) : null;
  return db.user.create({
    data: {
      email,
      name: email.split("@")[0]!,
      admin: data.admin ?? false,
      invitedAt: data.invited ? new Date() : null,
      oidcSubject: data.sub ?? null,
      memberships: organisationId && data.role ? { create: { organisationId, role: data.role } } : undefined,
    },
    select: { id: true, email: true },
  });
}

async function refusals(db: Db) {
  const events = await db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { at: "asc" } });
  return events.map((e) => ({ label: e.actorLabel, changes: JSON.parse(String(e.changes)) }));
}

describe.each(BACKENDS)("ProConnect linking rules on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("links a verified identity to the invited account, accepts the invitation and spends its link, and audits it", async () => {
    const invited = await person(t.db, "camille@a.gouv.fr", { role: "RECRUITER", invited: true });
    await issueAccountLink(t.db, invited.id, "INVITATION");
    await issueAccountLink(t.db, invited.id, "PASSWORD_RESET");
    const now = new Date("2026-12-04T09:00:00Z");

    const decision = await userForOidcProfile(claims("sub-camille", "Camille@A.gouv.fr"), now);

    expect(decision).toEqual({ ok: true, user: invited, acr: "eidas1", secondFactor: false });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: invited.id } })).toMatchObject({
      oidcSubject: "sub-camille",
      oidcLinkedAt: now,
      invitedAt: null,
    });
    // The invitation's link no longer opens anything; a reset link is not the invitation's.
    expect(await t.db.accountLink.findMany({ where: { userId: invited.id }, select: { purpose: true } })).toEqual([
      { purpose: "PASSWORD_RESET" },
    ]);
    const link = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.proconnect_link" } });
    expect(link).toMatchObject({ actorId: invited.id, subjectId: invited.id, subjectLabel: "camille@a.gouv.fr" });
    expect(JSON.parse(String(link.changes))).toEqual({
      ProConnect: [null, "sub-camille"],
      invitation: "acceptée par la connexion ProConnect",
    });
  });

  it("signs an identity already linked in again without linking it twice", async () => {
    const linked = await person(t.db, "dominique@a.gouv.fr", { role: "RECRUITER", sub: "sub-dominique" });
    // Another address in the token changes nothing: the subject decides once linked.
    expect(await userForOidcProfile(claims("sub-dominique", "autre@a.gouv.fr", { email_verified: false }))).toMatchObject({
      ok: true,
      user: linked,
    });
    expect(await t.db.auditEvent.count({ where: { action: "user.proconnect_link" } })).toBe(0);
  });

  it("refuses an address ProConnect does not say is verified, absent or false, and links nothing", async () => {
    const invited = await person(t.db, "eden@a.gouv.fr", { role: "RECRUITER", invited: true });
    expect(await userForOidcProfile(claims("sub-eden", invited.email, { email_verified: false }))).toEqual({
      ok: false,
      reason: "refused",
    });
    expect(await userForOidcProfile(claims("sub-eden", invited.email, { email_verified: undefined }))).toEqual({
      ok: false,
      reason: "refused",
    });
    expect(await userForOidcProfile(claims("sub-eden", invited.email, { email_verified: "true" }))).toEqual({
      ok: false,
      reason: "refused",
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: invited.id } })).toMatchObject({ oidcSubject: null });
    expect((await refusals(t.db)).map((r) => r.changes.motif)).toEqual(Array(3).fill("adresse non vérifiée par ProConnect"));
  });

  it("refuses an address without an account, keeping it masked in the log", async () => {
    expect(await userForOidcProfile(claims("sub-x", "inconnue@b.gouv.fr"))).toEqual({ ok: false, reason: "refused" });
    expect(await refusals(t.db)).toEqual([
      { label: "i…@b.gouv.fr", changes: { méthode: "ProConnect", motif: "aucun compte pour cette adresse" } },
    ]);
  });

  it("never links an admin's account automatically, and says why in the log", async () => {
    const admin = await person(t.db, "admin@rejoindre.gouv.fr", { admin: true });
    expect(await userForOidcProfile(claims("sub-admin", admin.email, { acr: TWO_FACTOR }))).toEqual({ ok: false, reason: "refused" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ oidcSubject: null });
    expect((await refusals(t.db))[0]).toEqual({
      label: admin.email,
      changes: { méthode: "ProConnect", motif: "compte administrateur : liaison automatique refusée", acr: TWO_FACTOR },
    });
  });

  it("refuses a second identity for an account already linked to another", async () => {
    const linked = await person(t.db, "farah@a.gouv.fr", { role: "RECRUITER", sub: "sub-farah" });
    expect(await userForOidcProfile(claims("sub-intruse", linked.email))).toEqual({ ok: false, reason: "refused" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({ oidcSubject: "sub-farah" });
    expect((await refusals(t.db))[0]?.changes.motif).toBe("compte déjà relié à une autre identité ProConnect");
  });

  it("refuses a disabled account, linked or not", async () => {
    const linked = await person(t.db, "gael@a.gouv.fr", { role: "RECRUITER", sub: "sub-gael" });
    const unlinked = await person(t.db, "hana@a.gouv.fr", { role: "RECRUITER" });
    await t.db.user.updateMany({ data: { disabledAt: new Date() } });
    expect(await userForOidcProfile(claims("sub-gael", linked.email))).toEqual({ ok: false, reason: "refused" });
    expect(await userForOidcProfile(claims("sub-hana", unlinked.email))).toEqual({ ok: false, reason: "refused" });
    expect(await t.db.user.count({ where: { oidcSubject: "sub-hana" } })).toBe(0);
  });

  it("asks a manager for a two-factor level: refused without one (and not linked), signed in with one", async () => {
    const manager = await person(t.db, "ines@a.gouv.fr", { role: "MANAGER" });
    expect(await userForOidcProfile(claims("sub-ines", manager.email))).toEqual({ ok: false, reason: "second-factor" });
    expect(await userForOidcProfile(claims("sub-ines", manager.email, { acr: undefined }))).toEqual({ ok: false, reason: "second-factor" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: manager.id } })).toMatchObject({ oidcSubject: null });
    expect((await refusals(t.db))[0]?.changes).toEqual({
      méthode: "ProConnect",
      motif: "niveau d'authentification ProConnect sans double facteur",
      acr: "eidas1",
    });
    for (const acr of ["eidas2", "eidas3", TWO_FACTOR, "https://proconnect.gouv.fr/assurance/consistency-checked-2fa"]) {
      expect(await userForOidcProfile(claims("sub-ines", manager.email, { acr }))).toEqual({
        ok: true,
        user: manager,
        acr,
        secondFactor: true,
      });
    }
  });

  it("asks an admin already linked for a two-factor level too; a recruiter signs in without one", async () => {
    const admin = await person(t.db, "jo@rejoindre.gouv.fr", { admin: true, sub: "sub-jo" });
    expect(await userForOidcProfile(claims("sub-jo", admin.email))).toEqual({ ok: false, reason: "second-factor" });
    expect(await userForOidcProfile(claims("sub-jo", admin.email, { acr: "eidas2" }))).toMatchObject({ ok: true, secondFactor: true });
    const recruiter = await person(t.db, "kim@a.gouv.fr", { role: "RECRUITER" });
    expect(await userForOidcProfile(claims("sub-kim", recruiter.email, { acr: "eidas1" }))).toMatchObject({
      ok: true,
      secondFactor: false,
    });
  });

  it("refuses a token without a subject", async () => {
    await person(t.db, "lou@a.gouv.fr", { role: "RECRUITER" });
    expect(await userForOidcProfile({ email: "lou@a.gouv.fr", email_verified: true } as never)).toEqual({ ok: false, reason: "refused" });
  });
});
