import type { PostingStatus } from "@/lib/db/models";
import { findFrenchDate, toDay } from "@/lib/postings/import/french-dates";
import { parseLooseBoolean, parseStatusValue, type StatusWord } from "@/lib/postings/import/loose-values";

type Entry = { key: string; value: unknown } | undefined;

export type StatusInput = {
  open: Entry;
  status: Entry;
  filled: Entry;
  filledAt: Date | null;
  closedAt: Date | null;
};

export type StatusReading = {
  status: PostingStatus;
  /** Whether a key says the post is filled, dated or not. */
  filled: boolean;
  filledAt: Date | null;
  closedAt: Date | null;
  warnings: string[];
};

function show(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
}

/**
 * The status from `open`, `status` and `filled`/`pourvu`. A value nobody can read leaves the
 * posting in DRAFT: a typo must never publish an offer by accident, nor hide a closed one as open.
 */
export function resolveStatus(input: StatusInput): StatusReading {
  const warnings: string[] = [];
  const readings: StatusWord[] = [];
  const unreadable: string[] = [];
  let filledDate: Date | null = null;

  for (const entry of [input.open, input.status]) {
    if (!entry) continue;
    const reading = parseStatusValue(entry.value);
    if (!reading) {
      unreadable.push(`valeur de « ${entry.key} » incomprise (${show(entry.value)})`);
      continue;
    }
    readings.push(reading);
    if (reading.filled && typeof entry.value === "string") filledDate ??= findFrenchDate(entry.value);
  }

  let filled = readings.some((reading) => reading.filled);
  if (input.filled) {
    const day = toDay(input.filled.value);
    const flag = parseLooseBoolean(input.filled.value);
    if (day) {
      filled = true;
      filledDate = day;
    } else if (flag !== null) {
      filled ||= flag;
    } else {
      unreadable.push(`valeur de « ${input.filled.key} » incomprise (${show(input.filled.value)})`);
    }
  }

  if (unreadable.length > 0) {
    return {
      status: "DRAFT",
      filled: false,
      filledAt: null,
      closedAt: input.closedAt,
      warnings: unreadable.map((text) => `${text} : offre laissée en brouillon`),
    };
  }

  const says = (status: PostingStatus) => readings.some((reading) => reading.status === status);
  let status: PostingStatus;
  if (filled || says("CLOSED")) status = "CLOSED";
  else if (says("DRAFT")) status = "DRAFT";
  else if (says("PUBLISHED")) status = "PUBLISHED";
  else {
    status = "PUBLISHED";
    warnings.push("ni « open » ni « status » : offre considérée comme publiée");
  }
  if (says("PUBLISHED") && (filled || says("CLOSED"))) {
    warnings.push("« open » et « status » se contredisent : offre considérée comme fermée");
  }

  const filledAt = filled ? (input.filledAt ?? filledDate) : null;
  const closedAt = input.closedAt ?? (status === "CLOSED" ? filledAt : null);
  return { status, filled, filledAt, closedAt, warnings };
}

/**
 * A filled posting with no date of its own ("poste_pourvu: true") is dated by the closest day
 * the file gives, so that it shows as filled, not merely closed: the day it closed, else its
 * closing date (`depublication_date`), else its publication. Said in a remark; with none of
 * them it stays undated, and shows as closed.
 */
export function dateUndatedFilling(
  reading: StatusReading,
  days: { closedAt: Date | null; closesAt: Date | null; publishedAt: Date | null },
): StatusReading {
  if (!reading.filled || reading.filledAt) return reading;
  const [source, day] =
    (
      [
        ["fermeture", days.closedAt],
        ["clôture", days.closesAt],
        ["publication", days.publishedAt],
      ] as const
    ).find(([, candidate]) => candidate !== null) ?? [];
  if (!day) {
    return { ...reading, warnings: [...reading.warnings, "poste pourvu sans date : l'offre apparaîtra comme clôturée"] };
  }
  const filledAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  return {
    ...reading,
    filledAt,
    closedAt: reading.closedAt ?? filledAt,
    warnings: [...reading.warnings, `poste pourvu sans date : date de ${source} retenue (${filledAt.toISOString().slice(0, 10)})`],
  };
}
