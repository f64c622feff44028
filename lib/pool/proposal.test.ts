import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { postingOf } from "@/lib/applications/admin/testing";
import { withoutPersonalLinks } from "@/lib/mail/personal-links";
import { acting } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { proposalSummary, proposeOffer, UNKNOWN_CANDIDATES, UNKNOWN_OFFER } from "./proposal";
import { consenting, NOW } from "./testing";

describe.each(BACKENDS)("proposing an offer to the pool on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  async function setUp() {
    const cast = await castOf(t.db);
    const past = await postingOf(t.db, cast.orgA, "Designer");
    const offer = await postingOf(t.db, cast.orgA, "Product owner");
    const ana = await consenting(t.db, past.id, { firstName: "Ana", lastName: "Lopez", email: "ana@exemple.fr" }, { days: 30 });
    const zoe = await consenting(t.db, past.id, { firstName: "Zoé", lastName: "Roux", email: "zoe@exemple.fr" });
    return { cast, past, offer, ana, zoe };
  }

  it("writes one mail per candidate through the outbox, with the offer, why they receive it and their withdrawal link", async () => {
    const { cast, offer, ana, zoe } = await setUp();
    const result = await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { ids: [ana.id, zoe.id] } }, NOW);
    expect(result).toMatchObject({ ok: true, sent: 2, already: 0 });
    const mails = await t.db.outboxMail.findMany({ where: { dedupeKey: { startsWith: "pool-proposal:" } }, orderBy: { to: "asc" } });
    expect(mails.map((m) => [m.to, m.subject, m.applicationId, m.replyTo])).toEqual([
      ["ana@exemple.fr", "Une offre pour vous : Product owner", ana.id, "equipe@a.gouv.fr"],
      ["zoe@exemple.fr", "Une offre pour vous : Product owner", zoe.id, "equipe@a.gouv.fr"],
    ]);
    const text = mails[0]!.text;
    expect(text).toContain("Bonjour Ana,");
    expect(text).toMatch(/« Product owner »/);
    expect(text).toMatch(/\/offres\/offre-[a-z0-9-]+/);
    expect(text).toContain("le 23 octobre 2026, en candidatant au poste « Designer », vous avez accepté");
    const link = /\/candidature\/vivier\/retrait\/([A-Za-z0-9_-]{43})/.exec(text);
    expect(link).not.toBeNull();
    // Once sent, the stored text loses the personal link.
    expect(withoutPersonalLinks(text)).not.toContain(link![1]);
    expect(await t.db.poolProposal.count({ where: { postingId: offer.id } })).toBe(2);
    const [audit] = await t.db.auditEvent.findMany({ where: { action: "application.pool_propose" } });
    expect(audit).toMatchObject({
      actorId: cast.userIds.recruiter,
      subjectId: offer.id,
      subjectLabel: "Product owner",
      organisationId: cast.orgA,
    });
    expect(JSON.parse(audit!.changes)).toEqual({ "personnes contactées": 2, "déjà contactées pour cette offre": 0 });
    expect(JSON.stringify(audit)).not.toMatch(/Ana|Lopez|ana@/);
  });

  it("never sends the same offer twice to a candidate, and says how many had it already", async () => {
    const { cast, offer, ana } = await setUp();
    await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { ids: [ana.id] } }, NOW);
    const again = await proposeOffer(acting(cast.actors.admin), { postingId: offer.id, candidates: { all: {} } }, NOW);
    expect(again).toMatchObject({ ok: true, sent: 1, already: 1 });
    expect(await t.db.outboxMail.count({ where: { to: "ana@exemple.fr", dedupeKey: { startsWith: "pool-proposal:" } } })).toBe(1);
    expect(await t.db.outboxMail.count({ where: { to: "zoe@exemple.fr", dedupeKey: { startsWith: "pool-proposal:" } } })).toBe(1);
    expect(proposalSummary({ sent: 12, already: 3 })).toBe("12 personnes contactées, 3 l'avaient déjà été pour cette offre.");
    expect(proposalSummary({ sent: 1, already: 0 })).toBe("1 personne contactée.");
  });

  it("sends to all who match the filters when asked, and to them only", async () => {
    const { cast, offer } = await setUp();
    const result = await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { all: { q: "zoé" } } }, NOW);
    // "zoé" is no word of the messages: nobody matches, nothing is sent.
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    const some = await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { all: { q: "EQUIPE" } } }, NOW);
    expect(some).toMatchObject({ ok: true, sent: 2 });
  });

  it("refuses the whole proposal when one candidate or the offer is another organisation's, or the offer is not open", async () => {
    const { cast, offer, ana } = await setUp();
    const foreignPast = await postingOf(t.db, cast.orgB, "Juriste");
    const foreign = await consenting(t.db, foreignPast.id, { email: "jules@exemple.fr" });
    const mixed = await proposeOffer(
      acting(cast.actors.recruiter),
      { postingId: offer.id, candidates: { ids: [ana.id, foreign.id] } },
      NOW,
    );
    expect(mixed).toEqual({ ok: false, error: "not_found", message: UNKNOWN_CANDIDATES, field: "candidats" });
    const unknown = await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { ids: ["inconnu"] } }, NOW);
    expect(unknown).toEqual(mixed);
    const foreignOffer = await postingOf(t.db, cast.orgB, "Offre de B");
    expect(await proposeOffer(acting(cast.actors.recruiter), { postingId: foreignOffer.id, candidates: { ids: [ana.id] } }, NOW)).toEqual({
      ok: false,
      error: "not_found",
      message: UNKNOWN_OFFER,
      field: "offre",
    });
    await t.db.posting.update({ where: { id: offer.id }, data: { status: "CLOSED" } });
    expect(await proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { ids: [ana.id] } }, NOW)).toMatchObject({
      error: "not_found",
    });
    expect(await t.db.poolProposal.count()).toBe(0);
    expect(await t.db.outboxMail.count({ where: { dedupeKey: { startsWith: "pool-proposal:" } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "application.pool_propose" } })).toBe(0);
  });

  it("lets no reader send, and writes nothing for them", async () => {
    const { cast, offer, ana } = await setUp();
    await expect(proposeOffer(acting(cast.actors.reader), { postingId: offer.id, candidates: { ids: [ana.id] } }, NOW)).rejects.toThrow(
      Forbidden,
    );
    expect(await t.db.poolProposal.count()).toBe(0);
  });

  it("writes the proposals and their mails in one transaction: a failure on the second candidate leaves none", async () => {
    const { cast, offer, ana, zoe } = await setUp();
    // The database refuses Zoé's proposal, after Ana's was written.
    const refuse =
      provider === "sqlite"
        ? [
            `CREATE TRIGGER refuse_zoe BEFORE INSERT ON "PoolProposal" WHEN NEW.email = 'zoe@exemple.fr' BEGIN SELECT RAISE(ABORT, 'refusé'); END`,
          ]
        : [
            `CREATE FUNCTION refuse_zoe() RETURNS trigger AS $$ BEGIN IF NEW.email = 'zoe@exemple.fr' THEN RAISE EXCEPTION 'refusé'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
            `CREATE TRIGGER refuse_zoe BEFORE INSERT ON "PoolProposal" FOR EACH ROW EXECUTE FUNCTION refuse_zoe()`,
          ];
    for (const sql of refuse) await t.db.$executeRawUnsafe(sql);
    await expect(
      proposeOffer(acting(cast.actors.recruiter), { postingId: offer.id, candidates: { ids: [ana.id, zoe.id] } }, NOW),
    ).rejects.toThrow();
    expect(await t.db.poolProposal.count()).toBe(0);
    expect(await t.db.outboxMail.count({ where: { dedupeKey: { startsWith: "pool-proposal:" } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "application.pool_propose" } })).toBe(0);
  });
});
