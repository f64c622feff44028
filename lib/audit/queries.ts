import "server-only";
import { assertCan, auditScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { defineSort, type Sort } from "@/lib/admin/sorting";
import { AUDIT_ACTIONS, type AuditAction } from "./record";

export const AUDIT_PAGE_SIZE = 50;

/** The journal's sortable columns: newest first by default. Authors are addresses, in byte order. */
export const AUDIT_SORT = defineSort({ columns: { date: "desc", auteur: "asc" }, fallback: { key: "date", direction: "desc" } });
export type AuditSort = Sort<keyof typeof AUDIT_SORT.columns>;

function auditOrder({ key, direction }: AuditSort): Prisma.AuditEventOrderByWithRelationInput[] {
  // Within one author, the newest first; the id last, so that pages never share nor skip an event.
  if (key === "auteur") return [{ actorLabel: { sort: direction, nulls: "last" } }, { at: "desc" }, { id: "desc" }];
  return [{ at: direction }, { id: direction }];
}

export type AuditFilters = {
  action?: AuditAction;
  /** Part of the actor's email (or label). */
  actor?: string;
  /** Part of the subject's label (an offer's title, a user's email). */
  subject?: string;
  from?: Date;
  /** Exclusive. */
  until?: Date;
  page?: number;
  sort?: AuditSort;
};

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && value in AUDIT_ACTIONS;
}

/** One page of the audit log, in the order asked (newest first by default). Admins only. */
export async function listAuditEvents(actor: Actor | null, filters: AuditFilters) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      auditScope(actor),
      filters.action ? { action: filters.action } : {},
      filters.actor ? { actorLabel: { contains: filters.actor.trim().toLowerCase() } } : {},
      filters.subject ? { subjectLabel: { contains: filters.subject.trim() } } : {},
      filters.from ? { at: { gte: filters.from } } : {},
      filters.until ? { at: { lt: filters.until } } : {},
    ],
  };
  const page = filters.page && filters.page > 0 ? filters.page : 1;
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: auditOrder(filters.sort ?? AUDIT_SORT.fallback),
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
