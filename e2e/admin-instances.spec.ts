// Two instances of the portal behind one PostgreSQL, as behind a load balancer: traffic spread
// over both shares everything through the database. Each mail goes out once, the rate limit
// counts across both, the same submission sent to both is stored once, a session opened on
// one is valid on the other, and no scheduled job runs twice.
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { createDb } from "../lib/db/client";
import { validFields } from "../lib/applications/test-fields";
import { pdfBytes } from "../lib/applications/test-files";
import { startSmtpServer } from "../lib/mail/test-smtp-server";
import { createUser } from "../lib/users/create";
import { enrolSecondFactor, signIn } from "./accounts";
import { demoPostings, formPath, formPosting } from "./demo-postings";
import { freshPortalDatabase } from "./fresh-database";
import { freePort, productionEnv, startPortal, type PortalProcess } from "./portal-process";

// lib/jobs/jobs.ts, which Playwright cannot load ("server-only"): each job's interval.
const JOB_INTERVALS_MS: Record<string, number> = {
  "mail-retries": 60_000,
  "postings-auto-close": 60_000,
  "retention-purge": 24 * 60 * 60_000,
  "rate-limit-purge": 60 * 60_000,
};
const RATE_LIMIT = 6;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "postgresql-admin", "plusieurs instances : PostgreSQL seulement");
});

function application(fields: { email: string; idempotencyKey?: string }): FormData {
  const form = new FormData();
  const { idempotencyKey, ...rest } = fields;
  for (const [name, value] of Object.entries(validFields({ ...rest, ...(idempotencyKey && { idempotencyKey }) }))) form.append(name, value);
  form.append("cv", new File([new Uint8Array(pdfBytes())], "cv.pdf", { type: "application/pdf" }));
  return form;
}

const apply = (portal: PortalProcess, form: FormData) =>
  fetch(`${portal.url}${formPath(formPosting())}/envoi`, { method: "POST", body: form, redirect: "manual" }).then((r) => r.status);

type LogLine = { event?: string; job?: string; time: string };
const jsonLines = (portal: PortalProcess): LogLine[] =>
  portal
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);

test("deux instances sur une même base : courriels envoyés une fois, limite comptée sur les deux, sessions partagées, aucune tâche planifiée en double", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const database = await freshPortalDatabase(testInfo, "instances");
  const smtp = await startSmtpServer();
  const portals: PortalProcess[] = [];
  try {
    // An offer past its closing date, for the auto-close job both instances would otherwise run.
    const expired = demoPostings().find((p) => p.open && p.slug !== formPosting().slug)!;
    const db = await createDb(database.url);
    await db.posting.update({ where: { slug: expired.slug }, data: { closesAt: new Date(Date.now() - 60_000) } });
    const admin = await createUser(
      db,
      { by: { label: "tests e2e" } },
      { email: `admin-${randomUUID().slice(0, 8)}@e2e.gouv.fr`, name: "Admin", role: "admin", organisationIds: [] },
    );
    if (!admin.ok) throw new Error(admin.message);

    const [portA, portB] = [await freePort(), await freePort()];
    // What instances must share: the secrets, the database, the mail server. Each looks for
    // due work every half second, so both compete for every job.
    const shared = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      SITE_URL: `http://127.0.0.1:${portA}`,
      NEXTAUTH_URL: `http://127.0.0.1:${portA}`,
      SMTP_URL: smtp.url,
      // Every submission counts on the attempts limit, so the one sent to both counts twice.
      APPLICATION_ATTEMPT_RATE_LIMIT: String(RATE_LIMIT),
      APPLICATION_RATE_LIMIT: String(RATE_LIMIT),
      APPLICATION_UNVERIFIED_RATE_LIMIT: String(RATE_LIMIT),
      JOBS_TICK_MS: "500",
    };
    const [a, b] = await Promise.all([startPortal(productionEnv(shared), portA), startPortal(productionEnv(shared), portB)]);
    portals.push(a, b);
    const startedAt = Date.now();

    // The same submission (one idempotency key) reaching both instances at once: stored once.
    const twice = application({ email: `double.${randomUUID().slice(0, 8)}@exemple.fr` });
    expect(await Promise.all([apply(a, twice), apply(b, twice)])).toEqual([303, 303]);
    // Then distinct applications, alternately on each instance, up to the limit of the address.
    const emails = [twice.get("email") as string];
    for (let i = 0; i < RATE_LIMIT - 2; i++) {
      const email = `camille.${randomUUID().slice(0, 8)}@exemple.fr`;
      emails.push(email);
      expect(await apply(i % 2 ? b : a, application({ email }))).toBe(303);
    }
    // Six submissions counted across both: the seventh is refused whichever instance gets it.
    expect(await apply(a, application({ email: "septieme@exemple.fr" }))).toBe(429);
    expect(await apply(b, application({ email: "huitieme@exemple.fr" }))).toBe(429);
    expect(await db.application.count()).toBe(emails.length);

    // Every mail of the outbox goes out, each exactly once, though both instances deliver.
    const outbox = await db.outboxMail.findMany({ select: { to: true, subject: true } });
    expect(outbox.length).toBeGreaterThanOrEqual(emails.length);
    await expect.poll(() => db.outboxMail.count({ where: { sentAt: null } }), { timeout: 30_000 }).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.received).toHaveLength(outbox.length);
    for (const email of emails) {
      expect(
        smtp.received.filter((m) => m.to.includes(email) && m.subject.startsWith("Candidature reçue")),
        email,
      ).toHaveLength(1);
    }

    // A session opened on one instance is valid on the other (cookies do not depend on the port).
    const context = await browser.newContext();
    const page = await context.newPage();
    // An admin must have a second factor (docs/decisions/0026): theirs is sealed under the instances' shared secret.
    const totpSecret = await enrolSecondFactor(db, admin.id, shared.NEXTAUTH_SECRET);
    await signIn(page, { email: admin.email, password: admin.password, totpSecret }, `${a.url}/admin`);
    await page.goto(`${b.url}/admin/offres`);
    await expect(page.getByText("Connecté·e :")).toBeVisible();
    await expect(page).toHaveURL(`${b.url}/admin/offres`);
    await context.close();

    // The expired offer is closed once, by one instance.
    await expect.poll(() => db.posting.findUniqueOrThrow({ where: { slug: expired.slug } }).then((p) => p.status)).toBe("CLOSED");
    expect(
      await db.auditEvent.count({
        where: { action: "posting.close", subjectId: (await db.posting.findUniqueOrThrow({ where: { slug: expired.slug } })).id },
      }),
    ).toBe(1);

    // No job ran twice within its interval, across both instances' logs, though both ticked
    // about every half second all along (five seconds at least: ten chances each).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 5_000 - (Date.now() - startedAt))));
    const runs = [...jsonLines(a), ...jsonLines(b)].filter((line) => line.event === "job.run" || line.event === "job.failed");
    expect(runs.filter((r) => r.event === "job.failed")).toEqual([]);
    for (const [job, interval] of Object.entries(JOB_INTERVALS_MS)) {
      const times = runs
        .filter((r) => r.job === job)
        .map((r) => Date.parse(r.time))
        .sort((x, y) => x - y);
      expect(times.length, job).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, job).toBeGreaterThanOrEqual(interval - 1000);
    }
    await db.$disconnect();
  } finally {
    await Promise.all(portals.map((p) => p.stop()));
    await smtp.close();
    await database.remove();
  }
});
