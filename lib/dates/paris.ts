// Every date the portal shows or reads is meant on a clock in Paris, whatever the server's
// time zone: this module is the only one that turns instants into Paris days and times and
// back. The offsets come from @date-fns/tz (docs/decisions/0018), not from arithmetic on
// 24-hour days, which is wrong twice a year.
import { TZDate, tzOffset } from "@date-fns/tz";

export const PARIS_TIME_ZONE = "Europe/Paris";

type CalendarDay = { year: number; month: number; day: number };

/** "2026-03-29" → its parts, or null when malformed or when the day does not exist (30 février). */
function readCalendarDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { year, month, day } : null;
}

/** The instant a Paris clock reads that day at that time (a time skipped in March moves on an hour). */
function parisInstant({ year, month, day }: CalendarDay, hours = 0, minutes = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hours, minutes, PARIS_TIME_ZONE).getTime());
}

/** "2026-12-01T09:30" as read on a clock in Paris → the instant; null when malformed. */
export function parisLocalToInstant(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(text);
  const day = match && readCalendarDay(match[1]!);
  if (!day) return null;
  return parisInstant(day, Number(match[2]), Number(match[3]));
}

/** The instant as a `datetime-local` value on a Paris clock. */
export function instantToParisLocal(instant: Date | null | undefined): string {
  if (!instant) return "";
  return parisWallClock(instant).toISOString().slice(0, 16);
}

/** Midnight in Paris at the start of "YYYY-MM-DD"; null when it is not a day. */
export function startOfParisDay(text: string): Date | null {
  const day = readCalendarDay(text);
  return day && parisInstant(day);
}

/**
 * Midnight in Paris at the end of "YYYY-MM-DD" (the start of the next day): the exclusive
 * bound of a period that includes that whole day, 23 or 25 hours long on clock-change days.
 */
export function startOfNextParisDay(text: string): Date | null {
  const day = readCalendarDay(text);
  return day && parisInstant({ ...day, day: day.day + 1 });
}

/**
 * The instants of the days from `first` to `last` included ("YYYY-MM-DD", Paris), for
 * `gte`/`lt` filters; a bound left empty or not a day is left open.
 */
export function parisDayRange(first: string | undefined, last: string | undefined): { from?: Date; until?: Date } {
  const from = first ? startOfParisDay(first) : null;
  const until = last ? startOfNextParisDay(last) : null;
  return { ...(from && { from }), ...(until && { until }) };
}

/**
 * The last instant of a calendar day in Paris, the day given as a Date at UTC midnight. A
 * closing date written as a day ("poste_ferme: 2021-07-07") means candidates may still apply
 * all that day.
 */
export function endOfParisDay(day: Date): Date {
  const next = parisInstant({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() + 1 });
  return new Date(next.getTime() - 1);
}

/** Monday 00:00 in Paris of the week `instant` falls in, as an instant. */
export function startOfParisWeek(instant: Date): Date {
  const local = inParis(instant);
  const daysSinceMonday = (local.getDay() + 6) % 7;
  return parisInstant({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() - daysSinceMonday });
}

/** The calendar day in Paris as YYYY-MM-DD, for `<time dateTime>`, file names and filters. */
export function parisDay(instant: Date): string {
  const local = inParis(instant);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The instant's wall-clock time in Paris, to the minute, as a Date whose UTC fields read that time (for xlsx cells). */
export function parisWallClock(instant: Date): Date {
  const local = instant.getTime() + parisOffsetMinutes(instant) * 60_000;
  return new Date(local - (((local % 60_000) + 60_000) % 60_000));
}

const HOUR = 3_600_000;
const offsetByHour = new Map<number, number>();

/**
 * Paris's offset from UTC in minutes at `instant`. Paris changes its clocks on the hour (01:00
 * UTC), so the offset holds for a whole UTC hour: remembered per hour, it spares the Intl call
 * an export would otherwise make for each of hundreds of thousands of dates.
 */
function parisOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    // Bounded: about a year of distinct hours.
    if (offsetByHour.size >= 10_000) offsetByHour.clear();
    offset = tzOffset(PARIS_TIME_ZONE, new Date(hour * HOUR));
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const longDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: PARIS_TIME_ZONE });
const longDateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: PARIS_TIME_ZONE });
const shortDateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: PARIS_TIME_ZONE });

/** "3 novembre 2026", "1er mars 2027": French writes the first day of a month as an ordinal. */
export function formatDate(date: Date): string {
  return longDate.format(date).replace(/^1 /, "1er ");
}

/** "22 novembre 2026 à 14:05", Paris time. */
export function formatDateTime(date: Date): string {
  return longDateTime.format(date);
}

/** "22/11/2026 14:05:09", Paris time, for dense tables (the journal). */
export function formatShortDateTime(date: Date): string {
  return shortDateTime.format(date);
}

/** "04/03/2026 14:05", Paris time: what French spreadsheets read as a date. */
export function formatSpreadsheetDateTime(instant: Date): string {
  const iso = parisWallClock(instant).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

function inParis(instant: Date): TZDate {
  return new TZDate(instant.getTime(), PARIS_TIME_ZONE);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
