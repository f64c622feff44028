import { createServer, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/config/env";
import { receiveApplication } from "@/lib/applications/receive";
import { applicationRequest, seedPosting, validFields } from "@/lib/applications/test-support";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { activeSender } from "./delivery";
import { deliverDueMail } from "./outbox";
import { startSmtpServer } from "./test-smtp-server";
import { smtpSender } from "./transport";

const SLUG = "developpeuse";
const FROM = "Rejoindre <ne-pas-repondre@rejoindre.test>";

/** An address where nothing listens: a port taken, then released. */
async function deadSmtpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}

describe.each(BACKENDS)("mail of an application on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it("sends the acknowledgement to the candidate and the notification to the posting's contact, once", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    await seedPosting(t.db);
    await receiveApplication(applicationRequest(SLUG, { fields: validFields({ email: "zoe@exemple.fr", firstName: "Zoé" }) }), SLUG);

    const send = smtpSender(smtp.url, FROM);
    expect(await deliverDueMail(t.db, send)).toEqual({ sent: 2, failed: 0 });
    expect(await deliverDueMail(t.db, send)).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received.map((m) => [m.to, m.subject]).sort()).toEqual([
      [["recrutement@equipe.gouv.fr"], "Nouvelle candidature : Développeuse ou développeur"],
      [["zoe@exemple.fr"], "Candidature reçue : Développeuse ou développeur"],
    ]);
    expect(smtp.received.every((m) => m.from === "ne-pas-repondre@rejoindre.test")).toBe(true);
    const acknowledgement = smtp.received.find((m) => m.to[0] === "zoe@exemple.fr")!;
    expect(acknowledgement.raw).toMatch(/^Reply-To: recrutement@equipe\.gouv\.fr/m);
    expect(await t.db.outboxMail.count({ where: { sentAt: null } })).toBe(0);
    const kept = await t.db.outboxMail.findFirstOrThrow({ where: { to: "zoe@exemple.fr" }, select: { text: true } });
    expect(kept.text).not.toMatch(/\/candidature\/retrait\/[A-Za-z0-9_-]{43}/);
    expect(kept.text).toContain("/candidature/retrait/[lien personnel, effacé après l'envoi]");
  });

  it("keeps the application and queues its mail when SMTP is down, then sends it when the server is back", async () => {
    await seedPosting(t.db);
    const response = await receiveApplication(applicationRequest(SLUG), SLUG);
    expect(response.status).toBe(303);

    const now = new Date();
    const down = await deliverDueMail(t.db, smtpSender(await deadSmtpUrl(), FROM), () => now);
    expect(down).toEqual({ sent: 0, failed: 2 });
    expect(await t.db.application.count()).toBe(1);
    const queued = await t.db.outboxMail.findMany();
    expect(queued).toHaveLength(2);
    for (const mail of queued) {
      expect(mail).toMatchObject({ sentAt: null, attempts: 1, lockedUntil: null });
      expect(mail.lastError).toBeTruthy();
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    }

    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const send = smtpSender(smtp.url, FROM);
    expect(await deliverDueMail(t.db, send, () => now)).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + 2 * 60_000);
    expect(await deliverDueMail(t.db, send, () => later)).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("sends the mail of an application in the background once SMTP_URL is set, the response not waiting", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = smtp.url;
    resetEnvForTests();
    closers.push(async () => {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      resetEnvForTests();
    });
    await seedPosting(t.db);
    const response = await receiveApplication(applicationRequest(SLUG, { fields: validFields({ email: "zoe@exemple.fr" }) }), SLUG);
    expect(response.status).toBe(303);
    await vi.waitFor(() => expect(smtp.received).toHaveLength(2), { timeout: 10_000 });
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual(["recrutement@equipe.gouv.fr", "zoe@exemple.fr"]);
  });

  it("without SMTP_URL, keeps mail queued in production and prints it to the console in development", async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, SMTP_URL: process.env.SMTP_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };
    closers.push(async () => {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete (process.env as Record<string, string | undefined>)[name];
        else (process.env as Record<string, string | undefined>)[name] = value;
      }
      resetEnvForTests();
    });
    delete process.env.SMTP_URL;
    (process.env as Record<string, string>).NODE_ENV = "production";
    // Production refuses to start without a session secret.
    process.env.NEXTAUTH_SECRET = "x".repeat(32);
    resetEnvForTests();
    expect(activeSender()).toBeNull();
    await seedPosting(t.db);
    await receiveApplication(applicationRequest(SLUG, { fields: validFields({ email: "zoe@exemple.fr" }) }), SLUG);
    expect(await t.db.outboxMail.count({ where: { sentAt: null } })).toBe(2);

    (process.env as Record<string, string>).NODE_ENV = "development";
    resetEnvForTests();
    const printed = vi.spyOn(console, "info").mockImplementation(() => {});
    closers.push(async () => printed.mockRestore());
    expect(await deliverDueMail(t.db, activeSender()!)).toEqual({ sent: 2, failed: 0 });
    expect(printed.mock.calls.map((call) => String(call[0]))).toEqual(
      expect.arrayContaining([expect.stringMatching(/À : zoe@exemple\.fr\n[\s\S]*Objet : Candidature reçue/)]),
    );
  });

  it("never sends a mail twice when two senders run at once", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    await seedPosting(t.db);
    for (let i = 0; i < 5; i++) await receiveApplication(applicationRequest(SLUG), SLUG);

    const send = smtpSender(smtp.url, FROM);
    const reports = await Promise.all([deliverDueMail(t.db, send), deliverDueMail(t.db, send)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(10);
    expect(smtp.received).toHaveLength(10);
  });
});
