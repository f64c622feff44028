// The portal as the end-to-end tests see it: the database DATABASE_URL names is emptied
// first, so every run starts from exactly the demo postings, then `npm start` takes over.
import { existsSync } from "node:fs";
import path from "node:path";
import { dropPostgresDatabase, removeSqliteFiles } from "../lib/db/databases";
import { databaseUrl, providerOf, sqliteFilePath } from "../lib/db/url";

// Both backends' servers start at once: building here would run two builds into one folder.
if (!existsSync(path.join(import.meta.dirname, "../.next/BUILD_ID"))) {
  console.error("Aucune version compilée : lancez `npm run build` avant Playwright (npm run test:e2e le fait).");
  process.exit(1);
}

const url = databaseUrl();
if (providerOf(url) === "sqlite") await removeSqliteFiles(sqliteFilePath(url));
else await dropPostgresDatabase(url);

await import("./start");
