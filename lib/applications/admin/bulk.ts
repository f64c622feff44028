import "server-only";
// Bulk actions of the inbox: a move to a step, or a rejection with each candidate's own mail,
// over a selection (lib/applications/admin/selection.ts). All or nothing, in one transaction:
// an application out of the actor's sight, changed since the page showed it, or already at
// the target step refuses the whole action, and nothing is written.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { recordAudit } from "@/lib/audit/record";
import { applicationScope, assertCan, can, Forbidden, type Actor } from "@/lib/auth/permissions";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import { outboxRows } from "@/lib/mail/outbox";
import { inboxWhere } from "./filters";
import { REJECTION_REASONS, rejectionMailTemplate, type RejectionReason } from "./rejection";
import { applicationCount, BULK_MAX, bulkCapMessage, type Selection } from "./selection";

type Tx = Prisma.TransactionClient;

export const BULK_NOT_FOUND = "Une candidature sélectionnée n'existe pas ou plus : rien n'a été modifié. Rechargez la liste.";

const rowSelect = {
  id: true,
  status: true,
  email: true,
  firstName: true,
  posting: { select: { title: true, contactEmail: true, organisationId: true, organisation: { select: { name: true } } } },
} satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof rowSelect }>;

/** Node 20 has no Map.groupBy yet. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const changedMessage = (count: number) =>
  `${count === 1 ? "1 candidature a changé" : `${count} candidatures ont changé`} d'étape depuis l'affichage : rien n'a été modifié. Rechargez la liste.`;

/**
 * The applications a bulk action acts on, once the actor may change every one of them at the
 * step they saw. Rows of another organisation answer as unknown ones.
 */
async function selected(tx: Tx, actor: Actor, selection: Selection, max: number): Promise<Row[]> {
  let rows: Row[];
  if (selection.scope === "filters") {
    const where = inboxWhere(actor, selection.filters);
    const count = await tx.application.count({ where });
    if (count > max) throw new Abort(failure("invalid", bulkCapMessage(count, max), "selection"));
    if (count !== selection.expected) {
      throw new Abort(
        failure(
          "conflict",
          `La liste a changé depuis l'affichage : ${applicationCount(count)} correspond${count > 1 ? "ent" : ""} aux filtres au lieu de ${selection.expected}. Rien n'a été modifié ; rechargez la liste.`,
        ),
      );
    }
    rows = await tx.application.findMany({ where, select: rowSelect });
  } else {
    if (selection.rows.length > max) throw new Abort(failure("invalid", bulkCapMessage(selection.rows.length, max), "selection"));
    const ids = selection.rows.map((row) => row.id);
    rows = await tx.application.findMany({
      where: { AND: [{ id: { in: ids } }, applicationScope(actor, "applications:read")] },
      select: rowSelect,
    });
    if (rows.length !== ids.length) throw new Abort(failure("not_found", BULK_NOT_FOUND));
    const seen = new Map(selection.rows.map((row) => [row.id, row.status]));
    const changed = rows.filter((row) => row.status !== seen.get(row.id)).length;
    if (changed > 0) throw new Abort(failure("conflict", changedMessage(changed)));
  }
  if (rows.length === 0)
    throw new Abort(failure("invalid", "Aucune candidature ne correspond aux filtres : rien n'a été modifié.", "selection"));
  // A reader of one of the organisations may see the rows, not change them.
  if (rows.some((row) => !can(actor, "applications:write", row.posting.organisationId))) throw new Forbidden();
  return rows;
}

type Change = { to: ApplicationStatus; rejection?: { reason: RejectionReason; send: boolean } };

/** Writes the change of every row: their steps, their history, their mails, one audit entry per organisation. */
async function apply(tx: Tx, { actor, origin }: CommandContext & { actor: Actor }, rows: Row[], change: Change, now: Date) {
  const already = rows.filter((row) => row.status === change.to).length;
  if (already > 0) {
    throw new Abort(
      failure(
        "invalid",
        `${already === 1 ? "1 candidature est déjà" : `${already} candidatures sont déjà`} à l'étape « ${APPLICATION_STATUS_LABELS[change.to]} » : retirez-la${already === 1 ? "" : "s"} de la sélection. Rien n'a été modifié.`,
        "selection",
      ),
    );
  }
  const rejection = change.rejection;
  const byStep = groupBy(rows, (row) => row.status);
  for (const [from, group] of byStep) {
    const { count } = await tx.application.updateMany({
      where: { id: { in: group.map((row) => row.id) }, status: from },
      data: {
        status: change.to,
        statusChangedAt: now,
        rejectionReason: rejection?.reason ?? null,
        ...(rejection?.send ? { lastContactAt: now } : {}),
      },
    });
    // A colleague's change between the read and this write: the transaction is undone.
    if (count !== group.length) throw new Abort(failure("conflict", changedMessage(group.length - count)));
  }
  const author = { authorId: actor.id, authorLabel: actor.name || actor.email };
  const detail = JSON.stringify(rejection ? { reason: rejection.reason, reasonLabel: REJECTION_REASONS[rejection.reason].label } : {});
  const events = await tx.applicationEvent.createManyAndReturn({
    data: rows.map((row) => ({
      applicationId: row.id,
      at: now,
      kind: "status",
      fromStatus: row.status,
      toStatus: change.to,
      detail,
      ...author,
    })),
    select: { id: true, applicationId: true },
  });
  let mails = 0;
  if (rejection?.send) {
    const eventOf = new Map(events.map((event) => [event.applicationId, event.id]));
    const outgoing = rows.map((row) => {
      const mail = rejectionMailTemplate(rejection.reason, {
        firstName: row.firstName,
        posting: { title: row.posting.title, organisationName: row.posting.organisation.name },
      });
      // Named after each status event, as a single rejection's mail is.
      const dedupeKey = `application-answer:${eventOf.get(row.id)}`;
      return { applicationId: row.id, mail: { dedupeKey, to: row.email, replyTo: row.posting.contactEmail, ...mail } };
    });
    await tx.outboxMail.createMany({
      data: outgoing.map(({ applicationId, mail }) => ({ ...outboxRows([mail])[0]!, applicationId })),
    });
    await tx.applicationEvent.createMany({
      data: outgoing.map(({ applicationId, mail }) => ({
        applicationId,
        at: now,
        kind: "mail",
        ...author,
        detail: JSON.stringify({ dedupeKey: mail.dedupeKey, to: mail.to, subject: mail.subject, text: mail.text }),
      })),
    });
    mails = outgoing.length;
  }
  // One entry per organisation, so that each one's journal holds it; counts and steps, never names.
  for (const [organisationId, group] of groupBy(rows, (row) => row.posting.organisationId)) {
    await recordAudit(tx, {
      action: "application.bulk_status",
      actor,
      origin,
      subject: { type: "application", label: `${applicationCount(group.length)} à la fois` },
      organisationId,
      changes: {
        candidatures: group.length,
        étape: APPLICATION_STATUS_LABELS[change.to],
        ...(rejection ? { motif: REJECTION_REASONS[rejection.reason].label, courriels: rejection.send ? group.length : 0 } : {}),
      },
    });
  }
  return { count: rows.length, mails };
}

type Options = { now?: Date; max?: number };

export type BulkResult = CommandResult<{ count: number; mails: number }>;

/** Moves every selected application to `to` (a rejection has its own command, with its answer). */
export async function moveApplications(
  { actor, origin }: CommandContext,
  selection: Selection,
  to: Exclude<ApplicationStatus, "REJECTED">,
  { now = new Date(), max = BULK_MAX }: Options = {},
): Promise<BulkResult> {
  return inCommandTransaction(async (tx) => {
    assertCan(actor, "applications:write");
    const rows = await selected(tx, actor, selection, max);
    return { ok: true as const, ...(await apply(tx, { actor, origin }, rows, { to }, now)) };
  });
}

/** Marks every selected application "non retenue" with one reason; each candidate gets their own templated mail. */
export async function rejectApplications(
  { actor, origin }: CommandContext,
  selection: Selection,
  rejection: { reason: RejectionReason; send: boolean },
  { now = new Date(), max = BULK_MAX }: Options = {},
): Promise<BulkResult> {
  return inCommandTransaction(async (tx) => {
    assertCan(actor, "applications:write");
    const rows = await selected(tx, actor, selection, max);
    return { ok: true as const, ...(await apply(tx, { actor, origin }, rows, { to: "REJECTED", rejection }, now)) };
  });
}

/** "3 candidatures passées à « Entretien »." / "5 candidatures refusées ; 5 courriels partent." */
export function bulkDoneMessage(count: number, to: ApplicationStatus, mails: number): string {
  const plural = count > 1 ? "s" : "";
  if (to !== "REJECTED") return `${applicationCount(count)} passée${plural} à « ${APPLICATION_STATUS_LABELS[to]} ».`;
  const sent = mails === 0 ? "aucun courriel n'est envoyé" : mails === 1 ? "1 courriel part" : `${mails} courriels partent`;
  return `${applicationCount(count)} refusée${plural} ; ${sent}.`;
}
