// Candidates of the pool written straight into a test database, for the pool's data-layer tests.
import type { Db } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/models";
import { applicationTo } from "@/lib/applications/admin/testing";

export const NOW = new Date("2026-11-22T10:00:00Z");
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** An application whose candidate agreed to the pool `days` ago. */
export function consenting(
  db: Db,
  postingId: string,
  person: { firstName?: string; lastName?: string; email: string },
  { days = 10, message = "Je souhaite rejoindre l'équipe.", status = "RECEIVED" as ApplicationStatus } = {},
) {
  return applicationTo(db, postingId, person, { poolConsentAt: daysAgo(days), createdAt: daysAgo(days), message, status });
}
