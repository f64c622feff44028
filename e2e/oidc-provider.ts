// A real OpenID Connect provider (the `oidc-provider` package) standing in for ProConnect in
// end-to-end tests: discovery, authorization code with PKCE, state and nonce, a signed ID
// token carrying the claims asked for with the standard `claims` parameter. Its development login form accepts any login, which
// becomes the identity's subject and email.
import Provider from "oidc-provider";

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
  claims: { openid: ["sub"], email: ["email", "email_verified"], given_name: ["given_name"], usual_name: ["usual_name"] },
  features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true }, claimsParameter: { enabled: true } },
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return { sub, email: sub, email_verified: true, given_name: "Agente", usual_name: "Publique" };
      },
    };
  },
});

provider.listen(port, "127.0.0.1", () => console.log(`Fournisseur OpenID Connect de test : http://127.0.0.1:${port}`));
