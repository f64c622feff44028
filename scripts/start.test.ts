import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverEnvironment } from "../lib/config/server-env";

const root = path.resolve(import.meta.dirname, "..");

/** Runs `npm start` (scripts/start.ts) with `env`, as the shell would. */
const runStart = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });

describe("production start-up", () => {
  it("npm start refuses to run without NEXTAUTH_SECRET, for any database but the embedded demo", () => {
    const env = { ...process.env, DATABASE_URL: "postgresql://personne@127.0.0.1:1/rien", NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NEXTAUTH_SECRET;
    const run = runStart(env);
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
    const run = runStart(env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET : obligatoire en production/);
    expect(run.stdout).not.toMatch(/Administrateur de démonstration/);
  });
});

describe("the sign-in address npm start hands the server", () => {
  const secret = "x".repeat(32);

  it("is SITE_URL when NEXTAUTH_URL is unset, so that an https portal keeps secure cookies", () => {
    const env = serverEnvironment({ NEXTAUTH_SECRET: secret, SITE_URL: "https://rejoindre.exemple.gouv.fr", PORT: "4100" }, { dev: false });
    expect(env.NEXTAUTH_URL).toBe("https://rejoindre.exemple.gouv.fr");
    expect(env.NEXT_TELEMETRY_DISABLED).toBe("1");
  });

  it("is NEXTAUTH_URL when given, and this server's port on localhost when nothing is", () => {
    expect(serverEnvironment({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://b.test" }, { dev: false }).NEXTAUTH_URL).toBe(
      "https://b.test",
    );
    expect(serverEnvironment({ PORT: "4100" }, { dev: true }).NEXTAUTH_URL).toBe("http://localhost:4100");
  });

  it("npm start refuses an http NEXTAUTH_URL behind an https SITE_URL, before touching the database", () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: "postgresql://personne@127.0.0.1:1/rien",
      NEXTAUTH_SECRET: secret,
      SITE_URL: "https://rejoindre.exemple.gouv.fr",
      NEXTAUTH_URL: "http://rejoindre.exemple.gouv.fr",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const run = runStart(env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_URL : en http alors que SITE_URL est en https/);
    expect(run.stdout).not.toMatch(/Base de données/);
  });
});
