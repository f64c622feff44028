// The candidate withdraws their consent to the pool from the link of an offer's mail: their
// applications leave the pool at once, in every organisation, and the link works once.
import { describe, expect, it } from "vitest";
import { postingOf } from "@/lib/applications/admin/testing";
import { deleteApplications } from "@/lib/applications/rights/erase";
import { acting } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { castOf } from "@/lib/test/people";
import { POOL_WITHDRAWN_PATH, poolWithdrawalPath } from "@/lib/urls/public";
import { proposeOffer } from "./proposal";
import { listPool } from "./queries";
import { consenting, NOW } from "./testing";
import { receivePoolWithdrawal } from "./withdraw-request";
import { poolWithdrawalPreview } from "./withdrawal";

const SITE = "https://rejoindre.exemple.gouv.fr";

const confirm = (token: string, headers: Record<string, string> = { origin: SITE }) =>
  receivePoolWithdrawal(
    new Request(`${SITE}${poolWithdrawalPath(token)}/confirmer`, {
      method: "POST",
      headers: { "x-forwarded-for": "192.0.2.45", ...headers },
    }),
    token,
  );

describe.each(BACKENDS)("withdrawing the consent to the pool on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ SITE_URL: SITE, WITHDRAWAL_RATE_LIMIT: "10" });

  async function proposed() {
    const cast = await castOf(t.db);
    const past = await postingOf(t.db, cast.orgA, "Designer");
    const elsewhere = await postingOf(t.db, cast.orgB, "Juriste");
    const offer = await postingOf(t.db, cast.orgA, "Product owner");
    const second = await postingOf(t.db, cast.orgA, "Data scientist");
    const ana = await consenting(t.db, past.id, { firstName: "Ana", lastName: "Lopez", email: "ana@exemple.fr" });
    await consenting(t.db, elsewhere.id, { firstName: "Ana", lastName: "Lopez", email: "ana@exemple.fr" });
    await proposeOffer(acting(cast.actors.admin), { postingId: offer.id, candidates: { ids: [ana.id] } }, NOW);
    // A second offer's mail, not sent yet when she withdraws.
    await proposeOffer(acting(cast.actors.admin), { postingId: second.id, candidates: { ids: [ana.id] } }, NOW);
    const mail = await t.db.outboxMail.findFirstOrThrow({ where: { subject: { contains: "Product owner" } } });
    await t.db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: NOW } });
    const token = /\/candidature\/vivier\/retrait\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    return { cast, offer, ana, token };
  }

  it("clears the consent of every application with that address, once, leaving no name in the journal", async () => {
    const { cast, offer, ana, token } = await proposed();
    expect(await poolWithdrawalPreview(t.db, token)).toMatchObject({ firstName: "Ana", applications: 2, offerTitle: "Product owner" });
    const response = await confirm(token);
    expect([response.status, response.headers.get("location")]).toEqual([303, POOL_WITHDRAWN_PATH]);
    expect(await t.db.application.count({ where: { email: "ana@exemple.fr", poolConsentAt: { not: null } } })).toBe(0);
    // The applications themselves stay, under the ordinary retention.
    expect(await t.db.application.count({ where: { email: "ana@exemple.fr" } })).toBe(2);
    expect(await t.db.poolProposal.count()).toBe(0);
    // The mail already sent stays with its application; the other one never goes.
    expect(await t.db.outboxMail.findMany({ where: { dedupeKey: { startsWith: "pool-proposal:" } }, select: { subject: true } })).toEqual([
      { subject: "Une offre pour vous : Product owner" },
    ]);
    const [audit] = await t.db.auditEvent.findMany({ where: { action: "application.pool_withdraw" } });
    expect(JSON.parse(audit!.changes)).toEqual({ candidatures: 2 });
    expect(audit!.clientAddress).toBeNull();
    expect(JSON.stringify(audit)).not.toMatch(/Ana|Lopez|ana@/);
    // She is out of the pool and cannot be sent an offer again.
    expect((await listPool(cast.actors.admin, {}, 1, NOW)).total).toBe(0);
    expect(await proposeOffer(acting(cast.actors.admin), { postingId: offer.id, candidates: { ids: [ana.id] } }, NOW)).toMatchObject({
      error: "not_found",
    });
    // The link is used up.
    expect(await poolWithdrawalPreview(t.db, token)).toBeNull();
    expect((await confirm(token)).headers.get("location")).toBe(poolWithdrawalPath(token));
  });

  it("refuses a malformed or unknown token and a confirmation posted from another site, changing nothing", async () => {
    const { token } = await proposed();
    expect(await poolWithdrawalPreview(t.db, "court")).toBeNull();
    expect(await poolWithdrawalPreview(t.db, "A".repeat(43))).toBeNull();
    expect((await confirm("A".repeat(43))).headers.get("location")).toBe(poolWithdrawalPath("A".repeat(43)));
    const forged = await confirm(token, { origin: "https://ailleurs.exemple", "sec-fetch-site": "cross-site" });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("Votre accord pour le vivier n'a pas été retiré");
    expect(await t.db.application.count({ where: { poolConsentAt: { not: null } } })).toBe(2);
  });

  it("deletes a candidate's proposals with their last application, not before", async () => {
    const { ana } = await proposed();
    const others = await t.db.application.findMany({ where: { email: "ana@exemple.fr", id: { not: ana.id } }, select: { id: true } });
    await t.db.$transaction((tx) => deleteApplications(tx, [ana.id]));
    expect(await t.db.poolProposal.count()).toBe(2);
    await t.db.$transaction((tx) =>
      deleteApplications(
        tx,
        others.map((o) => o.id),
      ),
    );
    expect(await t.db.poolProposal.count()).toBe(0);
  });
});
