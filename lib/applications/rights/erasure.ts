import "server-only";
// Erasure on request (docs/decisions/0010-retention-and-erasure.md): whoever may erase an
// application (recruiters of its organisation, admins) erases its candidate, that is every
// application with the same address in the organisations they may erase. The audit log
// keeps who did it, when and how many applications went: nothing about the candidate.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { applicationScope, assertCan, can, Forbidden, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { shownIdentity } from "../admin/blind";
import { deleteApplications, forgetDeletedPages } from "./erase";

const NOT_FOUND = failure("not_found", "Cette candidature n'existe pas ou plus.");

async function target(db: Prisma.TransactionClient, actor: Actor | null, id: string) {
  assertCan(actor, "applications:erase");
  const application = await db.application.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      status: true,
      revealedAt: true,
      posting: { select: { organisationId: true, blindReview: true } },
    },
  });
  if (!application || !can(actor, "applications:read", application.posting.organisationId)) return null;
  if (!can(actor, "applications:erase", application.posting.organisationId)) throw new Forbidden();
  const applications = await db.application.findMany({
    where: { AND: [{ email: application.email }, applicationScope(actor, "applications:erase")] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, status: true, posting: { select: { title: true, organisation: { select: { name: true } } } } },
  });
  return { actor, candidate: application, applications };
}

/** What erasing the candidate of application `id` would delete; null when the actor may not read it. */
export async function candidateErasure(actor: Actor | null, id: string) {
  const found = await target(await getDb(), actor, id);
  if (!found) return null;
  // A masked application stays masked here too: the page names its pseudonym, not the person.
  const { firstName, lastName, email, masked } = shownIdentity(found.candidate);
  return { firstName, lastName, email, masked, applications: found.applications };
}

/** Erases the candidate of application `id`: all their applications the actor may erase, in one transaction. */
export async function eraseCandidate({ actor, origin }: CommandContext, id: string): Promise<CommandResult<{ erased: number }>> {
  const result = await inCommandTransaction(async (tx) => {
    const found = await target(tx, actor, id);
    if (!found) throw new Abort(NOT_FOUND);
    const erased = await deleteApplications(
      tx,
      found.applications.map((a) => a.id),
    );
    await recordAudit(tx, {
      action: "application.erase",
      actor: found.actor,
      subject: { type: "application", label: "Personne candidate effacée à sa demande" },
      origin,
      changes: { candidatures: erased },
    });
    return { ok: true as const, erased };
  });
  if (result.ok) await forgetDeletedPages(await getDb());
  return result;
}
