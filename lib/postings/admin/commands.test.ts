import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { changePostingStatus, createPosting, deleteDraft, duplicatePosting, updatePosting } from "./commands";
import { searchPostings } from "@/lib/postings/search/query";
import { type AdminPostingsSort, getAdminPosting, listAdminPostings } from "./queries";
import { postingInput as input } from "@/lib/postings/testing/posting-input";
import { formValuesOf } from "./form-values";
import { acting } from "@/lib/test/acting";

const NOW = new Date("2026-11-22T12:00:00Z");

describe.each(BACKENDS)("admin posting commands on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("creates a draft with a slug from its title, its lists and an audit event", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    expect(created).toMatchObject({ ok: true, slug: "developpeuse-ou-developpeur-back-end" });
    if (!created.ok) return;
    const posting = await getAdminPosting(cast.actors.recruiter, created.id);
    expect(posting).toMatchObject({ status: "DRAFT", version: 1, duration: "18 mois", juniorsWelcome: true, canWrite: true });
    expect(posting?.technologies.map((x) => x.name)).toEqual(["PostgreSQL", "TypeScript"]);
    const events = await t.db.auditEvent.findMany({ where: { action: "posting.create" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: cast.userIds.recruiter, subjectId: created.id, organisationId: cast.orgA });
  });

  it("keeps the team's contacts, one per line in the editor, as a list in the audit log", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(
      acting(cast.actors.recruiter),
      input(cast.orgA, { contacts: "prenom.nom\r\n\n autre@a.gouv.fr \nprenom.nom" }),
    );
    if (!created.ok) throw new Error(created.message);
    const saved = await getAdminPosting(cast.actors.recruiter, created.id);
    expect(saved?.contacts).toBe(JSON.stringify(["prenom.nom", "autre@a.gouv.fr"]));
    expect(formValuesOf(saved!).contacts).toBe("prenom.nom\nautre@a.gouv.fr");

    const updated = await updatePosting(acting(cast.actors.recruiter), created.id, 1, input(cast.orgA, { contacts: "autre@a.gouv.fr" }));
    expect(updated.ok).toBe(true);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "posting.update" } });
    expect(JSON.parse(event.changes)).toEqual({ contacts: [["prenom.nom", "autre@a.gouv.fr"], ["autre@a.gouv.fr"]] });
  });

  it("keeps what the admin writes findable by the public search, accents aside", async () => {
    const cast = await castOf(t.db);
    const found = async (q: string) => (await searchPostings({ q }, { now: NOW })).items.map((p) => p.slug);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    if (!created.ok) throw new Error("création");
    await changePostingStatus(acting(cast.actors.recruiter), created.id, 1, "publish", NOW);
    expect(await found("developpeuse postgresql")).toEqual([created.slug]);

    await updatePosting(
      acting(cast.actors.recruiter),
      created.id,
      2,
      input(cast.orgA, { title: "Ingénieure ou ingénieur données", slug: created.slug }),
    );
    expect(await found("ingenieure")).toEqual([created.slug]);
    expect(await found("developpeuse")).toEqual([]);

    const copy = await duplicatePosting(acting(cast.actors.recruiter), created.id);
    if (!copy.ok) throw new Error("copie");
    await changePostingStatus(acting(cast.actors.recruiter), copy.id, 1, "publish", NOW);
    expect((await found("ingenieur")).sort()).toEqual([created.slug, copy.slug].sort());
  });

  it("refuses a second offer with the same slug, next to the field", async () => {
    const cast = await castOf(t.db);
    await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    const again = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    expect(again).toMatchObject({ ok: false, error: "invalid", field: "slug" });
    expect(await t.db.posting.count()).toBe(1);
  });

  it("refuses a save based on a stale version and keeps the colleague's edit", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    if (!created.ok) throw new Error("création");
    const first = await updatePosting(acting(cast.actors.recruiter), created.id, 1, input(cast.orgA, { location: "Lyon" }));
    expect(first.ok).toBe(true);
    const stale = await updatePosting(acting(cast.actors.admin), created.id, 1, input(cast.orgA, { location: "Marseille" }));
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(stale.ok ? "" : stale.message).toMatch(/modifiée par quelqu'un d'autre/);
    const saved = await getAdminPosting(cast.actors.admin, created.id);
    expect(saved).toMatchObject({ location: "Lyon", version: 2 });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "posting.update" } });
    // The communes left empty follow the place.
    expect(JSON.parse(audit.changes)).toEqual({ location: ["Paris", "Lyon"], places: ["Paris (75)", "Lyon (69)"] });
  });

  it("publishes, closes, marks filled, reopens, each refused from the wrong state", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    if (!created.ok) throw new Error("création");
    const who = cast.actors.recruiter;
    expect(await changePostingStatus(acting(who), created.id, 1, "close", NOW)).toMatchObject({ ok: false, error: "conflict" });
    expect(await changePostingStatus(acting(who), created.id, 1, "publish", NOW)).toMatchObject({
      ok: true,
      scheduled: false,
      changed: { postings: [created.slug] },
    });
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "PUBLISHED",
      publishedAt: NOW,
      version: 2,
    });
    expect(await changePostingStatus(acting(who), created.id, 2, "close", NOW)).toMatchObject({ ok: true });
    expect(await changePostingStatus(acting(who), created.id, 3, "fill", NOW)).toMatchObject({ ok: true });
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "CLOSED",
      filledAt: NOW,
      closedAt: NOW,
    });
    expect(await changePostingStatus(acting(who), created.id, 4, "reopen", NOW)).toMatchObject({ ok: true });
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "PUBLISHED",
      filledAt: null,
      closedAt: null,
    });
    expect(await changePostingStatus(acting(who), created.id, 4, "close", NOW)).toMatchObject({ ok: false, error: "conflict" });
    const actions = (await t.db.auditEvent.findMany({ orderBy: { at: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(["posting.create", "posting.publish", "posting.close", "posting.fill", "posting.reopen"]);
  });

  it("schedules a publication date still to come, and lists it as scheduled", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(
      acting(cast.actors.recruiter),
      input(cast.orgA, { publishedAt: "2026-12-01T09:00", closesAt: "2026-12-31T18:00" }),
    );
    if (!created.ok) throw new Error("création");
    expect(await changePostingStatus(acting(cast.actors.recruiter), created.id, 1, "publish", NOW)).toMatchObject({
      ok: true,
      scheduled: true,
    });
    const list = await listAdminPostings(cast.actors.recruiter, { status: "scheduled" }, NOW);
    expect(list.items.map((p) => p.slug)).toEqual([created.slug]);
    const later = await listAdminPostings(cast.actors.recruiter, { status: "expired" }, new Date("2027-01-01T00:00:00Z"));
    expect(later.items.map((p) => p.slug)).toEqual([created.slug]);
  });

  it("finds offers by the words of their text, whatever the case and accents, or by their address", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA, { title: "Chargée de mission Données" }));
    if (!created.ok) throw new Error("création");
    await createPosting(acting(cast.actors.recruiter), input(cast.orgA, { title: "Designer de services" }));
    for (const q of ["chargee", "CHARGÉE données", "DONNEES", created.slug.slice(0, 12)]) {
      const list = await listAdminPostings(cast.actors.recruiter, { q });
      expect(
        list.items.map((p) => p.slug),
        q,
      ).toEqual([created.slug]);
    }
    expect((await listAdminPostings(cast.actors.recruiter, { q: "chargée designer" })).total).toBe(0);
  });

  it("sorts offers by title in French order, both ways, and by last change by default", async () => {
    const cast = await castOf(t.db);
    const titles = ["Zèbre des données", "analyste produit", "Économiste de la donnée", "Designer de services"];
    for (const title of titles) {
      const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA, { title }));
      if (!created.ok) throw new Error("création");
    }
    const titlesOf = async (sort?: AdminPostingsSort) =>
      (await listAdminPostings(cast.actors.recruiter, { organisationId: cast.orgA, sort })).items.map((p) => p.title);
    const french = ["analyste produit", "Designer de services", "Économiste de la donnée", "Zèbre des données"];
    expect(await titlesOf({ key: "intitule", direction: "asc" })).toEqual(french);
    expect(await titlesOf({ key: "intitule", direction: "desc" })).toEqual([...french].reverse());
    expect(await titlesOf()).toEqual([...titles].reverse());
    expect(await titlesOf({ key: "modifiee", direction: "asc" })).toEqual(titles);
  });

  it("duplicates into a new draft and deletes drafts only", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    if (!created.ok) throw new Error("création");
    await changePostingStatus(acting(cast.actors.recruiter), created.id, 1, "publish", NOW);
    const copy = await duplicatePosting(acting(cast.actors.recruiter), created.id);
    expect(copy).toMatchObject({ ok: true, slug: `${created.slug}-copie` });
    if (!copy.ok) return;
    expect(await getAdminPosting(cast.actors.recruiter, copy.id)).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
      technologies: [{ name: "PostgreSQL" }, { name: "TypeScript" }],
    });
    expect(await deleteDraft(acting(cast.actors.recruiter), created.id, 2)).toMatchObject({ ok: false, error: "conflict" });
    expect(await deleteDraft(acting(cast.actors.recruiter), copy.id, 1)).toMatchObject({ ok: true });
    expect(await t.db.posting.count()).toBe(1);
  });

  it("refuses another organisation's recruiter, replaying the same ids", async () => {
    const cast = await castOf(t.db);
    const created = await createPosting(acting(cast.actors.recruiter), input(cast.orgA));
    if (!created.ok) throw new Error("création");
    const intruder = cast.actors.otherRecruiter;
    // Another organisation's offer answers exactly as an offer that does not exist.
    const unknown = await updatePosting(acting(intruder), "inexistante", 1, input(cast.orgB));
    expect(unknown).toEqual({ ok: false, error: "not_found", message: "Cette offre n'existe pas ou plus." });
    expect(await updatePosting(acting(intruder), created.id, 1, input(cast.orgB))).toEqual(unknown);
    expect(await changePostingStatus(acting(intruder), created.id, 1, "publish", NOW)).toEqual(unknown);
    expect(await duplicatePosting(acting(intruder), created.id)).toEqual(unknown);
    expect(await deleteDraft(acting(intruder), created.id, 1)).toEqual(unknown);
    expect(await changePostingStatus(acting(intruder), "inexistante", 1, "publish", NOW)).toEqual(unknown);
    await expect(createPosting(acting(intruder), input(cast.orgA, { slug: "autre" }))).rejects.toBeInstanceOf(Forbidden);
    // Moving one's own offer into another organisation is refused too.
    await expect(updatePosting(acting(cast.actors.recruiter), created.id, 1, input(cast.orgB))).rejects.toBeInstanceOf(Forbidden);
    expect(await getAdminPosting(intruder, created.id)).toBeNull();
    expect((await listAdminPostings(intruder)).total).toBe(0);
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      version: 1,
      status: "DRAFT",
      organisationId: cast.orgA,
    });
  });
});
