import "server-only";
// ProConnect, the State's sign-in for public agents, is a standard OpenID Connect provider:
// next-auth's generic OAuth provider with discovery, PKCE, state and nonce. It signs people
// in to accounts an admin created; it never creates one (no self sign-up to the admin area).
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { maskTypedAddress } from "@/lib/audit/personal-data";
import { recordAudit } from "@/lib/audit/record";

type OidcProfile = Profile & { sub?: string; email?: string; given_name?: string; usual_name?: string; family_name?: string };

export function proConnectEnabled(config: Env): boolean {
  return Boolean(config.PROCONNECT_ISSUER && config.PROCONNECT_CLIENT_ID && config.PROCONNECT_CLIENT_SECRET);
}

export function proConnectProvider(config: Env): OAuthConfig<OidcProfile> | null {
  if (!proConnectEnabled(config)) return null;
  const issuer = config.PROCONNECT_ISSUER!.replace(/\/$/, "");
  return {
    id: "proconnect",
    name: "ProConnect",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: config.PROCONNECT_CLIENT_ID,
    clientSecret: config.PROCONNECT_CLIENT_SECRET,
    authorization: {
      params: {
        scope: "openid email given_name usual_name",
        // The standard claims request: the identity comes in the signed, verified ID token.
        claims: JSON.stringify({ id_token: { email: { essential: true }, given_name: null, usual_name: null } }),
      },
    },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    client: { id_token_signed_response_alg: "RS256" },
    profile(profile) {
      const name = [profile.given_name, profile.usual_name ?? profile.family_name].filter(Boolean).join(" ");
      return { id: profile.sub ?? "", email: profile.email ?? null, name: name || profile.email || null };
    },
  };
}

/**
 * The enabled account an OpenID Connect identity signs in to: the one already linked to its
 * subject, else the one with its email (linked then), else none.
 */
export async function userForOidcProfile(profile: Profile | undefined): Promise<{ id: string; email: string } | null> {
  const { sub, email } = (profile ?? {}) as OidcProfile;
  if (!sub) return null;
  const db = await getDb();
  const linked = await db.user.findUnique({ where: { oidcSubject: sub }, select: { id: true, email: true, disabledAt: true } });
  const user =
    linked ??
    (email
      ? await db.user.findUnique({
          where: { email: email.trim().toLowerCase() },
          select: { id: true, email: true, disabledAt: true, oidcSubject: true },
        })
      : null);
  if (!user || user.disabledAt || ("oidcSubject" in user && user.oidcSubject && user.oidcSubject !== sub)) {
    // No account for this address: the address is a stranger's, not kept as given (docs/decisions/0015).
    const label = user ? (email ?? sub) : email ? maskTypedAddress(email) : sub;
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      actor: { label },
      subject: { type: "session", id: user?.id ?? null, label },
      changes: { méthode: "ProConnect", motif: user ? "compte désactivé ou lié à une autre identité" : "aucun compte pour cette adresse" },
    });
    return null;
  }
  if (!linked) await db.user.update({ where: { id: user.id }, data: { oidcSubject: sub } });
  return { id: user.id, email: user.email };
}
