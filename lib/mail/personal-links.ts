// A mail may carry a link that is a secret of its recipient (the candidate's withdrawal
// links, a password reset link, an invitation): the outbox needs it until the mail has gone, and keeps the mail's text without it
// afterwards, so that the database holds no usable link (docs/decisions/0010).
import { INVITATION_PATH, PASSWORD_RESET_PATH } from "@/lib/account/paths";
import { POOL_WITHDRAWAL_PATH, WITHDRAWAL_PATH } from "@/lib/urls/public";

// Personal pages whose address ends with a token (base64url, 43 characters today).
const PERSONAL_LINK_PREFIXES = [WITHDRAWAL_PATH, POOL_WITHDRAWAL_PATH, PASSWORD_RESET_PATH, INVITATION_PATH];
const PERSONAL_LINKS = new RegExp(`(${PERSONAL_LINK_PREFIXES.join("|")})/[A-Za-z0-9_-]{32,}`, "g");

/** The text of a sent mail, its personal links replaced by a note saying they were erased. */
export function withoutPersonalLinks(text: string): string {
  return text.replace(PERSONAL_LINKS, "$1/[lien personnel, effacé après l'envoi]");
}
