import "server-only";
// Which account a ProConnect identity signs in to (docs/decisions/0028-proconnect-linking-and-assurance.md).
// An identity already linked signs in to its account. An unknown one is linked only to the
// account invited or created for its address, when the ID token says the address is verified,
// and never automatically to an admin's. Admins and managers must also bring a two-factor
// assurance level from ProConnect, or sign in with their password and code instead.
// Every refusal is audited with its reason; the sign-in page gives one message for all of
// them but the assurance one, so that nobody learns from it whether an address has an account.
import type { Profile } from "next-auth";
import { maskTypedAddress } from "@/lib/audit/personal-data";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { normaliseEmail } from "./email";
import { secondFactorRequired } from "./permissions";

/**
 * The `acr` values ProConnect documents as two-factor authentication: eIDAS substantial and
 * high, and ProConnect's own self-asserted-2fa and consistency-checked-2fa levels.
 */
export const TWO_FACTOR_ACRS = [
  "eidas2",
  "eidas3",
  "https://proconnect.gouv.fr/assurance/self-asserted-2fa",
  "https://proconnect.gouv.fr/assurance/consistency-checked-2fa",
] as const;

export const isTwoFactorAcr = (acr: unknown): boolean => typeof acr === "string" && (TWO_FACTOR_ACRS as readonly string[]).includes(acr);

/** The claims of the ID token the rules read. */
export type OidcClaims = Profile & { sub?: string; email?: string; email_verified?: unknown; acr?: unknown };

export type OidcSignIn =
  | { ok: true; user: { id: string; email: string }; acr: string | null; secondFactor: boolean }
  /** `refused`: one message for every case; `second-factor`: a person who must bring a second factor did not. */
  | { ok: false; reason: "refused" | "second-factor" };

const ACCOUNT = {
  id: true,
  email: true,
  name: true,
  admin: true,
  disabledAt: true,
  oidcSubject: true,
  invitedAt: true,
  memberships: { select: { organisationId: true, role: true } },
} as const;

/**
 * Decides a ProConnect sign-in, linking the identity when the rules allow it. Running it again
 * for the same identity gives the same answer and links nothing twice (next-auth asks twice).
 */
export async function userForOidcProfile(profile: Profile | undefined, now = new Date()): Promise<OidcSignIn> {
  const claims = (profile ?? {}) as OidcClaims;
  const sub = typeof claims.sub === "string" && claims.sub !== "" ? claims.sub : null;
  const email = typeof claims.email === "string" ? normaliseEmail(claims.email) : null;
  const acr = typeof claims.acr === "string" ? claims.acr : null;
  const db = await getDb();

  const refuse = async (
    reason: string,
    account: { id: string; email: string } | null,
    outcome: "refused" | "second-factor" = "refused",
  ) => {
    // No account for the address: the address is a stranger's, kept masked (docs/decisions/0015).
    const label = account ? account.email : email ? maskTypedAddress(email) : "identité ProConnect sans adresse";
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      actor: account ?? { label },
      subject: { type: "session", id: account?.id ?? null, label },
      changes: { méthode: "ProConnect", motif: reason, ...(account ? { acr } : {}) },
    });
    return { ok: false as const, reason: outcome };
  };

  if (!sub) return refuse("jeton d'identité sans identifiant (sub)", null);
  const linked = await db.user.findUnique({ where: { oidcSubject: sub }, select: ACCOUNT });
  let account = linked;
  if (!account) {
    // The address decides the first link only when ProConnect vouches for it.
    if (claims.email_verified !== true) return refuse("adresse non vérifiée par ProConnect", null);
    if (!email) return refuse("jeton d'identité sans adresse", null);
    account = await db.user.findUnique({ where: { email }, select: ACCOUNT });
    if (!account) return refuse("aucun compte pour cette adresse", null);
    if (account.oidcSubject) return refuse("compte déjà relié à une autre identité ProConnect", account);
    // An admin's account is the whole portal's: its link is never made from an email claim.
    if (account.admin) return refuse("compte administrateur : liaison automatique refusée", account);
  }
  if (account.disabledAt) return refuse("compte désactivé", account);

  const secondFactor = isTwoFactorAcr(acr);
  if (!secondFactor && secondFactorRequired(account)) {
    return refuse("niveau d'authentification ProConnect sans double facteur", account, "second-factor");
  }

  if (!linked) {
    const linkedNow = await linkIdentity(account, sub, now);
    if (!linkedNow) return refuse("compte relié entre-temps à une autre identité ProConnect", account);
  }
  return { ok: true, user: { id: account.id, email: account.email }, acr, secondFactor };
}

/**
 * Links the identity, and when it is the first sign-in of an invited person, accepts the
 * invitation: its links are spent in the same transaction, so the mailed one no longer works.
 * False when someone else linked the account first.
 */
async function linkIdentity(account: { id: string; email: string; invitedAt: Date | null }, sub: string, now: Date): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: account.id, oidcSubject: null },
      data: { oidcSubject: sub, oidcLinkedAt: now, invitedAt: null },
    });
    if (count !== 1) return false;
    if (account.invitedAt) await tx.accountLink.deleteMany({ where: { userId: account.id, purpose: "INVITATION" } });
    await recordAudit(tx, {
      action: "user.proconnect_link",
      actor: { id: account.id, email: account.email },
      subject: { type: "user", id: account.id, label: account.email },
      // The subject is the team member's own identifier at ProConnect: kept, like their address.
      changes: { ProConnect: [null, sub], ...(account.invitedAt ? { invitation: "acceptée par la connexion ProConnect" } : {}) },
    });
    return true;
  });
}
