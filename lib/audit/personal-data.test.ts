// Personal data in the audit log: a stranger's typed address is never stored as typed, and
// client addresses and typed addresses go after AUDIT_PERSONAL_DATA_RETENTION_MONTHS (12 by
// default), blanked by the daily retention job while the events themselves stay.
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { SCHEDULED_JOBS } from "@/lib/jobs/jobs";
import { runDueJobs } from "@/lib/jobs/scheduler";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { ERASED_LABEL, maskTypedAddress } from "./personal-data";
import { recordAudit } from "./record";

const NOW = new Date("2026-11-22T12:00:00Z");

describe("maskTypedAddress", () => {
  it.each([
    ["Camille.Martin@Exemple.gouv.fr", "c…@exemple.gouv.fr"],
    ["  x@a.fr ", "x…@a.fr"],
    ["motdepasse-tapé-au-mauvais-endroit", "(saisie non conservée)"],
    ["P@ssw0rd!", "(saisie non conservée)"],
    ["a b@c.fr", "(saisie non conservée)"],
    ["", "(vide)"],
  ])("%j → %s", (typed, kept) => {
    expect(maskTypedAddress(typed)).toBe(kept);
  });
});

describe.each(BACKENDS)("personal data in the audit log on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("keeps the typed address of a failed sign-in only when it names an account", async () => {
    await t.db.user.create({
      data: { email: "recrute@a.gouv.fr", name: "Camille", passwordHash: await hashPassword("un mot de passe assez long") },
    });
    const attempt = (email: string) => signInWithPassword({ email, password: "faux", clientAddress: "203.0.113.7" }, NOW);
    await attempt("Inconnue.Quelquun@Ailleurs.fr");
    await attempt("recrute@a.gouv.fr");
    await attempt("hunter2-tapé-ici");
    const events = await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorLabel, e.subjectLabel])).toEqual([
      ["i…@ailleurs.fr", "i…@ailleurs.fr"],
      ["recrute@a.gouv.fr", "recrute@a.gouv.fr"],
      ["(saisie non conservée)", "(saisie non conservée)"],
    ]);
    const everything = JSON.stringify(await t.db.auditEvent.findMany()).toLowerCase();
    for (const typed of ["inconnue.quelquun", "hunter2"]) expect(everything).not.toContain(typed);
  });

  describe("after the retention period", () => {
    withEnv({ APPLICATION_RETENTION_MONTHS: "3" });

    async function eventAt(at: Date, action: "auth.sign_in_failed" | "posting.publish", label: string) {
      await recordAudit(t.db, {
        action,
        actor: { label },
        subject: { type: "session", label },
        origin: { requestId: null, clientAddress: "198.51.100.23" },
      });
      await t.db.auditEvent.updateMany({ where: { actorLabel: label }, data: { at } });
    }

    it("the daily job blanks client addresses and typed addresses older than 12 months, and keeps the events", async () => {
      await eventAt(new Date("2025-11-01T00:00:00Z"), "auth.sign_in_failed", "vieux@a.gouv.fr");
      await eventAt(new Date("2025-11-02T00:00:00Z"), "posting.publish", "recruteuse@a.gouv.fr");
      await eventAt(new Date("2025-12-01T00:00:00Z"), "auth.sign_in_failed", "recent@a.gouv.fr");
      const job = SCHEDULED_JOBS.find((j) => j.name === "retention-purge")!;
      const [outcome] = await runDueJobs(t.db, [job], { now: NOW });
      expect(outcome).toMatchObject({ ran: true, result: { auditAddresses: 2, auditSignInLabels: 1 } });

      const events = await t.db.auditEvent.findMany({ where: { action: { not: "application.purge" } }, orderBy: { at: "asc" } });
      expect(events.map((e) => [e.action, e.actorLabel, e.subjectLabel, e.clientAddress])).toEqual([
        ["auth.sign_in_failed", ERASED_LABEL, null, null],
        // Who published stays: that is the audit itself, not a stranger's data.
        ["posting.publish", "recruteuse@a.gouv.fr", "recruteuse@a.gouv.fr", null],
        ["auth.sign_in_failed", "recent@a.gouv.fr", "recent@a.gouv.fr", "198.51.100.23"],
      ]);
    });

    describe("with AUDIT_PERSONAL_DATA_RETENTION_MONTHS=1", () => {
      withEnv({ AUDIT_PERSONAL_DATA_RETENTION_MONTHS: "1" });

      it("takes its period from the environment", async () => {
        await eventAt(new Date("2026-10-01T00:00:00Z"), "auth.sign_in_failed", "octobre@a.gouv.fr");
        const [outcome] = await runDueJobs(
          t.db,
          SCHEDULED_JOBS.filter((j) => j.name === "retention-purge"),
          { now: NOW },
        );
        expect(outcome).toMatchObject({ result: { auditAddresses: 1, auditSignInLabels: 1 } });
      });
    });
  });
});
