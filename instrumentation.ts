// Runs once when a server process starts: a missing or malformed variable (the auth secret
// in production, above all) stops it there, with a message naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/config/env");
  env();
}
