import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { applicationTo, postingOf } from "@/lib/applications/admin/testing";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { listPool, POOL_PAGE_SIZE, poolFilterOptions } from "./queries";
import { consenting, daysAgo, NOW } from "./testing";

describe.each(BACKENDS)("the pool on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const emails = async (actor: Parameters<typeof listPool>[0], filters = {}) =>
    (await listPool(actor, filters, 1, NOW)).items.map((c) => c.email);

  it("lists the candidates who agreed, within the actor's organisations, never another's", async () => {
    const cast = await castOf(t.db);
    const a = await postingOf(t.db, cast.orgA);
    const b = await postingOf(t.db, cast.orgB);
    await consenting(t.db, a.id, { email: "alix@exemple.fr" });
    await consenting(t.db, b.id, { email: "bea@exemple.fr" });
    await applicationTo(t.db, a.id, { email: "sans.accord@exemple.fr" });
    expect(await emails(cast.actors.recruiter)).toEqual(["alix@exemple.fr"]);
    expect(await emails(cast.actors.reader)).toEqual(["alix@exemple.fr"]);
    expect(await emails(cast.actors.otherRecruiter)).toEqual(["bea@exemple.fr"]);
    expect((await emails(cast.actors.admin)).sort()).toEqual(["alix@exemple.fr", "bea@exemple.fr"]);
    await expect(listPool(cast.actors.anonymous, {}, 1, NOW)).rejects.toThrow(Forbidden);
    await expect(listPool(cast.actors.pendingAdmin, {}, 1, NOW)).rejects.toThrow(Forbidden);
    expect((await poolFilterOptions(cast.actors.recruiter)).organisations.map((o) => o.id)).toEqual([cast.orgA]);
  });

  it("leaves out a consent past its period (24 months) and keeps one just within", async () => {
    const cast = await castOf(t.db);
    const a = await postingOf(t.db, cast.orgA);
    await consenting(t.db, a.id, { email: "ancien@exemple.fr" }, { days: 731 });
    await consenting(t.db, a.id, { email: "recent@exemple.fr" }, { days: 729 });
    expect(await emails(cast.actors.recruiter)).toEqual(["recent@exemple.fr"]);
  });

  it("shows one row per candidate (by address) with every past offer and its step, the latest consent first", async () => {
    const cast = await castOf(t.db);
    const design = await postingOf(t.db, cast.orgA, "Designer");
    const data = await postingOf(t.db, cast.orgA, "Data scientist");
    await consenting(t.db, design.id, { firstName: "Ana", email: "ana@exemple.fr" }, { days: 100, status: "INTERVIEW" });
    const latest = await consenting(t.db, data.id, { firstName: "Anaïs", email: "ana@exemple.fr" }, { days: 5 });
    await consenting(t.db, data.id, { email: "zoe@exemple.fr" }, { days: 50 });
    const list = await listPool(cast.actors.recruiter, {}, 1, NOW);
    expect(list.total).toBe(2);
    expect(list.items.map((c) => c.email)).toEqual(["ana@exemple.fr", "zoe@exemple.fr"]);
    const [ana] = list.items;
    expect(ana).toMatchObject({ id: latest.id, firstName: "Anaïs", consentAt: daysAgo(5) });
    expect(ana!.applications.map((a) => [a.posting.title, a.status])).toEqual([
      ["Data scientist", "RECEIVED"],
      ["Designer", "INTERVIEW"],
    ]);
  });

  it("filters by past offer, step reached, organisation and words of the message (accents and case aside)", async () => {
    const cast = await castOf(t.db);
    const design = await postingOf(t.db, cast.orgA, "Designer");
    const data = await postingOf(t.db, cast.orgA, "Data scientist");
    const other = await postingOf(t.db, cast.orgB, "Juriste");
    await consenting(
      t.db,
      design.id,
      { email: "ana@exemple.fr" },
      { status: "INTERVIEW", message: "J'ai travaillé sur l'Accessibilité numérique." },
    );
    await consenting(t.db, data.id, { email: "ana@exemple.fr" }, { message: "Données publiques." });
    await consenting(t.db, data.id, { email: "zoe@exemple.fr" }, { status: "INTERVIEW", message: "Expérience en DONNÉES de santé." });
    await consenting(t.db, other.id, { email: "jules@exemple.fr" }, { message: "Données juridiques." });
    const admin = cast.actors.admin;
    expect(await emails(admin, { postingId: design.id })).toEqual(["ana@exemple.fr"]);
    expect((await emails(admin, { status: "INTERVIEW" })).sort()).toEqual(["ana@exemple.fr", "zoe@exemple.fr"]);
    // The filters hold on one same application: Ana's interview was for the design offer.
    expect(await emails(admin, { status: "INTERVIEW", postingId: data.id })).toEqual(["zoe@exemple.fr"]);
    expect((await emails(admin, { q: "donnees" })).sort()).toEqual(["ana@exemple.fr", "jules@exemple.fr", "zoe@exemple.fr"]);
    expect(await emails(admin, { q: "ACCESSIBILITÉ numer" })).toEqual(["ana@exemple.fr"]);
    expect(await emails(admin, { q: "experience sante" })).toEqual(["zoe@exemple.fr"]);
    // Each word starts a word of the message, as in the inbox: "ees" is no word of "données".
    expect(await emails(admin, { q: "ees" })).toEqual([]);
    expect(await emails(admin, { organisationId: cast.orgB })).toEqual(["jules@exemple.fr"]);
    expect(await emails(cast.actors.otherRecruiter, { organisationId: cast.orgA })).toEqual([]);
  });

  it("pages the candidates like the inbox", async () => {
    const cast = await castOf(t.db);
    const a = await postingOf(t.db, cast.orgA);
    for (let i = 0; i <= POOL_PAGE_SIZE; i++) await consenting(t.db, a.id, { email: `p${i}@exemple.fr` }, { days: i + 1 });
    const first = await listPool(cast.actors.recruiter, {}, 1, NOW);
    const second = await listPool(cast.actors.recruiter, {}, 2, NOW);
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([POOL_PAGE_SIZE + 1, 2, POOL_PAGE_SIZE, 1]);
    expect(second.items[0]!.email).toBe(`p${POOL_PAGE_SIZE}@exemple.fr`);
  });
});
