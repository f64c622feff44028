import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { providerOf, sqliteFilePath } from "./url";

/** The driver adapter factory for a database URL (Prisma 7 talks to databases only through these). */
export function adapterFor(url: string) {
  if (providerOf(url) === "postgresql") {
    return new PrismaPg({ connectionString: url });
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file });
}
