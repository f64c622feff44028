// Erasure on request: every application of the candidate the actor may erase goes with
// everything about it, and nothing of the person is left in any table or in the inbox.
import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf, type Cast } from "@/lib/test/people";
import { addApplicationNote, changeApplicationStatus } from "../admin/commands";
import { csvStream } from "../admin/export/formats";
import { listInbox } from "../admin/queries";
import { applicationTo, postingOf } from "../admin/testing";
import { candidateErasure, eraseCandidate } from "./erasure";
import { tablesMentioning } from "./testing";
import { acting } from "@/lib/test/acting";

const PERSON = { firstName: "Anouchka", lastName: "Vasseur-Quintal", email: "anouchka.vq@exemple.fr", phone: "06 11 22 33 44" };
const NEEDLES = [PERSON.email, PERSON.lastName, PERSON.firstName, "0611223344"];

/** The candidate applied twice in organisation A and once in B; A's team worked on one of them. */
async function candidate(db: Db, cast: Cast) {
  const [a1, a2, b1] = [
    await postingOf(db, cast.orgA, "Développeuse"),
    await postingOf(db, cast.orgA, "Designer"),
    await postingOf(db, cast.orgB, "Data"),
  ];
  const first = await applicationTo(db, a1.id, PERSON);
  const second = await applicationTo(db, a2.id, PERSON);
  const elsewhere = await applicationTo(db, b1.id, PERSON);
  const bystander = await applicationTo(db, a1.id, { firstName: "Jean", lastName: "Témoin" });
  await addApplicationNote(acting(cast.actors.recruiter), first.id, `Anouchka Vasseur-Quintal a un bon profil (${PERSON.email}).`);
  const rejection = {
    reason: "profil",
    send: true,
    subject: "Votre candidature",
    text: "Bonjour Anouchka Vasseur-Quintal, merci.",
  } as const;
  expect(
    await changeApplicationStatus(acting(cast.actors.recruiter), first.id, { from: "RECEIVED", to: "REJECTED", rejection }),
  ).toMatchObject({ ok: true });
  await db.outboxMail.create({
    data: {
      applicationId: second.id,
      dedupeKey: `ack:${second.id}`,
      to: PERSON.email,
      subject: "Candidature reçue",
      text: "Bonjour Anouchka",
    },
  });
  return { first, second, elsewhere, bystander };
}

describe.each(BACKENDS)("erasure of a candidate on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("an admin's erasure leaves no trace of the person in any table, the audit log or the inbox", async () => {
    const cast = await castOf(t.db);
    const { first, bystander } = await candidate(t.db, cast);
    expect(await tablesMentioning(t.db, NEEDLES)).toEqual(
      expect.arrayContaining(["Application", "ApplicationNote", "ApplicationEvent", "OutboxMail"]),
    );

    const preview = await candidateErasure(cast.actors.admin, first.id);
    expect(preview?.applications).toHaveLength(3);
    expect(await eraseCandidate(acting(cast.actors.admin), first.id)).toEqual({ ok: true, erased: 3 });

    expect(await tablesMentioning(t.db, NEEDLES)).toEqual([]);
    expect(await t.db.applicationFile.count()).toBe(1);
    expect(await t.db.application.findMany({ select: { id: true } })).toEqual([{ id: bystander.id }]);
    for (const q of [PERSON.email, PERSON.lastName]) expect((await listInbox(cast.actors.admin, { q })).total).toBe(0);
    expect((await listInbox(cast.actors.admin, {})).items.map((i) => i.id)).toEqual([bystander.id]);
    // A later export holds the bystander's row and nothing of the erased person.
    const csv = await new Response(csvStream({ actor: cast.actors.admin!, filters: {}, siteUrl: "http://localhost:3000" }, ";")).text();
    expect(csv).toContain("Témoin");
    for (const needle of NEEDLES) expect(csv).not.toContain(needle);

    const audit = await t.db.auditEvent.findMany({ where: { action: "application.erase" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: cast.userIds.admin, subjectId: null });
    expect(JSON.parse(audit[0]!.changes)).toEqual({ candidatures: 3 });
  });

  it("a recruiter erases the person's applications in their organisations only", async () => {
    const cast = await castOf(t.db);
    const { first, second, elsewhere } = await candidate(t.db, cast);
    expect((await candidateErasure(cast.actors.recruiter, second.id))?.applications.map((a) => a.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await eraseCandidate(acting(cast.actors.recruiter), second.id)).toEqual({ ok: true, erased: 2 });
    expect(await t.db.application.count({ where: { email: PERSON.email } })).toBe(1);
    expect(await t.db.application.findUnique({ where: { id: elsewhere.id }, select: { id: true } })).toEqual({ id: elsewhere.id });
    expect(await eraseCandidate(acting(cast.actors.recruiter), second.id)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("refuses readers, other organisations' recruiters, disabled and signed-out people, and erases nothing", async () => {
    const cast = await castOf(t.db);
    const { first } = await candidate(t.db, cast);
    await expect(eraseCandidate(acting(cast.actors.reader), first.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(candidateErasure(cast.actors.reader, first.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await eraseCandidate(acting(cast.actors.otherRecruiter), first.id)).toMatchObject({ ok: false, error: "not_found" });
    expect(await candidateErasure(cast.actors.otherRecruiter, first.id)).toBeNull();
    for (const nobody of [cast.actors.disabled, cast.actors.anonymous])
      await expect(eraseCandidate(acting(nobody), first.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.application.count({ where: { email: PERSON.email } })).toBe(3);
    expect(await t.db.auditEvent.count({ where: { action: "application.erase" } })).toBe(0);
  });
});
