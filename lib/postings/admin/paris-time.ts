import { parisOffsetMinutes } from "@/lib/postings/import/french-dates";

/** "2026-12-01T09:30" as read on a clock in Paris → the instant; null when malformed. */
export function parisLocalToInstant(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const probe = new Date(asUtc);
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  // The offset at the guessed instant, then at the corrected one (around a change of time).
  const first = new Date(asUtc - parisOffsetMinutes(probe) * 60_000);
  return new Date(asUtc - parisOffsetMinutes(first) * 60_000);
}

/** The instant as a `datetime-local` value on a Paris clock. */
export function instantToParisLocal(instant: Date | null | undefined): string {
  if (!instant) return "";
  const shifted = new Date(instant.getTime() + parisOffsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** Monday 00:00 in Paris of the week `instant` falls in, as an instant. */
export function startOfParisWeek(instant: Date): Date {
  const local = new Date(instant.getTime() + parisOffsetMinutes(instant) * 60_000);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(local.getTime() - daysSinceMonday * 86_400_000).toISOString().slice(0, 10);
  // A Paris midnight always exists: clocks change at 2 or 3 in the morning.
  return parisLocalToInstant(`${monday}T00:00`) as Date;
}
