import "server-only";
import { SERVICE_NAME, SERVICE_SIGNATURE } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { formatDateTime } from "@/lib/dates/paris";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { invitationUrl } from "@/lib/users/invite";
import { ACCOUNT_PATH, PASSWORD_RESET_PATH } from "./paths";

/** The notice sent when a password changes: if it was not them, the person knows at once. */
export function passwordChangedMail(user: { id: string; email: string; name: string }, at: Date): OutgoingMail {
  return {
    dedupeKey: `password-changed:${user.id}:${at.getTime()}`,
    to: user.email,
    subject: `${SERVICE_NAME} : votre mot de passe a été changé`,
    text: [
      `Bonjour ${user.name},`,
      "",
      `Le mot de passe de votre compte ${SERVICE_NAME} (${user.email}) a été changé le ${formatDateTime(at)}.`,
      "Vos autres sessions ouvertes ont été fermées.",
      "",
      "Si vous n'êtes pas à l'origine de ce changement, prévenez sans attendre l'administrateur de votre organisation :",
      "quelqu'un connaît peut-être votre mot de passe.",
      "",
      `Votre compte : ${new URL(ACCOUNT_PATH, env().SITE_URL).toString()}`,
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}

/** The forgotten-password link: single use, one hour. If the person asked nothing, nothing changes. */
export function passwordResetMail(user: { id: string; email: string; name: string }, token: string, at: Date): OutgoingMail {
  return {
    dedupeKey: `password-reset:${user.id}:${at.getTime()}`,
    to: user.email,
    subject: `${SERVICE_NAME} : choisir un nouveau mot de passe`,
    text: [
      `Bonjour ${user.name},`,
      "",
      `Quelqu'un (vous, sans doute) a demandé à choisir un nouveau mot de passe pour votre compte ${SERVICE_NAME} (${user.email}).`,
      "Pour le choisir, suivez ce lien personnel, valable une heure et une seule fois, à ne pas transmettre :",
      new URL(`${PASSWORD_RESET_PATH}/${token}`, env().SITE_URL).toString(),
      "",
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}

type Invitee = { userId: string; email: string; name: string };

/** Who invites (null for a link the invitee renewed), and to what. */
export type InvitationContext = { inviter: string | null; organisations: string[]; admin: boolean };

function invitationScope({ organisations, admin }: InvitationContext): string {
  if (admin) return `${SERVICE_NAME}, comme administrateur ou administratrice`;
  return organisations.join(", ");
}

/** The invitation: a personal link, valid seven days and once, to choose one's password. */
export function invitationMail(user: Invitee, token: string, expiresAt: Date, context: InvitationContext, at: Date): OutgoingMail {
  return {
    dedupeKey: `invitation:${user.userId}:${at.getTime()}`,
    to: user.email,
    subject: `${SERVICE_NAME} : invitation à l'espace recruteurs`,
    text: [
      `Bonjour ${user.name},`,
      "",
      context.inviter
        ? `${context.inviter} vous invite à rejoindre l'espace recruteurs de ${SERVICE_NAME} : ${invitationScope(context)}.`
        : `Voici le nouveau lien demandé pour rejoindre l'espace recruteurs de ${SERVICE_NAME} : ${invitationScope(context)}.`,
      "Pour activer votre compte, choisissez votre mot de passe en suivant ce lien personnel, à ne pas transmettre :",
      invitationUrl(token),
      "",
      `Ce lien ne sert qu'une fois et vaut jusqu'au ${formatDateTime(expiresAt)}. Passé ce délai, la page du lien vous permet d'en recevoir un nouveau.`,
      "Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera activé.",
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}

/** Someone who already has an account, given access to more organisations: no link, they sign in as before. */
export function accessGrantedMail(user: Invitee, context: InvitationContext, at: Date): OutgoingMail {
  return {
    dedupeKey: `access-granted:${user.userId}:${at.getTime()}`,
    to: user.email,
    subject: `${SERVICE_NAME} : nouvel accès dans l'espace recruteurs`,
    text: [
      `Bonjour ${user.name},`,
      "",
      `${context.inviter} vous a donné accès, dans l'espace recruteurs de ${SERVICE_NAME}, à : ${invitationScope(context)}.`,
      "Connectez-vous comme d'habitude :",
      new URL(SIGN_IN_PATH, env().SITE_URL).toString(),
      "",
      SERVICE_SIGNATURE,
    ].join("\n"),
  };
}
