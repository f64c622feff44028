import "server-only";
import { env } from "@/lib/config/env";
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";

/**
 * The limits on the application form (docs/decisions/0016), all counted in the database so
 * that every instance counts the same:
 * - `attempts`: every submission from a client, whatever its outcome: a generous ceiling, so
 *   that forms sent back for corrections never eat into the next one;
 * - `stored`: applications stored from a client (a correction does not count);
 * - `unverified`: of those, the ones without a solved proof of work, tighter: a script that
 *   skips the widget gets few, each kept "à vérifier";
 * - `acknowledgements`: mails sent to one address in a day, so that nobody can use the form
 *   to mail strangers under the portal's name.
 */
export function applicationLimits() {
  const config = env();
  const windowMs = config.APPLICATION_RATE_WINDOW_MINUTES * 60_000;
  return {
    attempts: { name: "application-attempts", limit: config.APPLICATION_ATTEMPT_RATE_LIMIT, windowMs },
    stored: { name: "application-form", limit: config.APPLICATION_RATE_LIMIT, windowMs },
    unverified: { name: "application-unverified", limit: config.APPLICATION_UNVERIFIED_RATE_LIMIT, windowMs },
    acknowledgements: { name: "acknowledgement-mail", limit: config.ACKNOWLEDGEMENT_MAIL_DAILY_LIMIT, windowMs: 24 * 60 * 60_000 },
  } satisfies Record<string, RateLimitRule>;
}
