import "server-only";
// ProConnect, the State's sign-in for public agents, is a standard OpenID Connect provider:
// next-auth's generic OAuth provider with discovery, PKCE, state and nonce. It signs people
// in to accounts an admin created; it never creates one (no self sign-up to the admin area).
// Which account an identity signs in to, and when: ./proconnect-link.ts.
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Env } from "@/lib/config/env";
import { TWO_FACTOR_ACRS } from "./proconnect-link";

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
        // The two-factor levels are asked as voluntary: as essential, ProConnect would fail
        // the sign-in of every agent whose identity provider cannot give them, recruiters
        // included; the level returned is checked against the account instead.
        claims: JSON.stringify({
          id_token: {
            email: { essential: true },
            email_verified: { essential: true },
            given_name: null,
            usual_name: null,
            acr: { essential: false, values: TWO_FACTOR_ACRS },
          },
        }),
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
