// `node --import ./lib/http/forwarded-headers-preload.mjs .next/standalone/server.js`: the
// production server's requests carry only forwarding headers it can trust (docs/decisions/0016).
import { installForwardedHeaders, trustedProxiesFrom } from "./forwarded-headers.mjs";

installForwardedHeaders(trustedProxiesFrom(process.env.TRUST_PROXY));
