import "server-only";
import { SERVICE_NAME, SERVICE_SIGNATURE } from "@/lib/brand";
import { env } from "@/lib/config/env";
import { formatDateTime } from "@/lib/dates/paris";
import type { OutgoingMail } from "@/lib/mail/outbox";
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
