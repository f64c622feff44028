// The export's memory at 200,000 applications (part of npm run bench, or alone with
// `npm run bench -- --only=export`): fills a SQLite base of its own once, then streams every
// application out as CSV, xlsx and a ZIP of the CVs, sampling this process's resident memory.
// Flat means the peak does not grow with the rows: compare the growth at a quarter, half and all of the run.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDb, setDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import type { Actor } from "../../lib/auth/permissions";
import { generateBenchData } from "../../lib/bench/data";
import { fillApplications, fillPostings } from "../../lib/bench/fill";
import { csvStream, cvZipStream, xlsxStream } from "../../lib/applications/admin/export/formats";

const APPLICATIONS = Number(process.env.BENCH_EXPORT_ROWS || 200_000);
const DATABASE_URL = process.env.BENCH_EXPORT_DATABASE_URL || "file:./data/bench-export.db";
const MB = 1024 * 1024;
// Bench only: an admin reads every organisation, and nothing is written to the journal.
const actor: Actor = { id: "bench", email: "banc@rejoindre.local", name: "Banc", admin: true, memberships: [], secondFactor: "totp" };

async function prepare() {
  await migrate(DATABASE_URL);
  const db = await createDb(DATABASE_URL);
  setDb(db);
  if ((await db.posting.count()) === 0) await fillPostings(db, generateBenchData(10, 200));
  if ((await db.application.count()) !== APPLICATIONS) {
    await db.applicationFile.deleteMany();
    await db.application.deleteMany();
    console.log(`Remplissage : ${APPLICATIONS} candidatures avec leur CV…`);
    await fillApplications(db, APPLICATIONS, { onProgress: (done) => done % 50_000 === 0 && console.log(`  ${done}`) });
  }
}

async function measure(label: string, open: () => ReadableStream<Uint8Array>) {
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss), 50);
  const started = Date.now();
  let bytes = 0;
  // Read as a client would, chunk after chunk, keeping nothing.
  for await (const chunk of open()) bytes += chunk.byteLength;
  clearInterval(timer);
  samples.push(process.memoryUsage().rss);
  const peakUntil = (share: number) => Math.max(...samples.slice(0, Math.max(1, Math.ceil(samples.length * share)))) - baseline;
  const growth = [0.25, 0.5, 1].map((s) => `${(peakUntil(s) / MB).toFixed(0)} Mo`).join(" / ");
  console.log(
    `${label.padEnd(12)} ${APPLICATIONS} candidatures, ${(bytes / MB).toFixed(0)} Mo en ${((Date.now() - started) / 1000).toFixed(0)} s ; RSS de départ ${(baseline / MB).toFixed(0)} Mo, hausse maximale à 1/4, 1/2 et fin : ${growth}`,
  );
}

if (!process.argv.includes("--measure")) {
  // The fill leaves hundreds of megabytes behind: the measures run in a fresh process.
  await prepare();
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--measure", ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(run.status ?? 1);
}
setDb(await createDb(DATABASE_URL));
const source = { actor, filters: {}, siteUrl: "http://127.0.0.1" };
console.log(`\nMémoire de l'export, ${APPLICATIONS} candidatures (SQLite) :`);
await measure("CSV", () => csvStream(source, ";"));
if (!process.argv.includes("--csv-only")) {
  await measure("xlsx", () => xlsxStream(source));
  await measure("ZIP des CV", () => cvZipStream(source));
}
process.exit(0);
