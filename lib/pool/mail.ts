import "server-only";
// The mail a candidate of the pool receives with an offer: what it is, where to read it, why
// they receive it, and their personal link to withdraw the consent.
import { SERVICE_NAME } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { formatDate } from "@/lib/dates/paris";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { poolWithdrawalPath, postingPath } from "@/lib/urls/public";

const siteUrl = (path: string) => new URL(path, env().SITE_URL).toString();

/** The outbox key of a proposal's mail. */
export const proposalMailKey = (proposalId: string) => `pool-proposal:${proposalId}`;

export type ProposedOffer = { slug: string; title: string; contactEmail: string | null; organisation: { name: string } };

export function proposalMail(
  proposalId: string,
  offer: ProposedOffer,
  candidate: { email: string; firstName: string; consentAt: Date; consentPostingTitle: string },
  token: string,
): OutgoingMail {
  return {
    dedupeKey: proposalMailKey(proposalId),
    to: candidate.email,
    replyTo: offer.contactEmail,
    subject: `Une offre pour vous : ${offer.title}`,
    text: [
      `Bonjour ${candidate.firstName},`,
      "",
      `${offer.organisation.name} vous propose son offre « ${offer.title} » : elle pourrait vous intéresser.`,
      "",
      `Pour la lire et, si elle vous plaît, y candidater : ${siteUrl(postingPath(offer.slug))}`,
      "",
      `Vous recevez ce courriel parce que, le ${formatDate(candidate.consentAt)}, en candidatant au poste « ${candidate.consentPostingTitle} », vous avez accepté que votre candidature soit conservée dans un vivier pour d'autres offres.`,
      "",
      "Pour retirer cet accord, suivez ce lien personnel, à ne pas transmettre : vous ne recevrez plus d'offres de cette façon.",
      siteUrl(poolWithdrawalPath(token)),
      "",
      `Ce que nous conservons, combien de temps, et comment demander l'effacement : ${siteUrl("/donnees-personnelles")}`,
      "",
      `L'équipe de recrutement – ${offer.organisation.name}, sur ${SERVICE_NAME}`,
    ].join("\n"),
  };
}
