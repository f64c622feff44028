// Runs once when a server process starts: a missing or malformed variable (the auth secret
// in production, above all) stops it there, with a message naming the variable, rather
// than leaving a server up that fails on every request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("@/lib/config/env");
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
