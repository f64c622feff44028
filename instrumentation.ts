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
  // Mail queued while the mail server was down, or by another process, goes out from here.
  const { startMailRetries } = await import("./lib/mail/delivery");
  startMailRetries();
}
