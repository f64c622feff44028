import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Provider } from "./schema-files";

/** Where tooling and tests create and drop their throw-away PostgreSQL databases. */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PG_ADMIN_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
}

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database of the given backend, with a way to remove it. */
export async function createScratchDatabase(provider: Provider, label = "scratch"): Promise<ScratchDatabase> {
  const name = `rejoindre_${label}_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const file = path.join(os.tmpdir(), `${name}.db`);
    return {
      url: `file:${file}`,
      drop: async () => {
        await Promise.all(["", "-journal", "-wal", "-shm"].map((suffix) => rm(file + suffix, { force: true })));
      },
    };
  }
  const admin = postgresAdminUrl();
  await runAdmin(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runAdmin(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function runAdmin(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
