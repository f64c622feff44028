import "server-only";
// Erasure on request (docs/decisions/0010-retention-and-erasure.md): whoever may erase an
// application (recruiters of its organisation, admins) erases its candidate, that is every
// application with the same address in the organisations they may erase. The audit log
// keeps who did it, when and how many applications went: nothing about the candidate.
import { recordAudit } from "@/lib/audit/record";
import { assertCan, can, Forbidden, organisationsFor, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Abort, inCommandTransaction } from "@/lib/db/command-transaction";
import type { Prisma } from "@/lib/db/models";
import { deleteApplications } from "./erase";

type Failure = { ok: false; error: "not_found"; message: string };
const NOT_FOUND: Failure = { ok: false, error: "not_found", message: "Cette candidature n'existe pas ou plus." };

function erasableWhere(actor: Actor): Prisma.ApplicationWhereInput {
  const organisations = organisationsFor(actor, "applications:erase");
  return organisations === "all" ? {} : { posting: { organisationId: { in: organisations } } };
}

async function target(db: Prisma.TransactionClient, actor: Actor | null, id: string) {
  assertCan(actor, "applications:erase");
  const application = await db.application.findUnique({
    where: { id },
    select: { email: true, firstName: true, lastName: true, posting: { select: { organisationId: true } } },
  });
  if (!application || !can(actor, "applications:read", application.posting.organisationId)) return null;
  if (!can(actor, "applications:erase", application.posting.organisationId)) throw new Forbidden();
  const applications = await db.application.findMany({
    where: { AND: [{ email: application.email }, erasableWhere(actor)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, status: true, posting: { select: { title: true, organisation: { select: { name: true } } } } },
  });
  return { actor, candidate: application, applications };
}

/** What erasing the candidate of application `id` would delete; null when the actor may not read it. */
export async function candidateErasure(actor: Actor | null, id: string) {
  const found = await target(await getDb(), actor, id);
  if (!found) return null;
  const { firstName, lastName, email } = found.candidate;
  return { firstName, lastName, email, applications: found.applications };
}

/** Erases the candidate of application `id`: all their applications the actor may erase, in one transaction. */
export async function eraseCandidate(actor: Actor | null, id: string, clientAddress: string | null = null): Promise<{ ok: true; erased: number } | Failure> {
  return inCommandTransaction<{ ok: true; erased: number }, Failure>(async (tx) => {
    const found = await target(tx, actor, id);
    if (!found) throw new Abort(NOT_FOUND);
    const erased = await deleteApplications(tx, found.applications.map((a) => a.id));
    await recordAudit(tx, {
      action: "application.erase",
      actor: found.actor,
      subject: { type: "application", label: "Personne candidate effacée à sa demande" },
      clientAddress,
      changes: { candidatures: erased },
    });
    return { ok: true as const, erased };
  });
}
