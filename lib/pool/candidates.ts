// Who is in the pool: the applications whose candidate agreed to stay in it, the consent still
// within its period, among the organisations a scope allows, grouped by candidate (the
// lower-cased address, the key that erasure and duplicates use too). Filters pick candidates
// with at least one such application matching all of them at once. Erased and withdrawn
// applications are deleted, and a withdrawn consent is cleared: neither can show.
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import { searchWords } from "@/lib/text/normalise";
import type { PoolFilters } from "./filters";
import { poolConsentCutoff } from "./period";

type Client = Prisma.TransactionClient;

export type PoolApplication = {
  id: string;
  status: ApplicationStatus;
  createdAt: Date;
  poolConsentAt: Date;
  posting: { id: string; title: string; organisationId: string; organisation: { name: string } };
};

export type PoolCandidate = {
  /** The application of the latest consent: the candidate's id in forms, the one a proposal cites. */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  consentAt: Date;
  applications: PoolApplication[];
};

const select = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  message: true,
  status: true,
  createdAt: true,
  poolConsentAt: true,
  posting: { select: { id: true, title: true, organisationId: true, organisation: { select: { name: true } } } },
} satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof select }> & { poolConsentAt: Date };

/** The words asked for, each to start a word of the message: the inbox's way with names, for messages. */
const wordsOf = (q: string | undefined) => (q ? searchWords(q).split(" ").filter(Boolean) : []);

function matches(row: Row, filters: PoolFilters, words: string[]): boolean {
  if (filters.postingId && row.posting.id !== filters.postingId) return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.organisationId && row.posting.organisationId !== filters.organisationId) return false;
  if (words.length === 0) return true;
  const text = ` ${searchWords(row.message)}`;
  return words.every((word) => text.includes(` ${word}`));
}

/**
 * The candidates of the pool within `scope` (an application scope from lib/auth/permissions.ts)
 * who match `filters`, the latest consent first. Message words are matched here rather than
 * in SQL: the message has no folded column, and folding accents is the same on both backends
 * only in code (docs/decisions/0032-the-pool.md).
 */
export async function poolCandidates(
  db: Client,
  scope: Prisma.ApplicationWhereInput,
  filters: PoolFilters,
  now: Date,
): Promise<PoolCandidate[]> {
  const rows = (await db.application.findMany({
    where: { AND: [scope, { poolConsentAt: { gte: poolConsentCutoff(now), lte: now } }] },
    orderBy: [{ poolConsentAt: "desc" }, { id: "desc" }],
    select,
  })) as Row[];
  const words = wordsOf(filters.q);
  const byEmail = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), row]);
  }
  return [...byEmail.entries()]
    .filter(([, own]) => own.some((row) => matches(row, filters, words)))
    .map(([email, own]) => {
      const latest = own[0]!;
      return {
        id: latest.id,
        email,
        firstName: latest.firstName,
        lastName: latest.lastName,
        consentAt: latest.poolConsentAt,
        applications: own.map(({ email: _e, firstName: _f, lastName: _l, message: _m, ...application }) => application),
      };
    });
}
