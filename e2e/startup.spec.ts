// Runs against the build the suite serves: the production server itself refuses to start
// without its session secret (instrumentation.ts), however it is launched.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("le serveur de production refuse de démarrer sans NEXTAUTH_SECRET", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "sqlite-admin", "une fois suffit : le démarrage ne dépend pas de la base");
  const root = path.resolve(import.meta.dirname, "..");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NEXTAUTH_SECRET;
  const run = spawnSync(process.execPath, [nextBin, "start", "-p", "0"], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr + run.stdout).toMatch(/NEXTAUTH_SECRET : obligatoire en production/);
});
