import "server-only";
import { SERVICE_NAME, SERVICE_SIGNATURE } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { formatDate } from "@/lib/dates/paris";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { postingPath } from "@/lib/urls/public";

export type MailPosting = { slug: string; title: string; contactEmail: string | null; organisationName: string; blindReview?: boolean };
export type MailApplicant = { firstName: string; lastName: string; email: string; needsReview: boolean };

const siteUrl = (path: string) => new URL(path, env().SITE_URL).toString();

/** The acknowledgement a candidate receives once the application is stored. */
export function acknowledgementMail(
  key: string,
  posting: MailPosting,
  applicant: MailApplicant,
  at: Date,
  withdrawalPath: string,
): OutgoingMail {
  return {
    dedupeKey: `application-acknowledgement:${key}`,
    to: applicant.email,
    replyTo: posting.contactEmail,
    subject: `Candidature reçue : ${posting.title}`,
    text: [
      `Bonjour ${applicant.firstName},`,
      "",
      `Votre candidature au poste « ${posting.title} » (${posting.organisationName}) a bien été reçue le ${formatDate(at)}.`,
      "",
      "L'équipe qui recrute va l'étudier et reviendra vers vous, que votre profil soit retenu ou non.",
      posting.contactEmail
        ? `Pour compléter votre candidature ou poser une question, répondez à ce message : il parviendra à ${posting.contactEmail}.`
        : "Pour compléter votre candidature ou poser une question, répondez à l'adresse de contact indiquée dans l'offre.",
      "",
      `L'offre : ${siteUrl(postingPath(posting.slug))}`,
      "",
      "Pour retirer vous-même votre candidature (elle sera alors effacée, CV compris), suivez ce lien personnel, à ne pas transmettre :",
      siteUrl(withdrawalPath),
      "",
      `Ce que nous conservons, combien de temps, et comment demander l'effacement : ${siteUrl("/donnees-personnelles")}`,
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}

/**
 * The notice the posting's contact receives. It names the candidate and holds no CV; for an
 * offer read blind (docs/decisions/0030), it names nobody and a reply cannot reach the candidate.
 */
export function recruiterNotificationMail(
  key: string,
  posting: MailPosting & { contactEmail: string },
  applicant: MailApplicant,
  at: Date,
): OutgoingMail {
  return {
    dedupeKey: `application-notification:${key}`,
    to: posting.contactEmail,
    replyTo: posting.blindReview ? null : applicant.email,
    subject: `Nouvelle candidature : ${posting.title}`,
    text: [
      "Bonjour,",
      "",
      posting.blindReview
        ? `Une nouvelle candidature a été reçue le ${formatDate(at)} au poste « ${posting.title} ». Cette offre est lue à l'aveugle : la candidature est anonyme jusqu'à l'entretien.`
        : `${applicant.firstName} ${applicant.lastName} a candidaté le ${formatDate(at)} au poste « ${posting.title} ».`,
      applicant.needsReview
        ? "Cette candidature est à vérifier : elle a été envoyée sans le contrôle anti-robot (navigateur sans JavaScript)."
        : "",
      "",
      `La candidature et son CV sont dans l'espace de recrutement : ${siteUrl("/admin")}`,
      posting.blindReview ? "" : "Répondre à ce message écrit à la candidate ou au candidat.",
      "",
      SERVICE_NAME,
    ]
      .filter((line, i, lines) => line !== "" || lines[i - 1] !== "")
      .join("\n"),
  };
}

/**
 * The answer to a second application to the same posting from the same address. It goes to
 * that address only, so that the form never tells a stranger whether someone applied.
 */
export function alreadyAppliedMail(key: string, posting: MailPosting, email: string): OutgoingMail {
  return {
    dedupeKey: `application-duplicate:${key}`,
    to: email,
    replyTo: posting.contactEmail,
    subject: `Vous avez déjà candidaté : ${posting.title}`,
    text: [
      "Bonjour,",
      "",
      `Une candidature au poste « ${posting.title} » (${posting.organisationName}) a été envoyée avec cette adresse, alors qu'une candidature précédente existe déjà.`,
      "La première candidature est conservée telle quelle ; la nouvelle n'a pas été enregistrée.",
      "",
      posting.contactEmail
        ? `Pour modifier ou compléter votre candidature, répondez à ce message : il parviendra à ${posting.contactEmail}.`
        : "Pour modifier ou compléter votre candidature, écrivez à l'adresse de contact indiquée dans l'offre.",
      "Si vous n'êtes pas à l'origine de cet envoi, vous pouvez ignorer ce message.",
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}
