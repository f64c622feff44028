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

// The URL parameters of a search (lib/urls/search-params.ts: FILTER_PARAMS).
const SEARCH_PARAMS = ["q", "organisation", "domaine", "contrat", "lieu", "teletravail", "juniors"];

/**
 * "/" is the home page for visitors, two routes inside: a search ("/?q=…", any filter
 * present) renders per request at /recherche; the unfiltered list ("/", "/?page=n") is the
 * cached /liste/[page]. The address stays "/?…", shareable, and the cached page costs no
 * rendering or query per request (docs/decisions/0004-search.md).
 */
function homeRewrites() {
  return [
    ...SEARCH_PARAMS.map((key) => ({ source: "/", has: [{ type: "query", key }], destination: "/recherche" })),
    { source: "/", has: [{ type: "query", key: "page", value: "(?<page>.*)" }], destination: "/liste/:page" },
    { source: "/", destination: "/liste/1" },
  ];
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build also writes a self-contained server (.next/standalone/server.js) with only the
  // modules it uses: the Docker image ships that, not the whole node_modules.
  output: "standalone",
  // Readiness (/api/health/ready) compares the applied migrations with the committed ones.
  outputFileTracingIncludes: { "/api/health/ready": ["./prisma/*/migrations/**/*"] },
  // A cache in front may serve a page at most an hour past its revalidation period, not
  // Next's default of a year: a closed posting must not linger as open.
  expireTime: 3600,
  experimental: {
    // Each server process keeps its rendered pages in memory and never writes into the build
    // directory, so several processes can serve one build (the e2e servers of both backends,
    // or instances behind a load balancer) without handing each other pages.
    isrFlushToDisk: false,
    // A proxy (middleware) buffers request bodies up to this size and cuts the rest. It must
    // stay above the largest application the form route accepts (CV_MAX_BYTES, at most 50 MB
    // by lib/config/env.ts, plus the fields): the route enforces the real limit with a 413.
    proxyClientMaxBodySize: "64mb",
    // The admin import uploads several markdown files in one server action (1 MB by default).
    serverActions: { bodySizeLimit: "8mb" },
  },
  rewrites: async () => ({ beforeFiles: homeRewrites(), afterFiles: [], fallback: [] }),
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
