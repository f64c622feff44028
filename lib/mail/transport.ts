import "server-only";
import nodemailer from "nodemailer";
import { SERVICE_NAME } from "@/lib/brand";
import { env } from "@/lib/config/env";
import type { SendMail } from "./outbox";

/** The sender address: MAIL_FROM, or a no-reply address at the portal's own host. */
export function mailFrom(): string {
  const { MAIL_FROM, SITE_URL } = env();
  return MAIL_FROM ?? `${SERVICE_NAME} <ne-pas-repondre@${new URL(SITE_URL).hostname}>`;
}

/**
 * Sends through the SMTP server at `smtpUrl` (smtp://user:password@host:587, smtps://… for
 * implicit TLS). Timeouts are short: a slow server delays the outbox, never a candidate.
 */
export function smtpSender(smtpUrl: string, from = mailFrom()): SendMail {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return async (mail) => {
    await transport.sendMail({
      from,
      to: mail.to,
      replyTo: mail.replyTo ?? undefined,
      subject: mail.subject,
      text: mail.text,
    });
  };
}

/** The configured sender, or null when SMTP_URL is unset and mail stays in the outbox. */
export function configuredSender(): SendMail | null {
  const url = env().SMTP_URL;
  return url ? smtpSender(url) : null;
}
