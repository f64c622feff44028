import path from "node:path";
import type { Provider } from "./schema-files";

export const DEFAULT_DATABASE_URL = "file:./data/rejoindre.db";

/** The configured database URL; the embedded SQLite file when none is set. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    `DATABASE_URL non reconnue : « ${url.split("@").pop()} ». Attendu : file:./chemin.db (SQLite) ou postgresql://… (PostgreSQL).`,
  );
}

/** Absolute path of an SQLite `file:` URL, relative paths taken from the working directory. */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/i, "").split("?")[0] ?? "";
  return path.resolve(raw);
}
