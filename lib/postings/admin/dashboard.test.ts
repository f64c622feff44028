import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { dashboardCounts } from "./queries";

// Wednesday 25 November 2026, noon in Paris: the week began Monday 23 at 00:00 (23:00 UTC on the 22nd).
const NOW = new Date("2026-11-25T11:00:00Z");

async function applicationAt(db: Db, postingId: string, createdAt: string, n: number) {
  await db.application.create({
    data: {
      postingId,
      idempotencyKey: `cle-${postingId}-${n}`,
      firstName: "Alex",
      lastName: "Martin",
      email: `alex${n}@example.fr`,
      message: "Bonjour",
      consentedAt: new Date(createdAt),
      createdAt: new Date(createdAt),
    },
  });
}

describe.each(BACKENDS)("dashboard on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("counts this week's applications on the offers each person may read, and no one else's", async () => {
    const cast = await castOf(t.db);
    const posting = (organisationId: string, slug: string) =>
      t.db.posting.create({ data: { slug, title: slug, body: "Texte", organisationId, status: "PUBLISHED" } });
    const a = await posting(cast.orgA, "offre-a");
    const b = await posting(cast.orgB, "offre-b");
    await applicationAt(t.db, a.id, "2026-11-22T23:30:00Z", 1); // Monday 23, 00:30 in Paris
    await applicationAt(t.db, a.id, "2026-11-25T10:00:00Z", 2);
    await applicationAt(t.db, a.id, "2026-11-22T21:30:00Z", 3); // Sunday 22, 22:30 in Paris: last week
    await applicationAt(t.db, b.id, "2026-11-24T09:00:00Z", 4);

    const count = async (who: keyof typeof cast.actors) => (await dashboardCounts(cast.actors[who], NOW)).applicationsThisWeek;
    expect(await count("recruiter")).toBe(2);
    expect(await count("reader")).toBe(2);
    expect(await count("otherRecruiter")).toBe(1);
    expect(await count("admin")).toBe(3);
  });
});
