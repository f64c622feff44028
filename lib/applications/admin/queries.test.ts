import { describe, expect, it } from "vitest";
import { pdfBytes } from "@/lib/applications/test-files";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { cvResponse } from "./download";
import { getApplication, inboxPostings, INBOX_PAGE_SIZE, listInbox } from "./queries";
import { applicationTo, postingOf } from "./testing";
import { acting } from "@/lib/test/acting";

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, day, hour));

describe.each(BACKENDS)("inbox reads on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("lists the applications of the reader's organisations only, newest first, by pages", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const elsewhere = await postingOf(t.db, cast.orgB);
    for (let i = 0; i < INBOX_PAGE_SIZE + 2; i++)
      await applicationTo(t.db, posting.id, { lastName: `N${i}` }, { createdAt: new Date(at(1).getTime() + i * 60_000) });
    await applicationTo(t.db, elsewhere.id, { lastName: "Ailleurs" }, { createdAt: at(20) });

    const first = await listInbox(cast.actors.reader, {});
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.items[0]?.lastName).toBe(`N${INBOX_PAGE_SIZE + 1}`);
    const second = await listInbox(cast.actors.reader, {}, 2);
    expect(second.items.map((a) => a.lastName)).toEqual(["N1", "N0"]);
    expect((await listInbox(cast.actors.otherRecruiter, {})).items.map((a) => a.lastName)).toEqual(["Ailleurs"]);
    expect((await listInbox(cast.actors.admin, {})).total).toBe(INBOX_PAGE_SIZE + 3);
    expect((await inboxPostings(cast.actors.reader)).map((p) => p.id)).toEqual([posting.id]);
  });

  it("filters by offer, step, Paris days and name or address", async () => {
    const cast = await castOf(t.db);
    const one = await postingOf(t.db, cast.orgA, "Designer");
    const two = await postingOf(t.db, cast.orgA, "Développeuse");
    await applicationTo(t.db, one.id, { firstName: "Zoé", lastName: "Le Bihan", email: "zoe@exemple.fr" }, { createdAt: at(3, 23) });
    await applicationTo(
      t.db,
      two.id,
      { firstName: "Hugo", lastName: "Bernard", email: "hugo@exemple.fr" },
      { createdAt: at(5), status: "INTERVIEW" },
    );
    const names = async (filters: Parameters<typeof listInbox>[1]) =>
      (await listInbox(cast.actors.recruiter, filters)).items.map((a) => a.firstName);
    expect(await names({ postingId: one.id })).toEqual(["Zoé"]);
    expect(await names({ status: "INTERVIEW" })).toEqual(["Hugo"]);
    // 23:00 UTC on the 3rd is already the 4th in Paris.
    expect(await names({ from: "2026-11-04", to: "2026-11-04" })).toEqual(["Zoé"]);
    expect(await names({ q: "zoe bih" })).toEqual(["Zoé"]);
    expect(await names({ q: "hugo@exemple" })).toEqual(["Hugo"]);
    // Another organisation's offer, asked for by id, shows nothing.
    expect((await listInbox(cast.actors.otherRecruiter, { postingId: one.id })).total).toBe(0);
  });

  it("flags a candidate who applied more than once (same address or same phone), within what the reader may see", async () => {
    const cast = await castOf(t.db);
    const [first, second, third] = [await postingOf(t.db, cast.orgA), await postingOf(t.db, cast.orgA), await postingOf(t.db, cast.orgB)];
    const a = await applicationTo(t.db, first.id, { email: "zoe@exemple.fr", phone: "06 12 34 56 78" }, { createdAt: at(1) });
    const b = await applicationTo(t.db, second.id, { email: "zoe.pro@exemple.fr", phone: "+33 6 12-34-56-78" }, { createdAt: at(2) });
    const alone = await applicationTo(t.db, second.id, { email: "hugo@exemple.fr", phone: "06 99 99 99 99" }, { createdAt: at(3) });
    const c = await applicationTo(t.db, third.id, { email: "hugo@exemple.fr" }, { createdAt: at(4) });

    const flags = async (actor: keyof typeof cast.actors) =>
      Object.fromEntries((await listInbox(cast.actors[actor], {})).items.map((i) => [i.id, i.duplicate]));
    // Hugo's other application is in another organisation: team A is not told about it.
    expect(await flags("recruiter")).toEqual({ [a.id]: true, [b.id]: true, [alone.id]: false });
    expect(await flags("otherRecruiter")).toEqual({ [c.id]: false });
    expect((await flags("admin"))[alone.id]).toBe(true);

    const detail = await getApplication(cast.actors.recruiter, a.id);
    expect(detail?.duplicates.map((d) => [d.id, d.sameEmail, d.samePhone])).toEqual([[b.id, false, true]]);
    expect((await getApplication(cast.actors.recruiter, alone.id))?.duplicates).toEqual([]);
  });

  it("shows every field of an application to its readers, and nothing to others", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const { id } = await applicationTo(
      t.db,
      posting.id,
      { phone: "06 12 34 56 78" },
      { linkedinUrl: "https://www.linkedin.com/in/camille", poolConsentAt: at(1), needsReview: true },
    );
    expect(await getApplication(cast.actors.reader, id)).toMatchObject({
      firstName: "Camille",
      phone: "06 12 34 56 78",
      message: "Je souhaite rejoindre l'équipe.",
      linkedinUrl: "https://www.linkedin.com/in/camille",
      poolConsentAt: at(1),
      needsReview: true,
      status: "RECEIVED",
      cv: { fileName: "CV Camille Éloïse.pdf", mediaType: "application/pdf" },
      posting: { id: posting.id },
      canWrite: false,
    });
    expect((await getApplication(cast.actors.recruiter, id))?.canWrite).toBe(true);
    expect(await getApplication(cast.actors.otherRecruiter, id)).toBeNull();
  });

  it("hands the CV out as a download with its type, and leaves a trace; others get a 404", async () => {
    const cast = await castOf(t.db);
    const { id } = await applicationTo(t.db, (await postingOf(t.db, cast.orgA)).id);
    const response = await cvResponse(acting(cast.actors.reader, { requestId: null, clientAddress: "192.0.2.7" }), id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="CV Camille Eloise.pdf"; filename*=UTF-8''CV%20Camille%20%C3%89lo%C3%AFse.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfBytes())).toBe(true);
    expect(await t.db.auditEvent.findMany({ where: { action: "application.cv_download" } })).toMatchObject([
      { actorId: cast.userIds.reader, subjectId: id, organisationId: cast.orgA, clientAddress: "192.0.2.7" },
    ]);

    for (const actor of [cast.actors.otherRecruiter, cast.actors.anonymous, cast.actors.disabled]) {
      const refused = await cvResponse(acting(actor), id);
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await refused.text()).toBe("Ce CV n'existe pas ou vous n'y avez pas accès.");
    }
    expect((await cvResponse(acting(cast.actors.admin), "inexistante")).status).toBe(404);
    expect(await t.db.auditEvent.count({ where: { action: "application.cv_download" } })).toBe(1);
  });
});
