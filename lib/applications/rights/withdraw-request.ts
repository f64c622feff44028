import "server-only";
import { SERVICE_NAME } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { hit } from "@/lib/rate-limit/rate-limit";
import { withdrawalPath, WITHDRAWN_PATH } from "@/lib/urls/public";
import { refusalPage } from "../refusal-page";
import { withdrawApplication } from "./withdrawal";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "same-origin" };

/** What a personal link's confirmation does, and how its page and refusals read. */
export type TokenConfirmation = {
  /** The link's own page, where a refusal sends the visitor back and a failure lands. */
  pagePath: (token: string) => string;
  /** Where a done confirmation lands: a page that names no one. */
  donePath: string;
  /** Does it once: true when the token named something to do. */
  run: (token: string) => Promise<boolean>;
  refusal: { title: string; heading: string; nothingDone: string; backLabel: string };
};

function refusal(confirmation: TokenConfirmation, status: number, message: string, token: string, headers: Record<string, string> = {}) {
  const { backLabel, ...texts } = confirmation.refusal;
  const page = refusalPage(status, message, { href: confirmation.pagePath(token), label: backLabel }, texts);
  return new Response(page, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...PRIVATE, ...headers } });
}

/**
 * Whether the form was posted from the portal's own pages. Browsers send Sec-Fetch-Site (or
 * at least Origin) with every form POST: a page elsewhere cannot have a visitor confirm for it.
 * An Origin is compared with the public address only: Host and X-Forwarded-Host are the
 * sender's to choose. The token in the address is a secret too, so a forger would need it first.
 */
function sameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host === new URL(env().SITE_URL).host;
  } catch {
    return false;
  }
}

/**
 * The POST of a personal link's confirmation (a withdrawal): answers 303 to the page that says
 * it is done, or to the link's page (which then says the link no longer works), or a French
 * page with 403 or 429.
 */
export async function receiveTokenConfirmation(request: Request, token: string, confirmation: TokenConfirmation): Promise<Response> {
  if (!sameOrigin(request))
    return refusal(
      confirmation,
      403,
      "Cette demande ne vient pas du portail : ouvrez le lien reçu par courriel et confirmez depuis sa page.",
      token,
    );
  const config = env();
  const verdict = await hit(
    { name: "withdrawal", limit: config.WITHDRAWAL_RATE_LIMIT, windowMs: config.APPLICATION_RATE_WINDOW_MINUTES * 60_000 },
    clientAddress(request.headers),
  );
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    return refusal(
      confirmation,
      429,
      `Trop de demandes depuis votre connexion. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
      token,
      {
        "Retry-After": String(verdict.retryAfterSeconds),
      },
    );
  }
  const done = await confirmation.run(token);
  const location = done ? confirmation.donePath : confirmation.pagePath(token);
  return new Response(null, { status: 303, headers: { Location: location, ...PRIVATE } });
}

/** POST /candidature/retrait/<token>/confirmer: the candidate confirms the withdrawal of their application. */
export async function receiveWithdrawal(request: Request, token: string): Promise<Response> {
  return receiveTokenConfirmation(request, token, {
    pagePath: withdrawalPath,
    donePath: WITHDRAWN_PATH,
    run: async (token) => withdrawApplication(await getDb(), token),
    refusal: {
      title: `Retrait non effectué – ${SERVICE_NAME}`,
      heading: "Votre candidature n'a pas été retirée",
      nothingDone: "Rien n'a été effacé.",
      backLabel: "Revenir à la page de retrait",
    },
  });
}
