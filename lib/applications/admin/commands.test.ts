import { afterEach, describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { deliverDueMail } from "@/lib/mail/outbox";
import { startSmtpServer } from "@/lib/mail/test-smtp-server";
import { smtpSender } from "@/lib/mail/transport";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { addApplicationNote, changeApplicationStatus } from "./commands";
import { getApplication } from "./queries";
import { rejectionMailTemplate, rejectionSchema } from "./rejection";
import { applicationTo, postingOf } from "./testing";
import { acting } from "@/lib/test/acting";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-23T09:30:00Z");

describe.each(BACKENDS)("inbox commands on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it("keeps every change of step with its author and time, in order", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const { id } = await applicationTo(t.db, posting.id);
    expect(await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "RECEIVED", to: "UNDER_REVIEW" }, NOW)).toMatchObject({
      ok: true,
    });
    expect(await changeApplicationStatus(acting(cast.actors.admin), id, { from: "UNDER_REVIEW", to: "INTERVIEW" }, LATER)).toMatchObject({
      ok: true,
    });

    const application = await getApplication(cast.actors.reader, id);
    expect(application).toMatchObject({ status: "INTERVIEW", statusChangedAt: LATER });
    expect(application?.history.map((e) => [e.kind, e.fromStatus, e.toStatus, e.authorLabel, e.at.toISOString()])).toEqual([
      ["status", "RECEIVED", "UNDER_REVIEW", "recrute", NOW.toISOString()],
      ["status", "UNDER_REVIEW", "INTERVIEW", "admin", LATER.toISOString()],
    ]);
    const audit = await t.db.auditEvent.findMany({ where: { action: "application.status" } });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => [a.actorId, a.subjectId, a.organisationId])).toEqual(
      expect.arrayContaining([
        [cast.userIds.recruiter, id, cast.orgA],
        [cast.userIds.admin, id, cast.orgA],
      ]),
    );
  });

  it("refuses a change based on a step a colleague has changed since, and changes nothing", async () => {
    const cast = await castOf(t.db);
    const { id } = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    await changeApplicationStatus(acting(cast.actors.admin), id, { from: "RECEIVED", to: "INTERVIEW" }, NOW);
    const stale = await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "RECEIVED", to: "UNDER_REVIEW" }, LATER);
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(stale.ok ? "" : stale.message).toMatch(/« Entretien » entre-temps/);
    expect(await t.db.applicationEvent.count()).toBe(1);
    expect(await t.db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "INTERVIEW" });
  });

  it("a rejection needs a reason; with it, the edited answer goes through the outbox and shows in the history", async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA, "Chargée de mission");
    const { id, email } = await applicationTo(t.db, posting.id, { firstName: "Zoé" });

    const noReason = await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "RECEIVED", to: "REJECTED" }, NOW);
    expect(noReason).toMatchObject({ ok: false, error: "invalid", field: "reason" });
    expect(await t.db.outboxMail.count()).toBe(0);

    const template = rejectionMailTemplate("pourvu", { firstName: "Zoé", posting: { title: posting.title, organisationName: "Équipe A" } });
    expect(template.text).toMatch(/^Bonjour Zoé,\n/);
    expect(template.text).toContain("Le poste vient d'être pourvu.");
    const edited = { subject: template.subject, text: `${template.text}\n\nPS : merci pour l'échange du 12 novembre.` };
    const result = await changeApplicationStatus(
      acting(cast.actors.recruiter),
      id,
      { from: "RECEIVED", to: "REJECTED", rejection: { reason: "pourvu", send: true, ...edited } },
      NOW,
    );
    expect(result).toEqual({ ok: true, mailQueued: true });

    const stored = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "REJECTED", rejectionReason: "pourvu", lastContactAt: NOW });
    const outbox = await t.db.outboxMail.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: email,
      subject: "Votre candidature : Chargée de mission",
      text: edited.text,
      applicationId: id,
      replyTo: "equipe@a.gouv.fr",
    });

    const before = await getApplication(cast.actors.recruiter, id);
    expect(before?.history.map((e) => e.kind)).toEqual(["status", "mail"]);
    expect(before?.history[0]?.detail).toMatchObject({ reasonLabel: "Poste pourvu" });
    expect(before?.history[1]).toMatchObject({ authorLabel: "recrute", sentAt: null, detail: { subject: edited.subject, to: email } });

    expect(await deliverDueMail(t.db, smtpSender(smtp.url, "Rejoindre <ne-pas-repondre@rejoindre.test>"))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([[[email], edited.subject]]);
    expect(smtp.received[0]?.raw).toContain("PS : merci pour l'=C3=A9change");
    const after = await getApplication(cast.actors.recruiter, id);
    expect(after?.history[1]?.sentAt).toBeInstanceOf(Date);
  });

  it("a rejection may go without a mail, and the candidate can be reconsidered later", async () => {
    const cast = await castOf(t.db);
    const { id } = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    const rejection = rejectionSchema.parse({ reason: "incomplete", send: false, subject: "", text: "" });
    expect(await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "RECEIVED", to: "REJECTED", rejection }, NOW)).toEqual({
      ok: true,
      mailQueued: false,
    });
    expect(await t.db.outboxMail.count()).toBe(0);
    expect(await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "REJECTED", to: "UNDER_REVIEW" }, LATER)).toMatchObject(
      { ok: true },
    );
    expect(await t.db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "UNDER_REVIEW", rejectionReason: null });
  });

  it("the answer form says in French what is missing", () => {
    const parsed = rejectionSchema.safeParse({ reason: "vexant", send: true, subject: " ", text: "" });
    expect(parsed.success).toBe(false);
    expect(Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      reason: "Choisissez un motif dans la liste.",
      subject: "Indiquez l'objet du courriel.",
      text: "Écrivez le message à envoyer.",
    });
  });

  it("keeps the team's notes with their author, and refuses an empty or oversized one", async () => {
    const cast = await castOf(t.db);
    const { id } = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    expect(await addApplicationNote(acting(cast.actors.recruiter), id, "   ", NOW)).toMatchObject({
      ok: false,
      field: "body",
      message: "Écrivez le texte de la note.",
    });
    expect(await addApplicationNote(acting(cast.actors.recruiter), id, "x".repeat(5001), NOW)).toMatchObject({
      ok: false,
      message: "Une note tient en 5000 caractères au plus.",
    });
    expect(await addApplicationNote(acting(cast.actors.recruiter), id, "  Très bon échange téléphonique.  ", NOW)).toMatchObject({
      ok: true,
    });
    const application = await getApplication(cast.actors.reader, id);
    expect(application?.notes.map((n) => [n.authorLabel, n.body])).toEqual([["recrute", "Très bon échange téléphonique."]]);
    expect(application?.history.map((e) => [e.kind, e.authorLabel])).toEqual([["note", "recrute"]]);
  });

  it("another organisation's recruiter cannot tell the application exists; a reader is refused", async () => {
    const cast = await castOf(t.db);
    const { id } = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    expect(await changeApplicationStatus(acting(cast.actors.otherRecruiter), id, { from: "RECEIVED", to: "INTERVIEW" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(
      await changeApplicationStatus(acting(cast.actors.otherRecruiter), "inexistante", { from: "RECEIVED", to: "INTERVIEW" }),
    ).toMatchObject({ ok: false, error: "not_found" });
    await expect(addApplicationNote(acting(cast.actors.reader), id, "Je lis seulement.")).rejects.toThrow(Forbidden);
    expect(await t.db.applicationEvent.count()).toBe(0);
  });
});
