import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("production start-up", () => {
  it("npm start refuses to run without NEXTAUTH_SECRET, for any database but the embedded demo", () => {
    const env = { ...process.env, DATABASE_URL: "postgresql://personne@127.0.0.1:1/rien", NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NEXTAUTH_SECRET;
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET/);
  });
});

describe("the embedded demo", () => {
  it("is not what a production start without DATABASE_URL becomes: no generated secret, no demo admin", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NEXTAUTH_SECRET;
    delete env.DATABASE_URL;
    delete env.DEMO;
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET : obligatoire en production/);
    expect(run.stdout).not.toMatch(/Administrateur de démonstration/);
  });
});
