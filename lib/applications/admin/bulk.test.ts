import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { acting } from "@/lib/test/acting";
import { changeApplicationStatus } from "./commands";
import { moveApplications, rejectApplications } from "./bulk";
import { parseSelection, type Selection } from "./selection";
import { applicationTo, postingOf } from "./testing";
import { formOf } from "@/lib/test/admin-request";

const NOW = new Date("2026-11-22T10:00:00Z");

const rows = (...apps: { id: string; status: string }[]): Selection => ({
  scope: "rows",
  rows: apps.map(({ id, status }) => ({ id, status: status as "RECEIVED" })),
});

describe("reading a bulk form's selection", () => {
  it("reads the ticked rows with their steps, the page, or the filters with the count shown", () => {
    expect(
      parseSelection(formOf({ choix: ["a1:RECEIVED", "b2:INTERVIEW"], affichees: ["a1:RECEIVED", "b2:INTERVIEW", "c3:OFFER"] })),
    ).toEqual({
      ok: true,
      selection: {
        scope: "rows",
        rows: [
          { id: "a1", status: "RECEIVED" },
          { id: "b2", status: "INTERVIEW" },
        ],
      },
    });
    expect(parseSelection(formOf({ portee: "page", choix: ["a1:RECEIVED"], affichees: ["a1:RECEIVED", "c3:OFFER"] }))).toMatchObject({
      selection: { rows: [{ id: "a1" }, { id: "c3" }] },
    });
    expect(parseSelection(formOf({ portee: "filtres", attendu: "42", statut: "recue", offre: "p1" }))).toEqual({
      ok: true,
      selection: { scope: "filters", expected: 42, filters: { postingId: "p1", status: "RECEIVED" } },
    });
  });

  it("refuses nothing ticked, a malformed row, an unknown step, and more rows than the cap", () => {
    expect(parseSelection(formOf({ affichees: ["a1:RECEIVED"] }))).toMatchObject({ ok: false, message: /Cochez au moins une candidature/ });
    expect(parseSelection(formOf({ choix: ["a1"] }))).toMatchObject({ ok: false });
    expect(parseSelection(formOf({ choix: ["a1:PROMOTED"] }))).toMatchObject({ ok: false });
    expect(parseSelection(formOf({ portee: "filtres", attendu: "beaucoup" }))).toMatchObject({ ok: false });
    expect(parseSelection(formOf({ choix: ["a1:RECEIVED", "a2:RECEIVED", "a3:RECEIVED"] }), 2)).toMatchObject({
      ok: false,
      message: /2 candidatures au plus, et 3 sont concernées/,
    });
  });
});

describe.each(BACKENDS)("bulk actions of the inbox on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("moves every selected application, each with its history row, and leaves one audit entry with the count and the step", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const a = await applicationTo(t.db, posting.id, { firstName: "Alix" });
    const b = await applicationTo(t.db, posting.id, { firstName: "Basile" }, { status: "UNDER_REVIEW" });
    const untouched = await applicationTo(t.db, posting.id);

    const result = await moveApplications(acting(cast.actors.recruiter), rows(a, b), "INTERVIEW", { now: NOW });
    expect(result).toEqual({ ok: true, count: 2, mails: 0 });
    const after = await t.db.application.findMany({
      orderBy: { firstName: "asc" },
      select: { id: true, status: true, statusChangedAt: true },
    });
    expect(after.filter((x) => x.id !== untouched.id)).toEqual([
      { id: a.id, status: "INTERVIEW", statusChangedAt: NOW },
      { id: b.id, status: "INTERVIEW", statusChangedAt: NOW },
    ]);
    expect(await t.db.application.findUniqueOrThrow({ where: { id: untouched.id } })).toMatchObject({ status: "RECEIVED" });
    const events = await t.db.applicationEvent.findMany({ orderBy: { fromStatus: "asc" } });
    expect(events.map((e) => [e.applicationId, e.kind, e.fromStatus, e.toStatus, e.authorLabel])).toEqual(
      expect.arrayContaining([
        [a.id, "status", "RECEIVED", "INTERVIEW", "recrute"],
        [b.id, "status", "UNDER_REVIEW", "INTERVIEW", "recrute"],
      ]),
    );
    expect(events).toHaveLength(2);
    const audit = await t.db.auditEvent.findMany({ where: { action: "application.bulk_status" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: cast.userIds.recruiter,
      organisationId: cast.orgA,
      subjectLabel: "2 candidatures à la fois",
    });
    const changes = JSON.parse(audit[0]!.changes ?? "{}");
    expect(changes).toEqual({ candidatures: 2, étape: "Entretien" });
    // Never a name in the journal.
    expect(JSON.stringify(audit)).not.toMatch(/Alix|Basile|Martin/);
  });

  it("refuses the whole action when one application changed step since the page showed it, naming how many", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const [a, b, c] = [await applicationTo(t.db, posting.id), await applicationTo(t.db, posting.id), await applicationTo(t.db, posting.id)];
    await changeApplicationStatus(acting(cast.actors.admin), b.id, { from: "RECEIVED", to: "OFFER" }, NOW);
    await changeApplicationStatus(acting(cast.actors.admin), c.id, { from: "RECEIVED", to: "OFFER" }, NOW);

    const stale = await moveApplications(acting(cast.actors.recruiter), rows(a, b, c), "UNDER_REVIEW");
    expect(stale).toEqual({
      ok: false,
      error: "conflict",
      message: "2 candidatures ont changé d'étape depuis l'affichage : rien n'a été modifié. Rechargez la liste.",
    });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "RECEIVED" });
    expect(await t.db.applicationEvent.count()).toBe(2);
    expect(await t.db.auditEvent.count({ where: { action: "application.bulk_status" } })).toBe(0);
  });

  it("answers another organisation's id exactly as an unknown one, and changes nothing", async () => {
    const cast = await castOf(t.db);
    const mine = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    const theirs = await applicationTo(t.db, (await postingOf(t.db, cast.orgB)).id);
    const foreign = await moveApplications(acting(cast.actors.recruiter), rows(mine, theirs), "INTERVIEW");
    const unknown = await moveApplications(acting(cast.actors.recruiter), rows(mine, { id: "inconnue", status: "RECEIVED" }), "INTERVIEW");
    expect(foreign).toMatchObject({ ok: false, error: "not_found" });
    expect(unknown).toEqual(foreign);
    expect(await t.db.application.count({ where: { status: "RECEIVED" } })).toBe(2);
    expect(await t.db.applicationEvent.count()).toBe(0);
  });

  it("refuses a reader of the organisation, and an application already at the target step", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const a = await applicationTo(t.db, posting.id);
    const there = await applicationTo(t.db, posting.id, {}, { status: "INTERVIEW" });
    await expect(moveApplications(acting(cast.actors.reader), rows(a), "INTERVIEW")).rejects.toBeInstanceOf(Forbidden);
    expect(await moveApplications(acting(cast.actors.recruiter), rows(a, there), "INTERVIEW")).toMatchObject({
      ok: false,
      message: "1 candidature est déjà à l'étape « Entretien » : retirez-la de la sélection. Rien n'a été modifié.",
    });
    expect(await t.db.applicationEvent.count()).toBe(0);
  });

  it("acts on every application matching the filters, re-read under the actor's rights, if the count is the one shown", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const elsewhere = await postingOf(t.db, cast.orgB);
    for (let i = 0; i < 3; i++) await applicationTo(t.db, posting.id);
    await applicationTo(t.db, elsewhere.id);
    const all = (expected: number): Selection => ({ scope: "filters", filters: { status: "RECEIVED" }, expected });

    expect(await moveApplications(acting(cast.actors.recruiter), all(4), "UNDER_REVIEW")).toMatchObject({
      ok: false,
      error: "conflict",
      message: /3 candidatures correspondent aux filtres au lieu de 4/,
    });
    expect(await moveApplications(acting(cast.actors.recruiter), all(3), "UNDER_REVIEW", { max: 2 })).toMatchObject({
      ok: false,
      message: /2 candidatures au plus, et 3 sont concernées/,
    });
    expect(await t.db.applicationEvent.count()).toBe(0);
    expect(await moveApplications(acting(cast.actors.recruiter), all(3), "UNDER_REVIEW")).toEqual({ ok: true, count: 3, mails: 0 });
    // The other organisation's application was never in the recruiter's filters.
    expect(await t.db.application.count({ where: { status: "RECEIVED" } })).toBe(1);
  });

  it("rejects in bulk with one reason; each candidate gets their own templated mail in the outbox, in the same transaction", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA, "Chargée de mission");
    const a = await applicationTo(t.db, posting.id, { firstName: "Alix", email: "alix@exemple.fr" });
    const b = await applicationTo(t.db, posting.id, { firstName: "Basile", email: "basile@exemple.fr" }, { status: "INTERVIEW" });

    const result = await rejectApplications(acting(cast.actors.recruiter), rows(a, b), { reason: "pourvu", send: true }, { now: NOW });
    expect(result).toEqual({ ok: true, count: 2, mails: 2 });
    const apps = await t.db.application.findMany({ select: { status: true, rejectionReason: true, lastContactAt: true } });
    expect(apps).toEqual([
      { status: "REJECTED", rejectionReason: "pourvu", lastContactAt: NOW },
      { status: "REJECTED", rejectionReason: "pourvu", lastContactAt: NOW },
    ]);
    const mails = await t.db.outboxMail.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((m) => [m.to, m.applicationId, m.replyTo, m.subject])).toEqual([
      ["alix@exemple.fr", a.id, "equipe@a.gouv.fr", "Votre candidature : Chargée de mission"],
      ["basile@exemple.fr", b.id, "equipe@a.gouv.fr", "Votre candidature : Chargée de mission"],
    ]);
    expect(mails[0]!.text).toMatch(/^Bonjour Alix,\n/);
    expect(mails[1]!.text).toMatch(/^Bonjour Basile,\n/);
    expect(mails[0]!.text).toContain("Le poste vient d'être pourvu.");
    expect(await t.db.applicationEvent.count({ where: { kind: "mail" } })).toBe(2);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "application.bulk_status" } });
    expect(JSON.parse(audit.changes ?? "{}")).toEqual({ candidatures: 2, étape: "Non retenue", motif: "Poste pourvu", courriels: 2 });
  });

  it("a bulk rejection refused halfway writes no mail at all", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const a = await applicationTo(t.db, posting.id);
    const b = await applicationTo(t.db, posting.id);
    await changeApplicationStatus(acting(cast.actors.admin), b.id, { from: "RECEIVED", to: "INTERVIEW" }, NOW);
    expect(await rejectApplications(acting(cast.actors.recruiter), rows(a, b), { reason: "profil", send: true })).toMatchObject({
      ok: false,
      message: /^1 candidature a changé d'étape/,
    });
    expect(await t.db.outboxMail.count()).toBe(0);
    expect(await t.db.application.count({ where: { status: "REJECTED" } })).toBe(0);
  });
});
