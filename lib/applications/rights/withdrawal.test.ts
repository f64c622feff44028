// The candidate's own withdrawal: the link arrives in the acknowledgement mail (through a real
// SMTP server), works once, and nothing else opens it.
import { afterEach, describe, expect, it } from "vitest";
import { deliverDueMail } from "@/lib/mail/outbox";
import { startSmtpServer } from "@/lib/mail/test-smtp-server";
import { smtpSender } from "@/lib/mail/transport";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { receiveApplication } from "../receive";
import { applicationRequest, seedPosting, validFields } from "../test-support";
import { tablesMentioning } from "./testing";
import { receiveWithdrawal } from "./withdraw-request";
import { withdrawalPreview } from "./withdrawal";
import { withdrawalPath, WITHDRAWN_PATH } from "@/lib/urls/public";
import { hashWithdrawalToken, newWithdrawalToken } from "./withdrawal-token";

const SITE = "https://rejoindre.exemple.gouv.fr";

/** The text of a mail as sent: quoted-printable soft breaks and escapes undone. */
function decodedBody(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

const confirm = (token: string, headers: Record<string, string> = { origin: SITE }) =>
  receiveWithdrawal(
    new Request(`${SITE}${withdrawalPath(token)}/confirmer`, { method: "POST", headers: { "x-forwarded-for": "192.0.2.44", ...headers } }),
    token,
  );

describe.each(BACKENDS)("withdrawal through the personal link on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ SITE_URL: SITE, APPLICATION_RATE_LIMIT: "1000", WITHDRAWAL_RATE_LIMIT: "4" });
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  async function apply(lastName: string) {
    const email = `${lastName.toLowerCase()}@exemple.fr`;
    const response = await receiveApplication(
      applicationRequest("developpeuse", { fields: validFields({ lastName, email }) }),
      "developpeuse",
    );
    expect(response.status).toBe(303);
    return email;
  }

  it("the acknowledgement carries a link that withdraws the application once, leaving no trace of the person", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    await seedPosting(t.db);
    const email = await apply("Quenouille");
    const other = await apply("Autrepersonne");
    await deliverDueMail(t.db, smtpSender(smtp.url));

    const acknowledgement = smtp.received.find((m) => m.to.includes(email) && m.subject.startsWith("Candidature reçue"));
    const link = new RegExp(`${SITE}/candidature/retrait/([A-Za-z0-9_-]{43})`).exec(decodedBody(acknowledgement!.raw));
    expect(link, "lien de retrait dans l'accusé de réception").not.toBeNull();
    const token = link![1]!;
    // Only the hash is stored.
    expect(await tablesMentioning(t.db, [token])).toEqual([]);
    expect(await t.db.application.findFirst({ where: { email }, select: { withdrawalTokenHash: true } })).toEqual({
      withdrawalTokenHash: hashWithdrawalToken(token),
    });

    expect(await withdrawalPreview(t.db, token)).toMatchObject({
      firstName: "Camille",
      postingTitle: "Développeuse ou développeur",
      organisationName: "L'Équipe",
    });
    const done = await confirm(token);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(WITHDRAWN_PATH);
    expect(done.headers.get("cache-control")).toBe("private, no-store");

    expect(await tablesMentioning(t.db, [email, "Quenouille"])).toEqual([]);
    expect(await t.db.application.count({ where: { email: other } })).toBe(1);
    const [audit] = await t.db.auditEvent.findMany({ where: { action: "application.withdraw" } });
    expect(audit).toMatchObject({ subjectLabel: "Candidature à « Développeuse ou développeur »", clientAddress: null });

    // Used: the link now leads to its page, which says it no longer works.
    expect(await withdrawalPreview(t.db, token)).toBeNull();
    const again = await confirm(token);
    expect(again.headers.get("location")).toBe(withdrawalPath(token));
    expect(await t.db.auditEvent.count({ where: { action: "application.withdraw" } })).toBe(1);
  });

  it("refuses a wrong or malformed token, and a confirmation posted from another site", async () => {
    await seedPosting(t.db);
    const email = await apply("Gardee");
    const real = newWithdrawalToken();
    await t.db.application.update({
      where: { postingId_email: { postingId: (await t.db.posting.findFirstOrThrow()).id, email } },
      data: { withdrawalTokenHash: real.hash },
    });

    const wrong = newWithdrawalToken().token;
    expect(await withdrawalPreview(t.db, wrong)).toBeNull();
    expect((await confirm(wrong)).headers.get("location")).toBe(withdrawalPath(wrong));
    expect(await withdrawalPreview(t.db, "trop-court")).toBeNull();
    expect(await withdrawalPreview(t.db, real.hash)).toBeNull();

    const forged = await confirm(real.token, { origin: "https://ailleurs.exemple.com" });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("Votre candidature n'a pas été retirée");
    expect((await confirm(real.token, { origin: SITE, "sec-fetch-site": "cross-site" })).status).toBe(403);
    // A page whose policy sends no referrer makes the browser send "Origin: null".
    expect((await confirm(real.token, { origin: "null" })).status).toBe(403);
    // Host and X-Forwarded-Host are the sender's to write: only SITE_URL's host is the portal's.
    const evil = "https://ailleurs.exemple.com";
    expect((await confirm(real.token, { origin: evil, "x-forwarded-host": "ailleurs.exemple.com" })).status).toBe(403);
    expect((await confirm(real.token, { origin: evil, host: "ailleurs.exemple.com" })).status).toBe(403);
    expect(await t.db.application.count()).toBe(1);
    expect((await confirm(real.token)).headers.get("location")).toBe(WITHDRAWN_PATH);
  });

  it("limits the confirmations from one address", async () => {
    await seedPosting(t.db);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await confirm(newWithdrawalToken().token)).status);
    expect(statuses).toEqual([303, 303, 303, 303, 429]);
  });
});
