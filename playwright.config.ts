import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

/** Where the PostgreSQL run of the suite keeps its database (emptied at each run). */
function postgresUrl(): string {
  if (process.env.E2E_POSTGRES_URL) return process.env.E2E_POSTGRES_URL;
  const url = new URL(process.env.PG_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = "/rejoindre_e2e";
  return url.toString();
}

// The same specs run against the portal on each backend, one server per backend.
// E2E_PORT moves both servers (it and the next port), so that two checkouts can run at once.
const firstPort = Number(process.env.E2E_PORT || 3100);
// The local OpenID Connect provider standing in for ProConnect (e2e/oidc-provider.ts).
const oidcPort = Number(process.env.E2E_OIDC_PORT || firstPort + 2);
const oidcClientSecret = randomBytes(24).toString("base64url");
// The portals' session secret, fresh for each run. The specs seal their accounts' TOTP secrets
// under it (e2e/accounts.ts): workers load this file again, and inherit the runner's value.
process.env.E2E_NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
const nextAuthSecret = process.env.E2E_NEXTAUTH_SECRET;
// The mail server both portals send to (e2e/smtp-server.ts), and where specs read the mail.
const smtpPort = firstPort + 3;
const smtpHttpPort = firstPort + 4;
const BACKENDS = [
  { name: "sqlite", port: String(firstPort), databaseUrl: "file:./data/e2e.db" },
  { name: "postgresql", port: String(firstPort + 1), databaseUrl: postgresUrl() },
];

/**
 * Machines without internet cannot download Playwright's browser: use the system Chromium
 * when one is named or installed, Playwright's own browser otherwise.
 */
function systemChromium(): string | undefined {
  const named = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (named) return named;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const executablePath = systemChromium();
const ADMIN_SPECS = /(admin-[\w-]+|startup)\.spec\.ts$/;
const launchOptions = executablePath
  ? {
      executablePath,
      // --no-sandbox: the system Chromium runs as root in containers. The others keep it from
      // calling home (updates, sync, QUIC probes), which only slows tests down offline.
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
  },
  // The admin specs publish offers: they run once the public specs, which expect exactly the
  // demo postings, are done on the same server.
  projects: BACKENDS.flatMap((backend) => {
    const common = {
      // Specs that set up accounts write them straight into this backend's database.
      metadata: { databaseUrl: backend.databaseUrl },
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${backend.port}` },
    };
    return [
      { name: backend.name, testIgnore: ADMIN_SPECS, ...common },
      { name: `${backend.name}-admin`, testMatch: ADMIN_SPECS, dependencies: [backend.name], ...common },
    ];
  }),
  webServer: BACKENDS.map(
    (backend): WebServer => ({
      // Empties the database, then npm start: migrates, loads the demo postings, builds if needed, serves.
      command: "npx tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${backend.port}`,
      env: {
        PORT: backend.port,
        DATABASE_URL: backend.databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        // Every spec applies from 127.0.0.1: the per-address limits are tested in lib/applications.
        APPLICATION_RATE_LIMIT: "100000",
        APPLICATION_ATTEMPT_RATE_LIMIT: "100000",
        APPLICATION_UNVERIFIED_RATE_LIMIT: "100000",
        ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: "100000",
        // Not the demo (no demo admin), but every run starts from the demo postings.
        DEMO_POSTINGS: "on",
        // A fresh session secret for each run; production refuses to start without one.
        NEXTAUTH_SECRET: nextAuthSecret,
        NEXTAUTH_URL: `http://127.0.0.1:${backend.port}`,
        SITE_URL: `http://127.0.0.1:${backend.port}`,
        PROCONNECT_ISSUER: `http://127.0.0.1:${oidcPort}`,
        PROCONNECT_CLIENT_ID: "rejoindre-e2e",
        PROCONNECT_CLIENT_SECRET: oidcClientSecret,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
      reuseExistingServer: false,
      timeout: 300_000,
    }),
  ).concat(
    {
      command: "npx tsx e2e/smtp-server.ts",
      url: `http://127.0.0.1:${smtpHttpPort}/messages`,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_SMTP_HTTP_PORT: String(smtpHttpPort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "npx tsx e2e/oidc-provider.ts",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      env: {
        OIDC_PORT: String(oidcPort),
        OIDC_CLIENT_SECRET: oidcClientSecret,
        OIDC_REDIRECT_URIS: BACKENDS.map((b) => `http://127.0.0.1:${b.port}/api/auth/callback/proconnect`).join(","),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ),
});
