// The form cannot be used to mail strangers, and a candidate's corrections cost nothing of
// their quota (issue 22, point 2). Every counter lives in the database: on both backends.
import { describe, expect, it } from "vitest";
import { withEnv } from "@/lib/test/env";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { receiveApplication } from "./receive";
import { applicationRequest, seedPosting, solvedChallengePayload, validFields } from "./test-support";

const SLUGS = ["developpeuse", "designer", "data", "produit", "securite"];

describe.each(BACKENDS)("limits of the application form on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({
    APPLICATION_RATE_LIMIT: "1000",
    APPLICATION_ATTEMPT_RATE_LIMIT: "1000",
    APPLICATION_UNVERIFIED_RATE_LIMIT: "1000",
    ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: "3",
  });

  const send = (slug: string, fields: Record<string, string>, address: string) =>
    receiveApplication(applicationRequest(slug, { fields, address }), slug).then((r) => r.status);
  const mailsTo = (to: string) => t.db.outboxMail.count({ where: { to } });

  describe("acknowledgements to one address", () => {
    it("sends at most 3 a day, whatever the client; the applications are still stored", async () => {
      for (const slug of SLUGS) await seedPosting(t.db, { slug, contactEmail: null });
      const victim = "inconnue@exemple.fr";
      for (const [i, slug] of SLUGS.entries()) expect(await send(slug, validFields({ email: victim }), `198.51.100.${i + 1}`)).toBe(303);
      expect(await t.db.application.count({ where: { email: victim } })).toBe(5);
      expect(await mailsTo(victim)).toBe(3);
    });

    it("counts the 'already applied' notices too", async () => {
      await seedPosting(t.db, { contactEmail: null });
      const victim = "autre@exemple.fr";
      for (let i = 0; i < 6; i++) expect(await send("developpeuse", validFields({ email: victim }), `203.0.113.${i + 1}`)).toBe(303);
      expect(await t.db.application.count()).toBe(1);
      expect(await mailsTo(victim)).toBe(3);
    });
  });

  describe("with a quota of 2 stored applications and 4 submissions per client", () => {
    withEnv({ APPLICATION_RATE_LIMIT: "2", APPLICATION_ATTEMPT_RATE_LIMIT: "4", ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: "1000" });

    it("lets a form sent back with errors cost nothing of the quota, under a limit of its own", async () => {
      for (const slug of SLUGS.slice(0, 3)) await seedPosting(t.db, { slug });
      const address = "192.0.2.77";
      expect(await send("developpeuse", validFields({ email: "pas une adresse" }), address)).toBe(303);
      expect(await t.db.application.count()).toBe(0);
      expect(await send("developpeuse", validFields(), address)).toBe(303);
      expect(await send("designer", validFields(), address)).toBe(303);
      expect(await t.db.application.count()).toBe(2);
      // The quota of stored applications is spent…
      expect(await send("data", validFields(), address)).toBe(429);
      // …and corrections have their own ceiling, whichever limit falls first.
      expect(await send("data", validFields({ email: "x" }), "192.0.2.78")).toBe(303);
      for (let i = 0; i < 3; i++) await send("data", validFields({ email: "x" }), "192.0.2.78");
      expect(await send("data", validFields(), "192.0.2.78")).toBe(429);
      expect(await t.db.application.count()).toBe(2);
    });
  });

  describe("with 2 unverified applications per client", () => {
    withEnv({ APPLICATION_UNVERIFIED_RATE_LIMIT: "2", ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: "1000" });

    it("keeps those within the limit 'à vérifier', refuses the next with 429, and still takes a solved one", async () => {
      for (const slug of SLUGS.slice(0, 4)) await seedPosting(t.db, { slug });
      const address = "192.0.2.90";
      expect(await send("developpeuse", validFields(), address)).toBe(303);
      expect(await send("designer", validFields(), address)).toBe(303);
      const refused = await receiveApplication(applicationRequest("data", { fields: validFields(), address }), "data");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toContain("sans vérification anti-robot");
      expect(await t.db.application.findMany({ select: { needsReview: true } })).toEqual([{ needsReview: true }, { needsReview: true }]);
      expect(await send("produit", validFields({ altcha: await solvedChallengePayload() }), address)).toBe(303);
      expect(await t.db.application.count({ where: { needsReview: false } })).toBe(1);
    });
  });
});
