import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";

const require = createRequire(import.meta.url);

/**
 * DSFR's icon stylesheet references ~2,400 SVG files; compiled whole, webpack's css-loader
 * output overflows the parser's stack ("Maximum call stack size exceeded"). react-dsfr's
 * own remedy rewrites that stylesheet to the icons the code base uses. It is idempotent
 * and takes about a second, so every build and dev server runs it, whichever script
 * started them (npm run build, scripts/start.ts, Playwright).
 */
function includeOnlyUsedDsfrIcons() {
  const cli = require.resolve("@codegouvfr/react-dsfr/bin/react-dsfr.js");
  const run = spawnSync(process.execPath, [cli, "update-icons", "--silent"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("react-dsfr update-icons a échoué : voir le message ci-dessus.");
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A cache in front may serve a page at most an hour past its revalidation period, not
  // Next's default of a year: a closed posting must not linger as open.
  expireTime: 3600,
  experimental: {
    // Each server process keeps its rendered pages in memory and never writes into the build
    // directory, so several processes can serve one build (the e2e servers of both backends,
    // or instances behind a load balancer) without handing each other pages.
    isrFlushToDisk: false,
    // The admin import uploads several markdown files in one server action (1 MB by default).
    serverActions: { bodySizeLimit: "8mb" },
  },
  webpack: (config) => {
    // DSFR's stylesheet pulls in the Marianne .woff2 files; emit them as self-hosted assets
    // (Turbopack cannot compile that scss here, so builds use `next build --webpack`).
    config.module.rules.push({ test: /\.woff2$/, type: "asset/resource" });
    return config;
  },
};

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) includeOnlyUsedDsfrIcons();
  return nextConfig;
}
