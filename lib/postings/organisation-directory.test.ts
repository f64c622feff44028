import { describe, expect, it } from "vitest";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { listOpenPostings } from "./queries";

describe.each(BACKENDS)("organisations on posting cards on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("shows an organisation created after the process loaded the others", async () => {
    await saveImportedPosting(t.db, aPosting({ slug: "a", organisation: { name: "Etalab", kind: "TEAM" } }), "a.md");
    expect((await listOpenPostings()).items.map((p) => p.organisation.name)).toEqual(["Etalab"]);

    const startup = { name: "Nouvelle Start-up", kind: "STARTUP" as const, parent: { name: "Incubateur Est", kind: "INCUBATOR" as const } };
    await saveImportedPosting(t.db, aPosting({ slug: "b", organisation: startup, publishedAt: new Date("2026-11-02T08:00:00Z") }), "b.md");
    expect((await listOpenPostings()).items.map((p) => p.organisation)).toEqual([
      {
        slug: "nouvelle-start-up",
        name: "Nouvelle Start-up",
        kind: "STARTUP",
        parent: { slug: "incubateur-est", name: "Incubateur Est", kind: "INCUBATOR" },
      },
      { slug: "etalab", name: "Etalab", kind: "TEAM", parent: null },
    ]);
  });
});
