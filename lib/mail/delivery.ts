import "server-only";
import { env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { deliverDueMail, type SendMail } from "./outbox";
import { configuredSender } from "./transport";

/** In development without SMTP_URL, mail is "sent" to the console, and marked sent in the outbox. */
const consoleSender: SendMail = async (mail) => {
  console.info(
    [
      "── Courriel (SMTP_URL non configurée) ──",
      `À : ${mail.to}`,
      mail.replyTo ? `Répondre à : ${mail.replyTo}` : "",
      `Objet : ${mail.subject}`,
      "",
      mail.text,
      "──",
    ]
      .filter((l, i) => l !== "" || i === 4)
      .join("\n"),
  );
};

/** The sender in force: SMTP when configured; the console in development; none otherwise. */
export function activeSender(): SendMail | null {
  return configuredSender() ?? (env().NODE_ENV === "development" ? consoleSender : null);
}

const state = globalThis as unknown as { rejoindreMailRun?: Promise<void>; rejoindreMailAgain?: boolean };

/**
 * Sends what the outbox holds, in the background: the caller (a candidate's request) never
 * waits for the mail server. One run at a time per process; a call during a run asks for
 * another pass. Without any sender, mail simply stays queued in the outbox.
 */
export function sendQueuedMailSoon(): void {
  const send = activeSender();
  if (!send) return;
  if (state.rejoindreMailRun) {
    state.rejoindreMailAgain = true;
    return;
  }
  state.rejoindreMailRun = (async () => {
    do {
      state.rejoindreMailAgain = false;
      await deliverDueMail(await getDb(), send);
    } while (state.rejoindreMailAgain);
  })()
    .catch((error) => log().error({ err: error, job: "mail" }, "envoi des courriels en attente impossible"))
    .finally(() => {
      state.rejoindreMailRun = undefined;
    });
}
