// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A missing or malformed variable (the auth secret in production, above all) stops the
  // server here, with a message naming the variable, rather than leaving a server up that
  // fails on every request.
  const { env, EnvError } = await import("@/lib/config/env");
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // Client addresses and https come from headers that only lib/http/forwarded-headers.mjs
  // makes trustworthy: a production server started without it would believe any client.
  const { forwardedHeadersInstalled } = await import("@/lib/http/client-address");
  if (env().NODE_ENV === "production" && env().NEXT_PHASE !== "phase-production-build" && !forwardedHeadersInstalled()) {
    console.error(
      "Le serveur de production se lance par `npm start` (ou `node --import ./lib/http/forwarded-headers-preload.mjs .next/standalone/server.js`) : sans ce préchargement, n'importe quel client choisirait son adresse.",
    );
    process.exit(1);
  }
  // SQLite must run with the pragmas the portal relies on (WAL, foreign keys, busy timeout,
  // synchronous FULL): a database that does not report them stops the server here.
  const { checkDatabaseAtStart } = await import("./lib/db/startup-check");
  const problem = await checkDatabaseAtStart();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  // While the database does not answer, proxy.ts answers a French 503 in its place; the
  // outage and the return are logged once each.
  const [{ createDatabaseGate, installDatabaseGate }, { getDb }, { log }] = await Promise.all([
    import("./lib/health/database-gate"),
    import("./lib/db/client"),
    import("./lib/log/logger"),
  ]);
  installDatabaseGate(
    createDatabaseGate(async () => (await getDb()).$queryRawUnsafe("SELECT 1"), {
      onChange: ({ reachable, error }) =>
        reachable
          ? log().info({ event: "database.reachable" }, "La base de données répond de nouveau.")
          : log().error({ event: "database.unreachable", err: error }, "La base de données ne répond pas : les pages répondent 503."),
    }),
  );
  // The old addresses of imported postings answer 301 from proxy.ts, out of a table in memory.
  const [{ createRedirectLookup, installRedirectLookup }, { loadRedirectTable }] = await Promise.all([
    import("./lib/postings/redirects/lookup"),
    import("./lib/postings/redirects/table"),
  ]);
  installRedirectLookup(
    createRedirectLookup(async () => loadRedirectTable(await getDb()), {
      onError: (error) =>
        log().error({ event: "redirects.unreadable", err: error }, "Les anciennes adresses des offres n'ont pas pu être lues."),
    }),
  );
  // A demo admin's password was printed in some log: say so at every start until it cannot sign in.
  const { demoAdminActive, DEMO_ADMIN_WARNING } = await import("./lib/users/demo-admin");
  if (await demoAdminActive(await getDb()).catch(() => false)) log().warn({ event: "demo_admin.present" }, DEMO_ADMIN_WARNING);
  // Scheduled work (mail retries…), run once per interval across all instances.
  const [{ startScheduler }, { SCHEDULED_JOBS }] = await Promise.all([import("./lib/jobs/scheduler"), import("./lib/jobs/jobs")]);
  startScheduler(getDb, SCHEDULED_JOBS, { tickMs: env().JOBS_TICK_MS });
}

/**
 * Every error a request meets on the server (rendering, route handlers, server actions):
 * logged as one JSON line with the request's id. The visitor sees app/error.tsx, calm and
 * in French, with nothing of the error itself.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, logFailedRequest } = await import("@/lib/log/logger");
  logFailedRequest(log(), error, request, context);
}
