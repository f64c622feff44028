import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { listAuditEvents } from "./queries";
import { recordAudit } from "./record";

describe.each(BACKENDS)("audit log on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("lists events newest first, filtered by action, actor, subject and period", async () => {
    const cast = await castOf(t.db);
    const at = (iso: string) => new Date(iso);
    await recordAudit(t.db, {
      action: "posting.publish",
      actor: { id: "u1", email: "recrute@a.gouv.fr" },
      subject: { type: "posting", id: "p1", label: "Designer" },
    });
    await recordAudit(t.db, {
      action: "auth.sign_in_failed",
      actor: { label: "inconnu@x.fr" },
      subject: { type: "session", label: "inconnu@x.fr" },
      changes: { motif: "adresse inconnue" },
    });
    await t.db.auditEvent.updateMany({ where: { action: "posting.publish" }, data: { at: at("2026-11-01T10:00:00Z") } });
    await t.db.auditEvent.updateMany({ where: { action: "auth.sign_in_failed" }, data: { at: at("2026-11-20T10:00:00Z") } });

    const all = await listAuditEvents(cast.actors.admin, {});
    expect(all.items.map((e) => e.action)).toEqual(["auth.sign_in_failed", "posting.publish"]);
    expect((await listAuditEvents(cast.actors.admin, { action: "posting.publish" })).items).toHaveLength(1);
    expect((await listAuditEvents(cast.actors.admin, { actor: "RECRUTE@" })).items.map((e) => e.subjectLabel)).toEqual(["Designer"]);
    expect((await listAuditEvents(cast.actors.admin, { subject: "Design" })).total).toBe(1);
    expect((await listAuditEvents(cast.actors.admin, { from: at("2026-11-10T00:00:00Z") })).items.map((e) => e.action)).toEqual([
      "auth.sign_in_failed",
    ]);
    expect((await listAuditEvents(cast.actors.admin, { until: at("2026-11-10T00:00:00Z") })).items.map((e) => e.action)).toEqual([
      "posting.publish",
    ]);

    // Oldest first, or by author (A to Z, events without an author last).
    const sorted = async (sort: Parameters<typeof listAuditEvents>[1]["sort"]) =>
      (await listAuditEvents(cast.actors.admin, { sort })).items.map((e) => e.action);
    expect(await sorted({ key: "date", direction: "asc" })).toEqual(["posting.publish", "auth.sign_in_failed"]);
    expect(await sorted({ key: "auteur", direction: "asc" })).toEqual(["auth.sign_in_failed", "posting.publish"]);
    expect(await sorted({ key: "auteur", direction: "desc" })).toEqual(["posting.publish", "auth.sign_in_failed"]);
  });
});
