import "server-only";
// Reads of the inbox: every one scoped to the organisations whose applications the actor
// may read. Another organisation's application answers null, as if it did not exist.
import { applicationScope, assertCan, can, postingScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import { type KnownPerson, removeContactDetails } from "@/lib/applications/contact-details";
import { cleanedCvText } from "@/lib/applications/cv-text";
import { isMasked, maskIdentity, shownIdentity } from "./blind";
import { INBOX_ORDER, inboxWhere, type InboxFilters } from "./filters";

export const INBOX_PAGE_SIZE = 25;

type Identity = { id: string; email: string; phoneKey: string | null };

/**
 * The ids among `applications` whose candidate applied elsewhere too (same address or same
 * phone), counting only applications the actor may read: a duplicate never reveals another
 * organisation's candidates.
 */
async function withOtherApplications(actor: Actor, applications: Identity[]): Promise<Set<string>> {
  if (applications.length === 0) return new Set();
  const emails = [...new Set(applications.map((a) => a.email))];
  const phones = [...new Set(applications.flatMap((a) => (a.phoneKey ? [a.phoneKey] : [])))];
  const db = await getDb();
  const matches = await db.application.findMany({
    where: {
      AND: [
        applicationScope(actor, "applications:read"),
        { OR: [{ email: { in: emails } }, ...(phones.length ? [{ phoneKey: { in: phones } }] : [])] },
      ],
    },
    select: { id: true, email: true, phoneKey: true },
  });
  return new Set(
    applications
      .filter((a) => matches.some((m) => m.id !== a.id && (m.email === a.email || (a.phoneKey !== null && m.phoneKey === a.phoneKey))))
      .map((a) => a.id),
  );
}

/** One page of the inbox, newest first, each row flagged when its candidate applied more than once. */
export async function listInbox(actor: Actor | null, filters: InboxFilters, page = 1) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const where = inboxWhere(actor, filters);
  const current = Math.max(1, page);
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: INBOX_ORDER,
      skip: (current - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        phoneKey: true,
        status: true,
        needsReview: true,
        createdAt: true,
        revealedAt: true,
        posting: { select: { id: true, title: true, blindReview: true } },
      },
    }),
    db.application.count({ where }),
  ]);
  const duplicates = await withOtherApplications(actor, rows);
  return {
    // A masked row does not say that its candidate applied elsewhere: that would tie it to a name.
    items: rows.map((full) => {
      const { phoneKey: _p, ...row } = shownIdentity(full);
      return { ...row, duplicate: !row.masked && duplicates.has(row.id) };
    }),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}

/** The offers whose applications the actor may read, for the inbox's filter. */
export async function inboxPostings(actor: Actor | null) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  return db.posting.findMany({
    where: postingScope(actor, "applications:read"),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, organisation: { select: { name: true } } },
  });
}

export type HistoryEntry = {
  id: string;
  at: Date;
  kind: "status" | "mail" | "note";
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  authorLabel: string | null;
  detail: Record<string, string>;
  /** For a mail: whether the outbox has sent it yet. */
  sentAt?: Date | null;
};

/** An application with everything the team may see of it, or null when the actor may not read it. */
export async function getApplication(actor: Actor | null, id: string) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const application = await db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor, "applications:read")] },
    include: {
      posting: {
        select: {
          id: true,
          title: true,
          slug: true,
          contactEmail: true,
          organisationId: true,
          blindReview: true,
          organisation: { select: { name: true } },
        },
      },
      cv: { select: { fileName: true, mediaType: true, size: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      mails: { select: { dedupeKey: true, sentAt: true } },
    },
  });
  if (!application) return null;
  const { events, mails, ...rest } = application;
  const masked = isMasked(application);
  const sent = new Map(mails.map((m) => [m.dedupeKey, m.sentAt]));
  const history: HistoryEntry[] = events.map((e) => {
    const written = JSON.parse(e.detail) as Record<string, string>;
    // A mail sent to a masked candidate names them (its address, "Bonjour Zoé"): shown without.
    const detail = masked && e.kind === "mail" ? maskedMailDetail(written, application) : written;
    return {
      id: e.id,
      at: e.at,
      kind: e.kind as HistoryEntry["kind"],
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      authorLabel: e.authorLabel,
      detail,
      ...(e.kind === "mail" ? { sentAt: sent.get(detail.dedupeKey ?? "") ?? null } : {}),
    };
  });
  const others = masked
    ? []
    : await db.application.findMany({
        where: {
          AND: [
            applicationScope(actor, "applications:read"),
            { id: { not: id } },
            { OR: [{ email: application.email }, ...(application.phoneKey ? [{ phoneKey: application.phoneKey }] : [])] },
          ],
        },
        orderBy: INBOX_ORDER,
        select: { id: true, createdAt: true, status: true, email: true, phoneKey: true, posting: { select: { title: true } } },
      });
  const canWrite = can(actor, "applications:write", application.posting.organisationId);
  return {
    ...(masked ? maskIdentity(rest) : rest),
    masked,
    history,
    duplicates: others.map(({ email, phoneKey, ...other }) => ({
      ...other,
      sameEmail: email === application.email,
      samePhone: phoneKey !== null && phoneKey === application.phoneKey,
    })),
    canWrite,
    canReveal: masked && canWrite,
    canErase: can(actor, "applications:erase", application.posting.organisationId),
  };
}

export type AdminApplication = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

function maskedMailDetail(detail: Record<string, string>, person: KnownPerson): Record<string, string> {
  const masked = Object.entries(detail).map(([key, value]) => [key, key === "to" ? "" : removeContactDetails(value, person)]);
  return { ...Object.fromEntries(masked), dedupeKey: detail.dedupeKey ?? "" };
}

const cvSelect = {
  fileName: true,
  mediaType: true,
  size: true,
  content: true,
  application: {
    select: {
      firstName: true,
      lastName: true,
      status: true,
      revealedAt: true,
      posting: { select: { title: true, organisationId: true, blindReview: true } },
    },
  },
} satisfies Prisma.ApplicationFileSelect;

function readableCv(actor: Actor | null, applicationId: string) {
  assertCan(actor, "applications:read");
  return getDb().then((db) =>
    db.applicationFile.findFirst({ where: { applicationId, application: applicationScope(actor, "applications:read") }, select: cvSelect }),
  );
}

/**
 * The CV of an application the actor may read, with its bytes; null otherwise. A masked
 * application's file is null too: it could name the candidate in its text or its metadata.
 */
export async function getApplicationCv(actor: Actor | null, applicationId: string) {
  const file = await readableCv(actor, applicationId);
  if (!file || isMasked(file.application)) return null;
  const { application, ...rest } = file;
  return { ...rest, postingTitle: application.posting.title, organisationId: application.posting.organisationId };
}

/**
 * What a masked application shows of its CV: its text without contact details, or null when
 * none could be read. Undefined when the application is unknown, has no CV or is not masked.
 */
export async function getMaskedCvText(actor: Actor | null, applicationId: string): Promise<string | null | undefined> {
  const file = await readableCv(actor, applicationId);
  if (!file || !isMasked(file.application)) return undefined;
  return cleanedCvText(file.content, file.application);
}
