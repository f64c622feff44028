import "server-only";
// Writes of the inbox. Each checks the actor's rights on the application's organisation and
// runs in one transaction with what it leaves behind: the application's history event, the
// answer in the outbox, the audit event. Another organisation's application is "not found".
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, can, Forbidden, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { enqueueMail } from "@/lib/mail/outbox";
import { isMasked, REVEALED_STEPS } from "./blind";
import { REJECTION_REASONS, type RejectionInput } from "./rejection";

type Tx = Prisma.TransactionClient;

const NOT_FOUND = failure("not_found", "Cette candidature n'existe pas ou plus.");

const inTransaction = inCommandTransaction;

const loadSelect = {
  id: true,
  status: true,
  email: true,
  firstName: true,
  revealedAt: true,
  posting: { select: { title: true, contactEmail: true, organisationId: true, blindReview: true } },
} satisfies Prisma.ApplicationSelect;

/**
 * The application, once the actor is known to be allowed to change it. Whoever may not read
 * it learns nothing (not found); a reader of its organisation is refused.
 */
async function writable(tx: Tx, actor: Actor | null, id: string) {
  assertCan(actor, "applications:write");
  const application = await tx.application.findUnique({ where: { id }, select: loadSelect });
  if (!application || !can(actor, "applications:read", application.posting.organisationId)) throw new Abort(NOT_FOUND);
  if (!can(actor, "applications:write", application.posting.organisationId)) throw new Forbidden();
  return { application, by: actor };
}

const subjectOf = (application: { id: string; posting: { title: string } }) => ({
  type: "application" as const,
  id: application.id,
  // The offer, not the candidate's name: the journal outlives the application's erasure.
  label: `Candidature à « ${application.posting.title} »`,
});

export type StatusChange = {
  /** The status the recruiter saw: a change made meanwhile by a colleague is not overwritten. */
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** Required to move to REJECTED, and only then. */
  rejection?: RejectionInput;
};

/** Moves an application along the pipeline, keeping who did it and when; a rejection may send the answer. */
export async function changeApplicationStatus(
  { actor, origin }: CommandContext,
  id: string,
  change: StatusChange,
  now = new Date(),
): Promise<CommandResult<{ mailQueued: boolean }>> {
  return inTransaction(async (tx) => {
    const { application, by } = await writable(tx, actor, id);
    if (application.status !== change.from) {
      throw new Abort(
        failure(
          "conflict",
          `Cette candidature est passée à l'étape « ${APPLICATION_STATUS_LABELS[application.status]} » entre-temps : rechargez la page avant de la changer.`,
        ),
      );
    }
    if (change.to === change.from) throw new Abort(failure("invalid", "La candidature est déjà à cette étape.", "to"));
    const rejection = change.to === "REJECTED" ? change.rejection : undefined;
    if (change.to === "REJECTED" && !rejection) throw new Abort(failure("invalid", "Choisissez un motif dans la liste.", "reason"));
    const mail = rejection?.send ? { subject: rejection.subject, text: rejection.text } : null;

    const { count } = await tx.application.updateMany({
      where: { id, status: change.from },
      data: {
        status: change.to,
        statusChangedAt: now,
        rejectionReason: rejection?.reason ?? null,
        ...(mail ? { lastContactAt: now } : {}),
        // Reaching the interview ends a blind review for good, even if the step is later undone.
        ...(isRevealedStep(change.to) && !application.revealedAt ? { revealedAt: now } : {}),
      },
    });
    if (count !== 1) throw new Abort(failure("conflict", "Cette candidature a changé entre-temps : rechargez la page."));
    const author = { authorId: by.id, authorLabel: by.name || by.email };
    const status = await tx.applicationEvent.create({
      data: {
        applicationId: id,
        at: now,
        kind: "status",
        fromStatus: change.from,
        toStatus: change.to,
        ...author,
        detail: JSON.stringify(rejection ? { reason: rejection.reason, reasonLabel: REJECTION_REASONS[rejection.reason].label } : {}),
      },
      select: { id: true },
    });
    if (mail) {
      // Named after the status event: unique, and the same if this transaction were replayed.
      const dedupeKey = `application-answer:${status.id}`;
      await enqueueMail(tx, { dedupeKey, to: application.email, replyTo: application.posting.contactEmail, ...mail }, id);
      await tx.applicationEvent.create({
        data: {
          applicationId: id,
          at: now,
          kind: "mail",
          ...author,
          detail: JSON.stringify({ dedupeKey, to: application.email, ...mail }),
        },
      });
    }
    await recordAudit(tx, {
      action: "application.status",
      actor: by,
      origin,
      subject: subjectOf(application),
      organisationId: application.posting.organisationId,
      changes: { étape: [change.from, change.to], ...(rejection ? { motif: rejection.reason, courriel: !!mail } : {}) },
    });
    return { ok: true as const, mailQueued: !!mail };
  });
}

const isRevealedStep = (status: ApplicationStatus) => (REVEALED_STEPS as readonly ApplicationStatus[]).includes(status);

/**
 * Lifts the anonymity of a masked application before its interview: from then on the team
 * sees it whole. An explicit act, kept in the journal with who did it.
 */
export async function revealApplication({ actor, origin }: CommandContext, id: string, now = new Date()): Promise<CommandResult> {
  return inTransaction(async (tx) => {
    const { application, by } = await writable(tx, actor, id);
    if (!isMasked(application))
      throw new Abort(failure("conflict", "Cette candidature n'est pas anonyme : son identité est déjà visible."));
    const { count } = await tx.application.updateMany({ where: { id, revealedAt: null }, data: { revealedAt: now, revealedById: by.id } });
    if (count !== 1) throw new Abort(failure("conflict", "Cette candidature a changé entre-temps : rechargez la page."));
    await recordAudit(tx, {
      action: "application.reveal",
      actor: by,
      origin,
      subject: subjectOf(application),
      organisationId: application.posting.organisationId,
      changes: { étape: application.status },
    });
    return { ok: true as const };
  });
}

export const NOTE_MAX_LENGTH = 5000;

/** Checks a note's text; a French message when it cannot be kept. */
export function noteError(body: string): string | null {
  if (!body.trim()) return "Écrivez le texte de la note.";
  if (body.trim().length > NOTE_MAX_LENGTH) return `Une note tient en ${NOTE_MAX_LENGTH} caractères au plus.`;
  return null;
}

/** A note by the team, kept in the application's history with its author. */
export async function addApplicationNote(
  { actor, origin }: CommandContext,
  id: string,
  body: string,
  now = new Date(),
): Promise<CommandResult<{ noteId: string }>> {
  return inTransaction(async (tx) => {
    const { application, by } = await writable(tx, actor, id);
    const error = noteError(body);
    if (error) throw new Abort(failure("invalid", error, "body"));
    const author = { authorId: by.id, authorLabel: by.name || by.email };
    const note = await tx.applicationNote.create({
      data: { applicationId: id, createdAt: now, body: body.trim(), ...author },
      select: { id: true },
    });
    await tx.applicationEvent.create({
      data: { applicationId: id, at: now, kind: "note", ...author, detail: JSON.stringify({ noteId: note.id }) },
    });
    await recordAudit(tx, {
      action: "application.note",
      actor: by,
      origin,
      subject: subjectOf(application),
      organisationId: application.posting.organisationId,
    });
    return { ok: true as const, noteId: note.id };
  });
}

/** Leaves a trace of a CV handed out: who took a copy of personal data, and when. */
export async function recordCvDownload(
  actor: Actor,
  applicationId: string,
  file: { postingTitle: string; organisationId: string; fileName: string },
  origin: RequestOrigin,
) {
  await recordAudit(await getDb(), {
    action: "application.cv_download",
    actor,
    subject: subjectOf({ id: applicationId, posting: { title: file.postingTitle } }),
    organisationId: file.organisationId,
    origin,
  });
}
