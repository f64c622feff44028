import "server-only";
// The back office's invitations (docs/decisions/0027-invitations.md): an admin invites anyone,
// to any organisation, as admin or member; a manager invites to the organisations they
// manage. Pending invitations are listed, sent again or revoked. Each command checks the
// actor's rights itself and writes in one transaction with its mail and audit event.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { issueAccountLink } from "@/lib/account/links";
import { accessGrantedMail, invitationMail, type InvitationContext } from "@/lib/account/mails";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, can, Forbidden, memberScope, organisationScope, userScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { ORGANISATION_CHOICE_SELECT } from "@/lib/organisations/choices";
import { inFrenchOrder } from "@/lib/text/french-order";
import { enqueueMail } from "@/lib/mail/outbox";
import { type Invitation, UNKNOWN_ORGANISATION, writeInvitation } from "./invite";
import { UNKNOWN_PERSON } from "./members";

type Tx = Prisma.TransactionClient;

/** Admins act on the whole invitation; a manager, on the memberships of their organisations. */
const all = (actor: Actor) => can(actor, "users:manage");

/** The organisations an actor may invite people to, in French order. */
export async function invitableOrganisations(actor: Actor | null) {
  assertCan(actor, "members:manage");
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    where: organisationScope(actor, "members:manage"),
    select: ORGANISATION_CHOICE_SELECT,
  });
  return inFrenchOrder(organisations, (o) => o.name);
}

async function contextOf(tx: Tx, actor: Actor, invitation: Pick<Invitation, "admin" | "memberships">): Promise<InvitationContext> {
  const organisations = await tx.organisation.findMany({
    where: { id: { in: invitation.memberships.map((m) => m.organisationId) } },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return { inviter: actor.name || actor.email, organisations: organisations.map((o) => o.name), admin: invitation.admin };
}

/** Invites a person; the same answer whether they had an account or not. */
export async function invitePerson({ actor, origin }: CommandContext, invitation: Invitation): Promise<CommandResult<{ email: string }>> {
  assertCan(actor, "members:manage");
  if (invitation.admin && !can(actor, "users:manage")) throw new Forbidden("Seul un administrateur peut inviter un administrateur.");
  // An organisation out of the actor's hands answers as one that does not exist.
  if (invitation.memberships.some((m) => !can(actor, "members:manage", m.organisationId)))
    return failure("not_found", UNKNOWN_ORGANISATION, "memberships");
  if (invitation.email === actor.email) return failure("invalid", "C'est votre propre adresse.", "email");
  return inCommandTransaction(async (tx) => {
    const now = new Date();
    const invited = await writeInvitation(tx, { by: actor, origin }, invitation, now);
    if (!("kind" in invited)) throw new Abort(invited);
    const context = await contextOf(tx, actor, invitation);
    await enqueueMail(
      tx,
      invited.kind === "link"
        ? invitationMail(invited, invited.token, invited.expiresAt, context, now)
        : accessGrantedMail(invited, context, now),
    );
    return { ok: true as const, email: invited.email };
  });
}

const PENDING = {
  id: true,
  email: true,
  name: true,
  admin: true,
  invitedAt: true,
  accountLinks: { where: { purpose: "INVITATION" as const }, select: { expiresAt: true } },
} satisfies Prisma.UserSelect;

/** The invitations not yet accepted that the actor may see, newest first. */
export async function listPendingInvitations(actor: Actor | null) {
  assertCan(actor, "members:manage");
  const db = await getDb();
  const people = await db.user.findMany({
    where: { AND: [{ invitedAt: { not: null } }, userScope(actor)] },
    orderBy: { invitedAt: "desc" },
    select: {
      ...PENDING,
      memberships: {
        where: memberScope(actor),
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { name: true } } },
      },
    },
  });
  return people.map(({ accountLinks, ...person }) => ({ ...person, expiresAt: accountLinks[0]?.expiresAt ?? null }));
}

/** A pending invitation the actor may see, with the memberships they manage; otherwise "unknown". */
async function visibleInvitation(tx: Tx, actor: Actor, userId: string) {
  const person = await tx.user.findFirst({
    where: { AND: [{ id: userId, invitedAt: { not: null } }, userScope(actor)] },
    select: { ...PENDING, memberships: { select: { organisationId: true, role: true, organisation: { select: { name: true } } } } },
  });
  if (!person || (person.admin && !can(actor, "users:manage"))) throw new Abort(failure("not_found", UNKNOWN_PERSON));
  return { ...person, managed: person.memberships.filter((m) => can(actor, "members:manage", m.organisationId)) };
}

/** Sends a pending invitation again, with a new link: the old one stops working. */
export async function resendInvitation({ actor, origin }: CommandContext, userId: string): Promise<CommandResult<{ email: string }>> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const now = new Date();
    const person = await visibleInvitation(tx, actor, userId);
    const { token, expiresAt } = await issueAccountLink(tx, person.id, "INVITATION", now);
    await tx.user.update({ where: { id: person.id }, data: { invitedAt: now } });
    const context = await contextOf(tx, actor, { admin: person.admin, memberships: all(actor) ? person.memberships : person.managed });
    await enqueueMail(tx, invitationMail({ userId: person.id, email: person.email, name: person.name }, token, expiresAt, context, now));
    await recordAudit(tx, {
      action: "user.invite_resend",
      actor,
      origin,
      subject: { type: "user", id: person.id, label: person.email },
    });
    return { ok: true as const, email: person.email };
  });
}

/**
 * Revokes what the actor gave: their organisations' memberships, or for an admin the whole
 * invitation. An account left with nothing to join is deleted; its link dies with it.
 */
export async function revokeInvitation({ actor, origin }: CommandContext, userId: string): Promise<CommandResult<{ email: string }>> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const person = await visibleInvitation(tx, actor, userId);
    const removed = all(actor) ? person.memberships : person.managed;
    const whole = removed.length === person.memberships.length && (!person.admin || all(actor));
    if (whole) await tx.user.delete({ where: { id: person.id } });
    else await tx.membership.deleteMany({ where: { userId: person.id, organisationId: { in: removed.map((m) => m.organisationId) } } });
    await recordAudit(tx, {
      action: "user.invite_revoke",
      actor,
      origin,
      subject: { type: "user", id: whole ? null : person.id, label: person.email },
      changes: { organisations_retirées: removed.map((m) => m.organisation.name), ...(whole ? { compte_supprimé: true } : {}) },
    });
    return { ok: true as const, email: person.email };
  });
}
