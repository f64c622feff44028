// The house rules that no type checker sees, checked on the source text: a rule broken by a
// new file fails here with the file's name.
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/models";
import {
  isClientModule,
  isServerActionModule,
  isTest,
  reachedFrom,
  resolveImport,
  runtimeImports,
  sourceFile,
  sourceFiles,
} from "@/lib/test/source-graph";

const lib = sourceFiles("lib");
const app = sourceFiles("app");
const components = sourceFiles("components");
const product = [...app, ...components, ...lib].filter((f) => !isTest(f.path));
/** Plain Node modules the server is started with (`node --import`), outside every bundle. */
const isNodePreload = (file: string) => file.endsWith(".mjs");
const withoutComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s\/\/ .*$/gm, "");

describe("layers", () => {
  it("no module of lib/ imports from app/ or components/", () => {
    // Tests may drive a route handler (the authorization matrices do).
    const offending = lib
      .filter((f) => !isTest(f.path))
      .flatMap((file) =>
        // Type imports too: a type from app/ or components/ still ties lib/ to them.
        runtimeImports(file.text, { types: true })
          .map((specifier) => resolveImport(file.path, specifier) ?? specifier)
          .filter((target) => /^(app|components)\//.test(target) || /^@\/(app|components)\//.test(target))
          .map((target) => `${file.path} → ${target}`),
      );
    expect(offending).toEqual([]);
  });

  it("no route calls getDb() itself: pages and handlers go through lib/<feature>", () => {
    const offending = app
      .filter((file) => /\bgetDb\s*\(/.test(file.text) || /["']@\/lib\/db\/client["']/.test(file.text))
      .map((f) => f.path);
    expect(offending).toEqual([]);
  });
});

describe("one way for each recurring thing", () => {
  it("only lib/dates/paris.ts names Paris's time zone", () => {
    const offending = product.filter(
      (f) => f.path !== "lib/dates/paris.ts" && /Europe\/Paris|getTimezoneOffset|timeZoneName/.test(withoutComments(f.text)),
    );
    expect(offending.map((f) => f.path)).toEqual([]);
  });

  it("only lib/urls/public.ts writes the addresses of public pages", () => {
    const built = /`\/(offres|flux|candidature|archives)[/`?]|["']\/(offres|flux|candidature)\//;
    // The OpenAPI document names the API's own paths (under /api/v1), not pages.
    const allowed = new Set(["lib/urls/public.ts", "lib/postings/api/openapi.ts"]);
    const offending = product.filter((f) => !allowed.has(f.path) && built.test(withoutComments(f.text)));
    expect(offending.map((f) => f.path)).toEqual([]);
  });

  it("gives the words of each enum value in one labels module per domain", () => {
    const values = Object.values(enums).flatMap((e) => Object.keys(e as Record<string, string>));
    // A word per value ("RECEIVED: \"Reçue\""); DSFR badge severities are not words for people.
    const labelled = new RegExp(`\\b(${values.join("|")})\\s*:\\s*["'\`](?!(?:new|info|success|warning|error)["'\`])`);
    const homes = new Set(["lib/postings/labels.ts", "lib/applications/labels.ts", "lib/users/roles.ts"]);
    const offending = product.filter((f) => !homes.has(f.path) && labelled.test(withoutComments(f.text)));
    expect(offending.map((f) => f.path)).toEqual([]);
  });

  it("only lib/brand.ts types the service's name", () => {
    // "Rejoindre les équipes…" on the home page is the verb, not the name.
    const offending = product.filter((f) => f.path !== "lib/brand.ts" && /\bRejoindre\b(?! les )/.test(withoutComments(f.text)));
    expect(offending.map((f) => f.path)).toEqual([]);
  });

  it("every environment variable is read through lib/config/env.ts", () => {
    // NEXT_RUNTIME is Next.js's own, set for each bundle: not configuration. Node preloads
    // (`*.mjs`, loaded with `node --import` before the server) run before any bundle exists.
    const offending = [...product, sourceFile("instrumentation.ts"), sourceFile("proxy.ts")]
      .filter((f) => !f.path.startsWith("lib/config/") && !isNodePreload(f.path))
      .filter((f) => /process\.env\.(?!NEXT_RUNTIME\b)/.test(withoutComments(f.text)));
    expect(offending.map((f) => f.path)).toEqual([]);
  });
});

// Modules that touch what must stay on the server: the database, secrets and files, the
// request, Next.js's server APIs, the logs.
const SERVER_RESOURCES =
  /^(node:|@\/lib\/db\/client$|@\/lib\/config\/env$|@\/lib\/log\/logger$|next-auth|next\/headers$|next\/cache$|nodemailer$|pino$)/;

describe("server-only", () => {
  // `server-only` throws outside a Next.js server bundle: not for what the CLI scripts (tsx)
  // or the browser tests load, nor for what a client component bundles.
  const scripts = sourceFiles("scripts").filter((f) => !isTest(f.path));
  const specs = sourceFiles("e2e");
  const outsideNext = reachedFrom([...scripts, ...specs].map((f) => f.path).concat("playwright.config.ts"));
  const inBrowser = reachedFrom(
    product.filter((f) => isClientModule(f.text)).map((f) => f.path),
    { stopAtServerActions: true },
  );

  it("is on every lib/ module that touches a server resource, and on none that cannot have it", () => {
    const missing: string[] = [];
    const misplaced: string[] = [];
    for (const file of lib.filter((f) => !isTest(f.path) && !isNodePreload(f.path))) {
      const marked = /^import "server-only";$/m.test(file.text);
      if (outsideNext.has(file.path) || inBrowser.has(file.path)) {
        if (marked) misplaced.push(file.path);
        continue;
      }
      // A "use server" module is server code by its directive already.
      if (isServerActionModule(file.text)) continue;
      if (!marked && runtimeImports(file.text).some((specifier) => SERVER_RESOURCES.test(specifier))) missing.push(file.path);
    }
    expect({ missing, misplaced }).toEqual({ missing: [], misplaced: [] });
  });
});
