// A real OpenID Connect provider (the `oidc-provider` package) standing in for ProConnect in
// end-to-end tests: discovery, authorization code with PKCE, state and nonce, a signed ID
// token carrying the claims asked for with the standard `claims` parameter. Its development
// login form accepts any login: the whole login is the identity's subject, and prefixes choose
// what the ID token says, the rest being the email claim:
//   nonverifie+agent@x.gouv.fr  email_verified false (true otherwise)
//   mfa+agent@x.gouv.fr         acr https://proconnect.gouv.fr/assurance/self-asserted-2fa
//                               (eidas1, ProConnect's level without a second factor, otherwise)
// Prefixes combine: nonverifie+mfa+agent@x.gouv.fr.
import Provider from "oidc-provider";

const TWO_FACTOR_ACR = "https://proconnect.gouv.fr/assurance/self-asserted-2fa";

/** What a login typed on the provider's form stands for (see the prefixes above). */
function identityOf(login: string) {
  let rest = login;
  const flags = new Set<string>();
  for (let prefix = /^(nonverifie|mfa)\+(.+@.+)$/.exec(rest); prefix; prefix = /^(nonverifie|mfa)\+(.+@.+)$/.exec(rest)) {
    flags.add(prefix[1]!);
    rest = prefix[2]!;
  }
  return { email: rest, emailVerified: !flags.has("nonverifie"), acr: flags.has("mfa") ? TWO_FACTOR_ACR : "eidas1" };
}

const port = Number(process.env.OIDC_PORT);
const clientSecret = process.env.OIDC_CLIENT_SECRET;
const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? "").split(",").filter(Boolean);
if (!port || !clientSecret || redirectUris.length === 0) {
  console.error("OIDC_PORT, OIDC_CLIENT_SECRET et OIDC_REDIRECT_URIS sont requis.");
  process.exit(1);
}

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "rejoindre-e2e",
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: "RS256",
    },
  ],
  // Without acr values oidc-provider leaves the acr claim out of ID tokens.
  acrValues: ["eidas1", TWO_FACTOR_ACR],
  claims: { openid: ["sub"], email: ["email", "email_verified"], given_name: ["given_name"], usual_name: ["usual_name"] },
  features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true }, claimsParameter: { enabled: true } },
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        const { email, emailVerified } = identityOf(sub);
        return { sub, email, email_verified: emailVerified, given_name: "Agente", usual_name: "Publique" };
      },
    };
  },
});

// The development login form only says who signed in; the level of that sign-in (the ID token's
// acr) is set here, on the interaction's result, as a real provider's login step would.
const finish = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) =>
  finish(req, res, result.login ? { ...result, login: { ...result.login, acr: identityOf(result.login.accountId).acr } } : result, options);

provider.listen(port, "127.0.0.1", () => console.log(`Fournisseur OpenID Connect de test : http://127.0.0.1:${port}`));
