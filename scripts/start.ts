// npm start (and npm run dev): prepares the database, builds when no build exists, then serves.
//   1. applies the committed migrations to DATABASE_URL (default: the SQLite file ./data/rejoindre.db);
//   2. on the embedded demo (lib/config/demo.ts: no deployment setting, or DEMO=on), loads the
//      demo postings into a database that has none and creates a demo admin whose generated
//      password is printed once (the server warns at each start while that account can sign in);
//   3. runs `next build` when there is no production build yet;
//   4. serves on PORT (default 3000), with the build's standalone server (.next/standalone).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { ROOT } from "../lib/db/schema-files";
import { databaseUrl, providerOf, sqliteFilePath } from "../lib/db/url";
import { demoSecret } from "../lib/auth/demo-secret";
import { EnvError } from "../lib/config/env";
import { serverEnvironment } from "../lib/config/server-env";
import { demoSettings } from "../lib/config/demo";
import { FORWARDED_HEADERS_PRELOAD } from "../lib/http/preload";
import { loadDemoPostingsIfEmpty } from "../lib/postings/demo";
import { fillMissingPlaces } from "../lib/postings/places";
import { fillMissingSearchColumns } from "../lib/postings/search/refresh";
import { createDemoAdminIfNoUser } from "../lib/users/demo-admin";

const dev = process.argv.includes("--dev");
const url = databaseUrl();
const port = process.env.PORT?.trim() || "3000";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Decided before anything below fills in a default (docs/decisions/0017).
const demo = demoSettings(process.env);
const given: NodeJS.ProcessEnv = { ...process.env };
// Only the embedded demo gets a generated session secret; anything else must be given one.
if (demo.demo && !given.NEXTAUTH_SECRET?.trim()) given.NEXTAUTH_SECRET = await demoSecret(path.join(ROOT, "data"));
const env = checkedEnvironment(given);

function checkedEnvironment(source: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  try {
    return serverEnvironment(source, { dev });
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const where = providerOf(url) === "sqlite" ? `SQLite, ${path.relative(ROOT, sqliteFilePath(url))}` : "PostgreSQL";
console.log(`Base de données : ${where}`);
const applied = await migrate(url);
console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Migrations : à jour.");

{
  const db = await createDb(url);
  try {
    const filled = await fillMissingSearchColumns(db);
    if (filled) console.log(`Recherche : ${filled} offres indexées.`);
    const placed = await fillMissingPlaces(db);
    if (placed) console.log(`Lieux : ${placed} offres rattachées à leurs communes.`);
  } finally {
    await db.$disconnect();
  }
}

{
  const db = await createDb(url);
  try {
    const reports = demo.postings ? await loadDemoPostingsIfEmpty(db) : [];
    if (reports.length) {
      const loaded = reports.filter((r) => r.outcome !== "rejected").length;
      console.log(`Base vide : ${loaded} offres de démonstration chargées.`);
      for (const r of reports.filter((r) => r.outcome === "rejected"))
        console.warn(`Offre de démonstration rejetée : ${r.file} (${r.reason})`);
    }
    const admin = demo.demo ? await createDemoAdminIfNoUser(db) : null;
    if (admin) {
      console.log(`Démo embarquée (DEMO=off pour un déploiement). Administrateur de démonstration : ${admin.email}`);
      console.log(`Mot de passe (affiché cette seule fois) : ${admin.password}`);
    } else if (!demo.demo && (await db.user.count()) === 0) {
      // A deployment's first admin is invited, never given a password (docs/decisions/0027).
      console.log(
        "Aucun compte : invitez le premier administrateur avec « npm run user:create -- --email <adresse> --role admin » ; la commande affiche son lien d'invitation.",
      );
    }
  } finally {
    await db.$disconnect();
  }
}

if (!dev && !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.log("Aucune version compilée : compilation (next build), une à deux minutes…");
  const build = spawnSync(process.execPath, [nextBin, "build", "--webpack"], { cwd: ROOT, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = dev
  ? spawn(process.execPath, [nextBin, "dev", "--webpack", "-p", port], { cwd: ROOT, env, stdio: "inherit" })
  : serveStandalone();
/**
 * The build's self-contained server (next.config.js: output "standalone"), the one the Docker
 * image runs. It serves its own copy of the build assets, made here once per build, and runs
 * from its own folder: a relative SQLite path is made absolute first.
 */
function serveStandalone() {
  const standalone = path.join(ROOT, ".next/standalone");
  const buildId = readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim();
  const assets = path.join(standalone, ".next/static");
  if (!existsSync(path.join(assets, buildId))) {
    // Both e2e servers may start at once: copy aside, then move into place in one step.
    const copy = `${assets}.${process.pid}`;
    cpSync(path.join(ROOT, ".next/static"), copy, { recursive: true });
    rmSync(assets, { recursive: true, force: true });
    try {
      renameSync(copy, assets);
    } catch {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  const serverEnv: NodeJS.ProcessEnv = { ...env, PORT: port, HOSTNAME: process.env.HOST?.trim() || "0.0.0.0", NODE_ENV: "production" };
  if (providerOf(url) === "sqlite") serverEnv.DATABASE_URL = `file:${sqliteFilePath(url)}`;
  // The preload gives the server only the forwarding headers it can trust (docs/decisions/0016).
  return spawn(process.execPath, ["--import", FORWARDED_HEADERS_PRELOAD, path.join(standalone, "server.js")], {
    cwd: standalone,
    env: serverEnv,
    stdio: "inherit",
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
