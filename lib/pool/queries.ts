import "server-only";
// Reads of the pool page, scoped to the organisations whose applications the actor may read.
import { applicationScope, assertCan, can, organisationScope, postingScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { openWhere } from "@/lib/postings/visibility";
import { ORGANISATION_CHOICE_SELECT } from "@/lib/organisations/choices";
import { poolCandidates, shownCandidate } from "./candidates";
import type { PoolFilters } from "./filters";

export const POOL_PAGE_SIZE = 25;

/** One page of the pool's candidates matching `filters`, the latest consent first. */
export async function listPool(actor: Actor | null, filters: PoolFilters, page = 1, now = new Date()) {
  assertCan(actor, "applications:read");
  const candidates = await poolCandidates(await getDb(), applicationScope(actor, "applications:read"), filters, now);
  const pageCount = Math.max(1, Math.ceil(candidates.length / POOL_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  return {
    items: candidates.slice((current - 1) * POOL_PAGE_SIZE, current * POOL_PAGE_SIZE).map(shownCandidate),
    total: candidates.length,
    page: current,
    pageCount,
    canPropose: can(actor, "applications:write"),
  };
}

/** What the filters offer: the actor's organisations and their offers. */
export async function poolFilterOptions(actor: Actor | null) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const [postings, organisations] = await Promise.all([
    db.posting.findMany({
      where: { AND: [postingScope(actor, "applications:read"), { applications: { some: { poolConsentAt: { not: null } } } }] },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, organisation: { select: { name: true } } },
    }),
    db.organisation.findMany({ where: organisationScope(actor, "applications:read"), select: ORGANISATION_CHOICE_SELECT }),
  ]);
  return { postings, organisations };
}

/** The offers the actor may propose: open ones, of the organisations whose applications they may change. */
export async function proposableOffers(actor: Actor | null, now = new Date()) {
  assertCan(actor, "applications:write");
  const db = await getDb();
  return db.posting.findMany({
    where: { AND: [postingScope(actor, "applications:write"), openWhere(now)] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, organisationId: true, organisation: { select: { name: true } } },
  });
}
