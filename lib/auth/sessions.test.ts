import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { actorForSession, createSession, LAST_SEEN_PRECISION_MS, openSessions } from "./sessions";

const NOW = new Date("2026-12-02T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(BACKENDS)("open sessions on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("keep the browser that opened them and when they were last used, written at most every few minutes", async () => {
    const user = await t.db.user.create({ data: { email: "camille@a.gouv.fr", name: "Camille" } });
    const session = await createSession(t.db, user.id, { userAgent: `Firefox/133.0 ${"x".repeat(500)}` }, NOW);
    await actorForSession(t.db, session.id, later(LAST_SEEN_PRECISION_MS - 1000));
    let [row] = await openSessions(t.db, user.id, NOW);
    expect(row).toMatchObject({ id: session.id, lastSeenAt: NOW });
    expect(row!.userAgent).toHaveLength(300);
    await actorForSession(t.db, session.id, later(LAST_SEEN_PRECISION_MS + 1000));
    [row] = await openSessions(t.db, user.id, NOW);
    expect(row!.lastSeenAt).toEqual(later(LAST_SEEN_PRECISION_MS + 1000));
  });

  it("keep how they proved a second factor, and when; none for a password alone", async () => {
    const user = await t.db.user.create({ data: { email: "camille@a.gouv.fr", name: "Camille" } });
    const withCode = await createSession(t.db, user.id, { secondFactor: "totp" }, NOW);
    const withPassword = await createSession(t.db, user.id, {}, NOW);
    const rows = await t.db.session.findMany({
      where: { userId: user.id },
      select: { id: true, secondFactorAt: true, secondFactorMethod: true },
    });
    expect(rows.find((r) => r.id === withCode.id)).toMatchObject({ secondFactorAt: NOW, secondFactorMethod: "totp" });
    expect(rows.find((r) => r.id === withPassword.id)).toMatchObject({ secondFactorAt: null, secondFactorMethod: null });
  });

  it("list only the person's unexpired sessions, the latest used first", async () => {
    const user = await t.db.user.create({ data: { email: "camille@a.gouv.fr", name: "Camille" } });
    const other = await t.db.user.create({ data: { email: "autre@a.gouv.fr", name: "Autre" } });
    const old = await createSession(t.db, user.id, {}, later(-9 * 3600_000));
    const first = await createSession(t.db, user.id, {}, later(-3600_000));
    const second = await createSession(t.db, user.id, {}, NOW);
    await createSession(t.db, other.id, {}, NOW);
    expect((await openSessions(t.db, user.id, NOW)).map((s) => s.id)).toEqual([second.id, first.id]);
    expect(old.expiresAt <= NOW).toBe(true);
  });
});
