import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { readiness } from "./readiness";

describe.each(BACKENDS)("readiness on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("is ready when the database answers with every migration applied, and names a missing one", async () => {
    expect(await readiness(t.db, provider)).toEqual({ ready: true, database: "ok", missingMigrations: [] });
    const [last] = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1",
    );
    await t.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last!.migration_name}'`);
    expect(await readiness(t.db, provider)).toEqual({ ready: false, database: "ok", missingMigrations: [last!.migration_name] });
  });
});
