// The environment npm start hands the server it spawns (scripts/start.ts), checked first.
import { nextAuthUrlOf, parseEnv } from "./env";

/**
 * `source` checked as the server will read it (throws an EnvError naming what is wrong), with
 * NEXTAUTH_URL filled in: next-auth builds its callback URLs from that variable alone, and
 * without it would take http://localhost:3000. Filled from SITE_URL, so that an https portal
 * keeps its Secure, __Secure- prefixed cookies.
 */
export function serverEnvironment<E extends Record<string, string | undefined>>(
  source: E,
  { dev }: { dev: boolean },
): E & { NEXTAUTH_URL: string; NEXT_TELEMETRY_DISABLED: string } {
  const checked = parseEnv({ ...source, NODE_ENV: dev ? "development" : "production" });
  return { ...source, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: nextAuthUrlOf(checked) };
}
