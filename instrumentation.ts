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
  // Scheduled work (mail retries…), run once per interval across all instances.
  const [{ startScheduler }, { SCHEDULED_JOBS }, { getDb }] = await Promise.all([
    import("./lib/jobs/scheduler"),
    import("./lib/jobs/jobs"),
    import("./lib/db/client"),
  ]);
  startScheduler(getDb, SCHEDULED_JOBS);
}
