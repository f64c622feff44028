// The portal as the end-to-end tests see it: the database DATABASE_URL names is emptied
// first, so every run starts from exactly the demo postings, then `npm start` takes over.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { databaseUrl, providerOf, sqliteFilePath } from "../lib/db/url";

// Both backends' servers start at once: building here would run two builds into one folder.
if (!existsSync(path.join(import.meta.dirname, "../.next/BUILD_ID"))) {
  console.error("Aucune version compilée : lancez `npm run build` avant Playwright (npm run test:e2e le fait).");
  process.exit(1);
}

const url = databaseUrl();
if (providerOf(url) === "sqlite") {
  const file = sqliteFilePath(url);
  await Promise.all(["", "-journal", "-wal", "-shm"].map((suffix) => rm(file + suffix, { force: true })));
} else {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

await import("./start");
