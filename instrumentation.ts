// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Mail queued while the mail server was down, or by another process, goes out from here.
  const { startMailRetries } = await import("./lib/mail/delivery");
  startMailRetries();
}
