// npm run bench: fills a separate database (5,000 postings over 100 organisations, 200,000
// applications with their CV files), builds and starts the production server on loopback
// exactly as `npm start` runs it (scripts/start.ts: the standalone server, with a session
// secret drawn for this run only), and measures each route with autocannon at 50 connections against the physical
// limit of a bare Node server; then the export's time and memory at 200,000 rows on SQLite and
// PostgreSQL (scripts/bench/export-memory.ts).
// Options: --no-build, --duration=<s>, --postings=<n>, --applications=<n>, --only=export,
// --backend=sqlite|postgresql and --csv-only (the export's).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import autocannon from "autocannon";
import { generateBenchData } from "../lib/bench/data";
import { fillApplications, fillPostings } from "../lib/bench/fill";
import { formatReport, scriptSources, type Encoding, type Measure, type RouteKind, type RouteResult } from "../lib/bench/report";
import { createDb } from "../lib/db/client";
import { removeSqliteFiles } from "../lib/db/databases";
import { migrate } from "../lib/db/migrate";
import { ROOT } from "../lib/db/schema-files";
import { providerOf, sqliteFilePath } from "../lib/db/url";

const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const DURATION = option("duration", 10);
const POSTINGS = option("postings", 5000);
const ORGANISATIONS = 100;
const APPLICATIONS = option("applications", 200_000);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT || 3370);
const LIMIT_PORT = PORT + 1;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || "file:./data/bench.db";
const BASE = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL,
  SITE_URL: BASE,
  PORT: String(PORT),
  HOST: "127.0.0.1",
  DEMO: "off",
  // Drawn for this run, never written anywhere: production refuses to start without one.
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
} as NodeJS.ProcessEnv;
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

async function prepareDatabase(): Promise<void> {
  if (providerOf(DATABASE_URL) !== "sqlite") throw new Error("Le banc remplit une base SQLite : BENCH_DATABASE_URL doit être un fichier.");
  let db = await createDb(DATABASE_URL);
  const current = await db.posting.count().catch(() => -1);
  await db.$disconnect();
  if (current !== POSTINGS) await removeSqliteFiles(sqliteFilePath(DATABASE_URL));
  // A base filled by an older version gets the tables added since.
  await migrate(DATABASE_URL);
  db = await createDb(DATABASE_URL);
  if (current === POSTINGS) {
    console.log(`Base de mesure : ${POSTINGS} offres déjà présentes (${DATABASE_URL}).`);
  } else {
    console.log(`Remplissage : ${POSTINGS} offres, ${ORGANISATIONS} organisations…`);
    await fillPostings(db, generateBenchData(ORGANISATIONS, POSTINGS), (done) => console.log(`  ${done} offres`));
  }
  if ((await db.application.count()) === APPLICATIONS) {
    console.log(`Base de mesure : ${APPLICATIONS} candidatures déjà présentes.`);
  } else {
    await db.applicationFile.deleteMany();
    await db.application.deleteMany();
    console.log(`Remplissage : ${APPLICATIONS} candidatures avec leur CV…`);
    const started = Date.now();
    await fillApplications(db, APPLICATIONS, { onProgress: (done) => done % 50_000 === 0 && console.log(`  ${done} candidatures`) });
    console.log(`  en ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await db.$disconnect();
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${server.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} ne répond pas`);
}

async function load(url: string, encoding: Encoding): Promise<Measure> {
  const headers = encoding === "identity" ? {} : { "accept-encoding": encoding };
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function descendants(pid: number): number[] {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .filter(Boolean)
    .map(Number);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * Peak resident memory of the portal's server, from /proc (Linux): the standalone server that
 * scripts/start.ts started, not the start script (nor tsx) above it.
 */
async function peakMemory(pid: number): Promise<number> {
  let total = 0;
  for (const p of descendants(pid)) {
    // Next.js renames its process ("next-server"): the standalone server is the one running from its folder.
    const cwd = await readlink(`/proc/${p}/cwd`).catch(() => "");
    if (!cwd.endsWith(path.join(".next", "standalone"))) continue;
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    total += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

/**
 * The export's time and memory at 200,000 rows on SQLite and PostgreSQL, in a process of its own
 * so that nothing else weighs on it; its options (--backend=, --csv-only) passed on.
 */
function exportMemoryBench(): void {
  const options = process.argv.filter((a) => a.startsWith("--backend=") || a === "--csv-only");
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", path.join(import.meta.dirname, "bench/export-memory.ts"), ...options],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (run.status !== 0) throw new Error("le banc de l'export a échoué");
}

async function main() {
  if (process.argv.includes("--only=export")) return exportMemoryBench();
  await prepareDatabase();
  if (!process.argv.includes("--no-build")) {
    console.log("Compilation (next build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // `npm start` itself: migrations, then the standalone server with its forwarding preload.
  const server = spawn(process.execPath, [tsxCli, "scripts/start.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  let limit: ChildProcess | undefined;
  try {
    await waitFor(`${BASE}/`, server);
    const home = await (await fetch(`${BASE}/`)).text();
    const postingPath = /href="(\/offres\/[^"]+)"/.exec(home)?.[1];
    if (!postingPath) throw new Error("l'accueil ne liste aucune offre");

    const dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-bench-"));
    await writeFile(path.join(dir, "home.html"), home);
    limit = spawn(
      process.execPath,
      [path.join(import.meta.dirname, "bench/limit-server.mjs"), String(LIMIT_PORT), path.join(dir, "home.html")],
      { stdio: "ignore" },
    );
    await waitFor(`http://127.0.0.1:${LIMIT_PORT}/`, limit);

    const routes: [string, string, RouteKind][] = [
      ["accueil", "/", "cached"],
      ["recherche (mot + 2 filtres)", "/?q=developpeur&contrat=cdd&teletravail=possible", "dynamic"],
      ["offre", postingPath, "cached"],
      ["API JSON", "/api/v1/offres?contrat=cdd", "dynamic"],
      ["flux Atom", "/flux/offres.atom", "cached"],
    ];
    const limits = {} as Record<Encoding, Measure>;
    const results: RouteResult[] = [];
    for (const encoding of ["identity", "gzip, br"] as const) {
      console.log(`Limite physique, ${encoding}…`);
      limits[encoding] = await load(`http://127.0.0.1:${LIMIT_PORT}/`, encoding);
      for (const [route, routePath, kind] of routes) {
        // Warm-up: the first visit renders a cached page, and lets V8 compile the hot paths.
        for (let i = 0; i < 5; i++) await (await fetch(`${BASE}${routePath}`)).arrayBuffer();
        console.log(`${route}, ${encoding}…`);
        results.push({ route, path: routePath, kind, encoding, ...(await load(`${BASE}${routePath}`, encoding)) });
      }
    }

    const scripts = await Promise.all(
      scriptSources(home).map(async (src) => Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())),
    );
    const html = Buffer.from(home);
    const report = formatReport({
      results,
      limits,
      weights: {
        homeHtmlBytes: html.length,
        homeHtmlCompressedBytes: brotliCompressSync(html).length,
        homeScriptCount: scripts.length,
        homeScriptBytes: scripts.reduce((sum, s) => sum + s.length, 0),
        homeScriptCompressedBytes: scripts.reduce((sum, s) => sum + brotliCompressSync(s).length, 0),
      },
      peakMemoryBytes: await peakMemory(server.pid!),
    });
    // The machine may be shared: its load says how much of it the measures had.
    const loadAverage = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
    console.log(
      `\n${POSTINGS} offres, ${ORGANISATIONS} organisations, ${APPLICATIONS} candidatures, ${CONNECTIONS} connexions, ${DURATION} s par mesure, ${os.cpus().length} cœurs, charge moyenne 1/5/15 min : ${loadAverage}\n`,
    );
    console.log(report);
  } finally {
    limit?.kill();
    server.kill();
  }
  exportMemoryBench();
}

await main();
