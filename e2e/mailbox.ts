// What the e2e mail server (e2e/smtp-server.ts) received, for specs that follow a mail's link.
import { expect } from "@playwright/test";

export const SMTP_HTTP_PORT = Number(process.env.E2E_PORT || 3100) + 4;

/** The text of a mail as sent: quoted-printable soft breaks and escapes undone. */
export function mailText(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

/** Waits for the mails to `to` whose text matches `pattern`, and returns the first match. */
export async function waitForMail(to: string, pattern: RegExp): Promise<RegExpExecArray> {
  let match: RegExpExecArray | null = null;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${SMTP_HTTP_PORT}/messages?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as { raw: string }[];
        match = mails.map((m) => pattern.exec(mailText(m.raw))).find(Boolean) ?? null;
        return match !== null;
      },
      { timeout: 30_000, message: `courriel à ${to}` },
    )
    .toBe(true);
  return match!;
}
