import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "lib/test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    // Absolute links (feeds, API, JSON-LD) in tests, whatever PORT or SITE_URL the shell has.
    // The suites send many applications without proof of work, from one address or to one
    // mailbox: the limits on those are tested where they are set low (lib/applications/limits.test.ts).
    env: { SITE_URL: "http://localhost:3000", APPLICATION_UNVERIFIED_RATE_LIMIT: "100000", ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT: "100000" },
    globalSetup: ["./lib/test/global-setup.ts"],
    // Data-layer suites share one PostgreSQL server; each file makes its own database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
