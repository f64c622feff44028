// How long a consent to the pool lasts: the months the retention keeps a candidate of the pool
// (APPLICATION_POOL_RETENTION_MONTHS, 24 by default), counted here from the consent itself.
import "server-only";
import { addMonths } from "@/lib/applications/rights/retention";
import { env } from "@/lib/config/env";

export const poolMonths = (): number => env().APPLICATION_POOL_RETENTION_MONTHS;

/** The oldest consent still valid at `now`. */
export const poolConsentCutoff = (now: Date, months = poolMonths()): Date => addMonths(now, -months);
