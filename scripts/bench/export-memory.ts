// The export at 200,000 applications (part of npm run bench, or alone with
// `npm run bench -- --only=export`), on SQLite and on PostgreSQL: fills a base of its own on each
// backend once, then streams every application out as CSV, xlsx and a ZIP of the CVs, timing each
// and sampling this process's memory. Flat means the last quarter of the run climbs no higher
// than the first three did. Options: --backend=sqlite|postgresql (one backend), --csv-only.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { csvStream, cvZipStream, xlsxStream } from "../../lib/applications/admin/export/formats";
import type { Actor } from "../../lib/auth/permissions";
import { generateBenchData } from "../../lib/bench/data";
import { fillApplications, fillPostings } from "../../lib/bench/fill";
import { formatMemoryProfile, memoryProfile, type MemorySample } from "../../lib/bench/memory";
import { createDb, setDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { postgresAdminUrl } from "../../lib/db/scratch";
import type { Provider } from "../../lib/db/schema-files";
import { providerOf } from "../../lib/db/url";

const APPLICATIONS = Number(process.env.BENCH_EXPORT_ROWS || 200_000);
const MB = 1024 * 1024;
// Bench only: an admin reads every organisation, and nothing is written to the journal.
const actor: Actor = { id: "bench", email: "banc@rejoindre.local", name: "Banc", admin: true, memberships: [], secondFactor: "totp" };

/** Each backend's base: a file under data/, a database of its own on PG_ADMIN_URL's server. */
function databaseUrls(): Record<Provider, string> {
  const postgres = new URL(postgresAdminUrl());
  postgres.pathname = "/rejoindre_bench_export";
  return {
    sqlite: process.env.BENCH_EXPORT_DATABASE_URL || "file:./data/bench-export.db",
    postgresql: process.env.BENCH_EXPORT_POSTGRES_URL || postgres.toString(),
  };
}

async function prepare(url: string) {
  // Creates the PostgreSQL database when the server lacks it, and adds the tables added since.
  await migrate(url);
  const db = await createDb(url);
  if ((await db.posting.count()) === 0) await fillPostings(db, generateBenchData(10, 200));
  if ((await db.application.count()) !== APPLICATIONS) {
    await db.applicationFile.deleteMany();
    await db.application.deleteMany();
    console.log(`Remplissage (${providerOf(url)}) : ${APPLICATIONS} candidatures avec leur CV…`);
    const started = Date.now();
    await fillApplications(db, APPLICATIONS, { onProgress: (done) => done % 50_000 === 0 && console.log(`  ${done}`) });
    console.log(`  en ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await db.$disconnect();
}

async function measure(label: string, open: () => ReadableStream<Uint8Array>) {
  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  const samples: MemorySample[] = [];
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ rss, heapUsed });
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  // Read as a client would, chunk after chunk, keeping nothing. A socket's write hands the event
  // loop back; without that, SQLite's synchronous reads would run the whole export in one turn
  // of the loop and the sampler would never run.
  for await (const chunk of open()) {
    bytes += chunk.byteLength;
    await new Promise(setImmediate);
  }
  const seconds = (performance.now() - started) / 1000;
  // This process's processor time: on a shared machine, what the wall-clock time would be on
  // an idle one (PostgreSQL's own work aside, which runs in its server).
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(timer);
  sample();
  console.log(
    `${label.padEnd(12)} ${APPLICATIONS} candidatures, ${(bytes / MB).toFixed(0)} Mo en ${seconds.toFixed(1)} s (processeur ${((user + system) / 1e6).toFixed(1)} s) ; ${formatMemoryProfile(memoryProfile(startRss, samples))}`,
  );
}

const measured = process.env.BENCH_EXPORT_MEASURE_URL;
if (!measured) {
  const only = process.argv.find((a) => a.startsWith("--backend="))?.split("=")[1];
  const urls = databaseUrls();
  const backends = (Object.keys(urls) as Provider[]).filter((b) => !only || b === only);
  if (backends.length === 0) throw new Error(`--backend=${only} : attendu sqlite ou postgresql`);
  for (const backend of backends) {
    await prepare(urls[backend]);
    // The fill leaves hundreds of megabytes behind: the measures run in a fresh process.
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, BENCH_EXPORT_MEASURE_URL: urls[backend] },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}
setDb(await createDb(measured));
const source = { actor, filters: {}, siteUrl: "http://127.0.0.1" };
// The machine may be shared: its load says how much of it the measures had.
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
console.log(`\nExport de ${APPLICATIONS} candidatures (${providerOf(measured)}), ${os.cpus().length} cœurs, charge 1/5/15 min : ${load()}`);
await measure("CSV", () => csvStream(source, ";"));
if (!process.argv.includes("--csv-only")) {
  await measure("xlsx", () => xlsxStream(source));
  await measure("ZIP des CV", () => cvZipStream(source));
}
console.log(`Charge à la fin : ${load()}`);
process.exit(0);
