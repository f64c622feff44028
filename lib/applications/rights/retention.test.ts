// Retention by default, with the clock passed in (`now`): the database keeps its own.
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { applicationTo, postingOf } from "../admin/testing";
import { addMonths, purgeExpiredApplications, recruitmentEnd } from "./retention";

const PERIODS = { retentionMonths: 3, poolMonths: 24 };
const CLOSED = new Date("2026-01-15T10:00:00Z");
const APPLIED = new Date("2025-12-01T09:00:00Z");
const day = 24 * 60 * 60 * 1000;
const THREE_MONTHS_LATER = new Date("2026-04-15T10:00:00Z");

async function closedPosting(db: Db, organisationId: string, data: Prisma.PostingUpdateInput = { status: "CLOSED", closedAt: CLOSED }) {
  const posting = await postingOf(db, organisationId);
  await db.posting.update({ where: { id: posting.id }, data });
  return posting;
}

const dated = (at: Date, over: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) => ({
  createdAt: at,
  statusChangedAt: at,
  lastContactAt: at,
  ...over,
});

async function withTrail(db: Db, id: string) {
  await db.applicationNote.create({ data: { applicationId: id, authorLabel: "recrute", body: "Note sur la personne" } });
  await db.applicationEvent.create({ data: { applicationId: id, kind: "status", fromStatus: "RECEIVED", toStatus: "REJECTED" } });
  await db.outboxMail.create({
    data: { applicationId: id, dedupeKey: `answer:${id}`, to: "x@exemple.fr", subject: "Réponse", text: "Bonjour" },
  });
}

describe("retention dates", () => {
  it("adds calendar months in UTC, clamping to the month's last day", () => {
    expect(addMonths(CLOSED, 3).toISOString()).toBe("2026-04-15T10:00:00.000Z");
    expect(addMonths(new Date("2026-11-30T00:00:00Z"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2026-05-31T12:00:00Z"), -3).toISOString()).toBe("2026-02-28T12:00:00.000Z");
    expect(addMonths(new Date("2024-02-29T00:00:00Z"), 24).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });

  it("the recruitment ends when the offer is filled or closed, whichever first; a published offer still recruits", () => {
    const base = { status: "PUBLISHED", closedAt: null, filledAt: null, closesAt: null, updatedAt: CLOSED };
    expect(recruitmentEnd(base)).toBeNull();
    expect(recruitmentEnd({ ...base, closesAt: new Date("2020-01-01") })).toBeNull();
    expect(recruitmentEnd({ ...base, status: "CLOSED", closedAt: CLOSED, filledAt: new Date("2026-01-10T00:00:00Z") })).toEqual(
      new Date("2026-01-10T00:00:00Z"),
    );
    expect(recruitmentEnd({ ...base, status: "CLOSED" })).toEqual(CLOSED);
  });
});

describe.each(BACKENDS)("retention purge on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("deletes an application not retained, with its CV, notes, history and mail, the day after its 3 months, not the day before", async () => {
    const cast = await castOf(t.db);
    const posting = await closedPosting(t.db, cast.orgA);
    const { id } = await applicationTo(t.db, posting.id, {}, dated(APPLIED, { status: "REJECTED" }));
    await withTrail(t.db, id);

    const dayBefore = new Date(THREE_MONTHS_LATER.getTime() - day);
    expect(await purgeExpiredApplications(t.db, dayBefore, PERIODS)).toEqual({ afterRecruitment: 0, pool: 0, failed: 0 });
    expect(await t.db.application.count()).toBe(1);
    expect(await purgeExpiredApplications(t.db, new Date(THREE_MONTHS_LATER.getTime() - 1), PERIODS)).toMatchObject({
      afterRecruitment: 0,
    });

    expect(await purgeExpiredApplications(t.db, new Date(THREE_MONTHS_LATER.getTime() + day), PERIODS)).toEqual({
      afterRecruitment: 1,
      pool: 0,
      failed: 0,
    });
    expect(await t.db.application.count()).toBe(0);
    expect(await t.db.applicationFile.count()).toBe(0);
    expect(await t.db.applicationNote.count()).toBe(0);
    expect(await t.db.applicationEvent.count()).toBe(0);
    expect(await t.db.outboxMail.count()).toBe(0);
  });

  it("counts from the day the offer was filled when it was filled before being closed", async () => {
    const cast = await castOf(t.db);
    const filled = new Date("2025-12-20T10:00:00Z");
    const posting = await closedPosting(t.db, cast.orgA, { status: "CLOSED", filledAt: filled, closedAt: CLOSED });
    await applicationTo(t.db, posting.id, {}, dated(APPLIED, { status: "INTERVIEW" }));
    expect((await purgeExpiredApplications(t.db, new Date("2026-03-19T10:00:00Z"), PERIODS)).afterRecruitment).toBe(0);
    expect((await purgeExpiredApplications(t.db, new Date("2026-03-21T10:00:00Z"), PERIODS)).afterRecruitment).toBe(1);
  });

  it("keeps the person recruited, and every application to an offer still open", async () => {
    const cast = await castOf(t.db);
    const closed = await closedPosting(t.db, cast.orgA);
    const hired = await applicationTo(t.db, closed.id, {}, dated(APPLIED, { status: "HIRED" }));
    const open = await postingOf(t.db, cast.orgA);
    const waiting = await applicationTo(t.db, open.id, {}, dated(new Date("2020-01-01T00:00:00Z"), { status: "REJECTED" }));
    const farLater = new Date("2030-01-01T00:00:00Z");
    expect(await purgeExpiredApplications(t.db, farLater, PERIODS)).toEqual({ afterRecruitment: 0, pool: 0, failed: 0 });
    expect((await t.db.application.findMany({ select: { id: true } })).map((a) => a.id).sort()).toEqual([hired.id, waiting.id].sort());
  });

  it("keeps a candidate of the pool 2 years after the last contact, whichever of application, step change or mail came last", async () => {
    const cast = await castOf(t.db);
    const posting = await closedPosting(t.db, cast.orgA);
    const lastMail = new Date("2026-02-01T08:00:00Z");
    const pool = await applicationTo(
      t.db,
      posting.id,
      {},
      dated(APPLIED, {
        poolConsentAt: APPLIED,
        status: "REJECTED",
        statusChangedAt: new Date("2026-01-20T08:00:00Z"),
        lastContactAt: lastMail,
      }),
    );
    const other = await applicationTo(t.db, posting.id, {}, dated(APPLIED, { status: "REJECTED" }));

    // Three months after the closure: only the one outside the pool goes.
    expect(await purgeExpiredApplications(t.db, new Date(THREE_MONTHS_LATER.getTime() + day), PERIODS)).toMatchObject({
      afterRecruitment: 1,
      pool: 0,
    });
    expect(await t.db.application.findUnique({ where: { id: other.id } })).toBeNull();
    // Two years after the step change, but not after the last mail: kept.
    expect((await purgeExpiredApplications(t.db, new Date("2028-01-25T08:00:00Z"), PERIODS)).pool).toBe(0);
    expect((await purgeExpiredApplications(t.db, new Date(lastMail.getTime() + 2 * 365 * day - day), PERIODS)).pool).toBe(0);
    expect(await t.db.application.count({ where: { id: pool.id } })).toBe(1);
    expect((await purgeExpiredApplications(t.db, new Date("2028-02-02T08:00:00Z"), PERIODS)).pool).toBe(1);
    expect(await t.db.application.count()).toBe(0);
  });

  it("keeps a pool candidate whose offer still recruits, even past 2 years", async () => {
    const cast = await castOf(t.db);
    const open = await postingOf(t.db, cast.orgA);
    await applicationTo(t.db, open.id, {}, dated(APPLIED, { poolConsentAt: APPLIED }));
    expect(await purgeExpiredApplications(t.db, new Date("2030-01-01T00:00:00Z"), PERIODS)).toMatchObject({ afterRecruitment: 0, pool: 0 });
    expect(await t.db.application.count()).toBe(1);
  });

  it("follows the configured periods", async () => {
    const cast = await castOf(t.db);
    const posting = await closedPosting(t.db, cast.orgA);
    await applicationTo(t.db, posting.id, {}, dated(APPLIED));
    const oneMonthAndADay = new Date("2026-02-16T10:00:00Z");
    expect((await purgeExpiredApplications(t.db, oneMonthAndADay, PERIODS)).afterRecruitment).toBe(0);
    expect((await purgeExpiredApplications(t.db, oneMonthAndADay, { retentionMonths: 1, poolMonths: 24 })).afterRecruitment).toBe(1);
  });

  it("records each purge in the audit log as counts, with no name or address", async () => {
    const cast = await castOf(t.db);
    const posting = await closedPosting(t.db, cast.orgA);
    const { email } = await applicationTo(t.db, posting.id, { lastName: "Introuvable" }, dated(APPLIED));
    await purgeExpiredApplications(t.db, new Date("2027-01-01T00:00:00Z"), PERIODS);
    const [audit, ...more] = await t.db.auditEvent.findMany({ where: { action: "application.purge" } });
    expect(more).toHaveLength(0);
    expect(JSON.parse(audit!.changes)).toMatchObject({ afterRecruitment: 1, pool: 0, failed: 0 });
    const row = JSON.stringify(audit);
    expect(row).not.toContain(email);
    expect(row).not.toContain("Introuvable");
  });
});
