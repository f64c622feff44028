import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withEnv } from "@/lib/test/env";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { receiveApplication } from "./receive";
import { loadRetry } from "./retry";
import { pdfBytes, textPretendingToBePdf } from "./test-files";
import { applicationRequest, seedPosting, solvedChallengePayload, validFields } from "./test-support";

const SLUG = "developpeuse";

describe.each(BACKENDS)("receiving applications on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ CV_MAX_BYTES: String(200_000), APPLICATION_RATE_LIMIT: "1000" });

  const stored = async () => ({
    applications: await t.db.application.count(),
    files: await t.db.applicationFile.count(),
    mails: await t.db.outboxMail.count(),
  });

  it("stores the application, its CV and both mails, and sends the candidate to the confirmation", async () => {
    await seedPosting(t.db);
    const cv = pdfBytes(5_000);
    const fields = validFields({ firstName: "Zoé", email: "Zoe.Leroy@Exemple.fr", phone: "06 12 34 56 78", poolConsent: "on" });
    const response = await receiveApplication(applicationRequest(SLUG, { fields, cv: { bytes: cv, name: "../Mon CV.pdf" } }), SLUG);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/offres/developpeuse/candidater/envoyee");
    const application = await t.db.application.findFirstOrThrow({ include: { cv: true, mails: true } });
    expect(application).toMatchObject({ firstName: "Zoé", email: "zoe.leroy@exemple.fr", needsReview: true, status: "RECEIVED" });
    // What the inbox filters on and finds the same candidate by.
    expect(application.searchText).toContain(" zoe ");
    expect(application.phoneKey).toBe("+33612345678");
    expect(application.poolConsentAt).not.toBeNull();
    expect(application.cv).toMatchObject({ fileName: "Mon CV.pdf", mediaType: "application/pdf", size: cv.length });
    expect(createHash("sha256").update(application.cv!.content).digest("hex")).toBe(createHash("sha256").update(cv).digest("hex"));
    expect(application.mails.map((m) => [m.to, m.subject]).sort()).toEqual([
      ["recrutement@equipe.gouv.fr", "Nouvelle candidature : Développeuse ou développeur"],
      ["zoe.leroy@exemple.fr", "Candidature reçue : Développeuse ou développeur"],
    ]);
  });

  it("marks an application with a solved challenge as verified, and refuses the same challenge twice", async () => {
    await seedPosting(t.db);
    const altcha = await solvedChallengePayload();
    const first = await receiveApplication(applicationRequest(SLUG, { fields: validFields({ altcha }) }), SLUG);
    expect(first.status).toBe(303);
    expect(await t.db.application.findFirstOrThrow()).toMatchObject({ needsReview: false });

    const replayed = await receiveApplication(applicationRequest(SLUG, { fields: validFields({ altcha }) }), SLUG);
    expect(replayed.status).toBe(400);
    expect(await stored()).toMatchObject({ applications: 1 });
  });

  it("refuses a forged challenge with 400 and stores nothing", async () => {
    await seedPosting(t.db);
    const forged = Buffer.from(JSON.stringify({ challenge: { parameters: { nonce: "x" } }, solution: { counter: 1 } })).toString("base64");
    const response = await receiveApplication(applicationRequest(SLUG, { fields: validFields({ altcha: forged }) }), SLUG);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("vérification anti-robot");
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it("creates one application from two identical submissions sent at once", async () => {
    await seedPosting(t.db);
    const fields = validFields();
    const responses = await Promise.all([1, 2].map(() => receiveApplication(applicationRequest(SLUG, { fields }), SLUG)));
    expect(responses.map((r) => [r.status, r.headers.get("location")])).toEqual([
      [303, "/offres/developpeuse/candidater/envoyee"],
      [303, "/offres/developpeuse/candidater/envoyee"],
    ]);
    expect(await stored()).toEqual({ applications: 1, files: 1, mails: 2 });
  });

  it("stores 50 distinct submissions sent at once: 50 applications, 50 files", async () => {
    await seedPosting(t.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        receiveApplication(applicationRequest(SLUG, { cv: { bytes: pdfBytes(2_000 + i), name: `cv-${i}.pdf` } }), SLUG),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(303));
    expect(await stored()).toEqual({ applications: 50, files: 50, mails: 100 });
  });

  it("keeps the first application when the same address applies again, and tells that address by mail", async () => {
    await seedPosting(t.db);
    await receiveApplication(applicationRequest(SLUG, { fields: validFields({ email: "lea@exemple.fr", lastName: "Premier" }) }), SLUG);
    const again = await receiveApplication(
      applicationRequest(SLUG, { fields: validFields({ email: "LEA@exemple.fr", lastName: "Second" }) }),
      SLUG,
    );
    expect(again.status).toBe(303);
    expect(await t.db.application.findMany({ select: { lastName: true } })).toEqual([{ lastName: "Premier" }]);
    const notice = await t.db.outboxMail.findFirstOrThrow({ where: { subject: { startsWith: "Vous avez déjà candidaté" } } });
    expect(notice.to).toBe("lea@exemple.fr");
  });

  it("sends the form back with its errors and typed values, storing no application", async () => {
    await seedPosting(t.db);
    const fields = validFields({ firstName: "Jean-Éric", email: "pas une adresse" });
    const response = await receiveApplication(
      applicationRequest(SLUG, { fields, cv: { bytes: textPretendingToBePdf(), name: "cv.pdf" } }),
      SLUG,
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/offres/developpeuse/candidater");
    const posting = await t.db.posting.findUniqueOrThrow({ where: { slug: SLUG } });
    const retry = await loadRetry(location.searchParams.get("reprise"), posting.id);
    expect(retry?.values).toMatchObject({ firstName: "Jean-Éric", email: "pas une adresse" });
    expect(Object.keys(retry?.errors ?? {}).sort()).toEqual(["cv", "email"]);
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it("refuses a PDF that would run JavaScript when opened, next to the CV field, storing nothing", async () => {
    await seedPosting(t.db);
    const scripted = Buffer.from(
      pdfBytes().toString("latin1").replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"),
      "latin1",
    );
    const response = await receiveApplication(
      applicationRequest(SLUG, { fields: validFields(), cv: { bytes: scripted, name: "cv.pdf" } }),
      SLUG,
    );
    const location = new URL(response.headers.get("location")!, "http://localhost");
    const posting = await t.db.posting.findUniqueOrThrow({ where: { slug: SLUG } });
    const retry = await loadRetry(location.searchParams.get("reprise"), posting.id);
    expect(retry?.errors).toEqual({ cv: expect.stringMatching(/^Ce PDF contient du JavaScript/) });
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it("refuses a filled honeypot with 400 and stores nothing", async () => {
    await seedPosting(t.db);
    const response = await receiveApplication(applicationRequest(SLUG, { fields: validFields({ website: "http://spam" }) }), SLUG);
    expect(response.status).toBe(400);
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it.each([
    ["closed", { status: "CLOSED" as const }, 410],
    ["past its deadline", { closesAt: new Date("2026-02-01T00:00:00Z") }, 410],
    ["a draft", { status: "DRAFT" as const }, 404],
    ["not yet published", { publishedAt: new Date("2099-01-01T00:00:00Z") }, 404],
    ["applied to on the team's own site", { externalUrl: "https://exemple.fr/postuler" }, 400],
  ])("refuses a posting %s with a French message, even when forged", async (_, posting, status) => {
    await seedPosting(t.db, posting);
    const response = await receiveApplication(applicationRequest(SLUG), SLUG);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("Votre candidature n'a pas été envoyée");
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it("refuses an unknown posting with 404", async () => {
    const response = await receiveApplication(applicationRequest("inconnue"), "inconnue");
    expect(response.status).toBe(404);
  });

  it("refuses a body over the total limit with 413, announced or not, and stores nothing", async () => {
    await seedPosting(t.db);
    const big = { bytes: pdfBytes(200_000 + 300 * 1024), name: "cv.pdf" };
    const streamed = await receiveApplication(applicationRequest(SLUG, { cv: big }), SLUG);
    expect(streamed.status).toBe(413);
    const announced = await receiveApplication(applicationRequest(SLUG, {}, { headers: { "content-length": String(600 * 1024) } }), SLUG);
    expect(announced.status).toBe(413);
    expect(await announced.text()).toContain("195 Ko");
    expect(await stored()).toEqual({ applications: 0, files: 0, mails: 0 });
  });

  it("answers a CV over the file limit but within the body limit next to the CV field", async () => {
    const posting = await seedPosting(t.db);
    const response = await receiveApplication(applicationRequest(SLUG, { cv: { bytes: pdfBytes(200_001), name: "cv.pdf" } }), SLUG);
    const token = new URL(response.headers.get("location")!, "http://x").searchParams.get("reprise");
    expect((await loadRetry(token, posting.id))?.errors.cv).toContain("dépasse la limite de 195 Ko");
  });

  it("refuses a request that is not a multipart form with 400", async () => {
    await seedPosting(t.db);
    const response = await receiveApplication(
      new Request("http://localhost/x", {
        method: "POST",
        body: "firstName=A",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      SLUG,
    );
    expect(response.status).toBe(400);
  });

  describe("with a limit of 2 submissions per address", () => {
    withEnv({ APPLICATION_RATE_LIMIT: "2" });

    it("answers the third with 429 and Retry-After, and stores nothing for it; other addresses go on", async () => {
      await seedPosting(t.db);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await receiveApplication(applicationRequest(SLUG), SLUG)).status);
      expect(statuses).toEqual([303, 303, 429]);
      const refused = await receiveApplication(applicationRequest(SLUG), SLUG);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toContain("Trop de candidatures");
      expect(await stored()).toMatchObject({ applications: 2 });
      expect((await receiveApplication(applicationRequest(SLUG, { address: "198.51.100.7" }), SLUG)).status).toBe(303);
    });
  });
});
