// The inbox's orders (?tri=candidat|offre|recue|etape, lib/admin/sorting.ts), shared by the
// list, its pages and the previous/next links of an application. An order is a run of
// segments, each a slice of the list with a Prisma order: one for most columns; one per step
// for the step column, in the pipeline's order, because the databases would sort the step as
// text (SQLite) or as its declaration (PostgreSQL), and Prisma compares an enum only for
// equality.
import { defineSort, type Sort, type SortDirection } from "@/lib/admin/sorting";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";

export const INBOX_SORT = defineSort({
  columns: { candidat: "asc", offre: "asc", recue: "desc", etape: "asc" },
  fallback: { key: "recue", direction: "desc" },
});
export type InboxSort = Sort<keyof typeof INBOX_SORT.columns>;

/** What an order compares of an application, read once for the previous/next links. */
export const SORT_ROW_SELECT = {
  id: true,
  lastName: true,
  firstName: true,
  createdAt: true,
  status: true,
  posting: { select: { title: true } },
} satisfies Prisma.ApplicationSelect;
export type SortRow = Prisma.ApplicationGetPayload<{ select: typeof SORT_ROW_SELECT }>;

type Op = "lt" | "gt" | "equals";
/** One compared value: how to order by it, and how to compare a row's value with it. */
type Key = {
  order: (d: SortDirection) => Prisma.ApplicationOrderByWithRelationInput;
  compare: (op: Op, row: SortRow) => Prisma.ApplicationWhereInput;
};

const scalar = (name: "lastName" | "firstName" | "createdAt" | "id"): Key => ({
  order: (d) => ({ [name]: d }),
  compare: (op, row) => ({ [name]: { [op]: row[name] } }),
});
const postingTitle: Key = {
  order: (d) => ({ posting: { title: d } }),
  compare: (op, row) => ({ posting: { title: { [op]: row.posting.title } } }),
};

const KEYS: Record<InboxSort["key"], Key[]> = {
  candidat: [scalar("lastName"), scalar("firstName")],
  offre: [postingTitle, scalar("createdAt")],
  recue: [scalar("createdAt")],
  etape: [],
};

export type Segment = {
  /** The slice of the list this segment holds (nothing for a single segment). */
  where: Prisma.ApplicationWhereInput;
  /** Whether `row` falls in this slice. */
  holds: (row: SortRow) => boolean;
  keys: { key: Key; direction: SortDirection }[];
};

/** The segments of an order; the id always breaks ties, so that pages never overlap. */
export function inboxSegments(sort: InboxSort): Segment[] {
  const id = { key: scalar("id"), direction: sort.direction };
  if (sort.key !== "etape") {
    return [{ where: {}, holds: () => true, keys: [...KEYS[sort.key].map((key) => ({ key, direction: sort.direction })), id] }];
  }
  // Within a step, the newest first.
  const within = [
    { key: scalar("createdAt"), direction: "desc" as const },
    { key: scalar("id"), direction: "desc" as const },
  ];
  const steps: ApplicationStatus[] = sort.direction === "asc" ? [...APPLICATION_STATUSES] : [...APPLICATION_STATUSES].reverse();
  return steps.map((status) => ({ where: { status }, holds: (row) => row.status === status, keys: within }));
}

export const segmentOrder = (segment: Segment, reverse = false) =>
  segment.keys.map(({ key, direction }) => key.order(reverse ? (direction === "asc" ? "desc" : "asc") : direction));

/** The rows of `segment` before `row` in its order (`after`: those after it). */
export function beyond(segment: Segment, row: SortRow, side: "before" | "after"): Prisma.ApplicationWhereInput {
  return {
    OR: segment.keys.map(({ key, direction }, i) => ({
      AND: [
        ...segment.keys.slice(0, i).map((earlier) => earlier.key.compare("equals", row)),
        key.compare((direction === "asc") === (side === "before") ? "lt" : "gt", row),
      ],
    })),
  };
}
