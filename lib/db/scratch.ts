import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createPostgresDatabase, dropPostgresDatabase, removeSqliteFiles } from "./databases";
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
    return { url: `file:${file}`, drop: () => removeSqliteFiles(file) };
  }
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  await createPostgresDatabase(url.toString());
  return { url: url.toString(), drop: () => dropPostgresDatabase(url.toString()) };
}
