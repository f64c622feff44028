import "server-only";
// Commands on people's rights (docs/decisions/0006-admin-sign-in-and-roles.md): their
// memberships and roles, the admin flag, the account switch. Each checks the actor's rights
// itself (lib/auth/permissions.ts) and writes in one transaction with its audit event.
// Someone the actor may not see answers exactly as someone who does not exist.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import {
  assertCan,
  canGrantAdmin,
  canManageAccount,
  canManageMembership,
  Forbidden,
  memberScope,
  organisationScope,
  userScope,
  type Actor,
} from "@/lib/auth/permissions";
import { getDb, providerOfDb } from "@/lib/db/client";
import type { MemberRole, Prisma } from "@/lib/db/models";

export const UNKNOWN_PERSON = "Cette personne n'existe pas ou vous n'y avez pas accès.";
const UNKNOWN_MEMBERSHIP = "Cette personne n'est pas membre de cette organisation, ou vous n'y avez pas accès.";
const OWN_RIGHTS = "Vous ne pouvez pas modifier vos propres droits : demandez-le à un administrateur ou à un autre gestionnaire.";
const ADMIN_RIGHTS = "Seul un administrateur peut modifier les droits d'un administrateur.";
const LAST_ADMIN = "C'est le dernier administrateur actif : donnez ces droits à quelqu'un d'autre avant.";

export type MembershipInput = { userId: string; organisationId: string };

const PERSON = {
  id: true,
  email: true,
  admin: true,
  disabledAt: true,
  memberships: { select: { organisationId: true, role: true, organisation: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

type Tx = Prisma.TransactionClient;
type Person = Prisma.UserGetPayload<{ select: typeof PERSON }>;

/** The person, if the actor may see them; otherwise the same refusal as for an unknown id. */
async function visiblePerson(tx: Tx, actor: Actor, userId: string): Promise<Person> {
  const person = await tx.user.findFirst({ where: { AND: [{ id: userId }, userScope(actor)] }, select: PERSON });
  if (!person) throw new Abort(failure("not_found", UNKNOWN_PERSON));
  return person;
}

function assertMayEditMemberships(actor: Actor, person: Person, organisationId: string): void {
  if (canManageMembership(actor, person, organisationId)) return;
  if (person.id === actor.id) throw new Abort(failure("forbidden", OWN_RIGHTS));
  if (person.admin && !actor.admin) throw new Abort(failure("forbidden", ADMIN_RIGHTS));
  throw new Forbidden();
}

/** A membership the actor may see and change, with its person; otherwise the refusal. */
async function editableMembership(tx: Tx, actor: Actor, input: MembershipInput) {
  const person = await visiblePerson(tx, actor, input.userId);
  const membership = await tx.membership.findFirst({
    where: { AND: [{ userId: input.userId, organisationId: input.organisationId }, memberScope(actor)] },
    select: { role: true, organisation: { select: { name: true } } },
  });
  if (!membership) throw new Abort(failure("not_found", UNKNOWN_MEMBERSHIP));
  assertMayEditMemberships(actor, person, input.organisationId);
  return { person, membership, where: { userId_organisationId: { userId: person.id, organisationId: input.organisationId } } };
}

/**
 * Whether someone other than `userId` is an active admin: the portal never loses its last one.
 * On PostgreSQL the active admins' rows are locked first, so that two admins revoking each
 * other at once are answered one after the other (the second then sees the first's change);
 * SQLite writes one transaction at a time.
 */
async function anotherActiveAdmin(tx: Tx, userId: string): Promise<boolean> {
  if (providerOfDb(await getDb()) === "postgresql") {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "User" WHERE "admin" AND "disabledAt" IS NULL FOR UPDATE`);
  }
  return (await tx.user.count({ where: { admin: true, disabledAt: null, id: { not: userId } } })) > 0;
}

const subjectOf = (person: Pick<Person, "id" | "email">) => ({ type: "user" as const, id: person.id, label: person.email });

/** Makes a person a member of an organisation, with a role there. */
export async function addMembership(
  { actor, origin }: CommandContext,
  input: MembershipInput & { role: MemberRole },
): Promise<CommandResult> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const person = await visiblePerson(tx, actor, input.userId);
    const organisation = await tx.organisation.findFirst({
      where: { AND: [{ id: input.organisationId }, organisationScope(actor, "members:manage")] },
      select: { name: true },
    });
    if (!organisation) throw new Abort(failure("invalid", "Choisissez une organisation dans la liste.", "organisationId"));
    assertMayEditMemberships(actor, person, input.organisationId);
    if (person.memberships.some((m) => m.organisationId === input.organisationId)) {
      throw new Abort(failure("invalid", "Cette personne est déjà membre de cette organisation.", "organisationId"));
    }
    await tx.membership.create({ data: { userId: person.id, organisationId: input.organisationId, role: input.role } });
    await recordAudit(tx, {
      action: "membership.add",
      actor,
      origin,
      organisationId: input.organisationId,
      subject: subjectOf(person),
      changes: { organisation: organisation.name, rôle: [null, input.role] },
    });
    return { ok: true as const };
  });
}

/** Changes the role a person holds in one organisation. */
export async function changeMembershipRole(
  { actor, origin }: CommandContext,
  input: MembershipInput & { role: MemberRole },
): Promise<CommandResult> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const { person, membership, where } = await editableMembership(tx, actor, input);
    if (membership.role === input.role) return { ok: true as const };
    await tx.membership.update({ where, data: { role: input.role } });
    await recordAudit(tx, {
      action: "membership.role",
      actor,
      origin,
      organisationId: input.organisationId,
      subject: subjectOf(person),
      changes: { organisation: membership.organisation.name, rôle: [membership.role, input.role] },
    });
    return { ok: true as const };
  });
}

/**
 * Takes a person out of one organisation. `visible` says whether the actor still sees them
 * afterwards (a manager loses sight of someone removed from their last shared organisation).
 */
export async function removeMembership(
  { actor, origin }: CommandContext,
  input: MembershipInput,
): Promise<CommandResult<{ visible: boolean }>> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const { person, membership, where } = await editableMembership(tx, actor, input);
    await tx.membership.delete({ where });
    await recordAudit(tx, {
      action: "membership.remove",
      actor,
      origin,
      organisationId: input.organisationId,
      subject: subjectOf(person),
      changes: { organisation: membership.organisation.name, rôle: [membership.role, null] },
    });
    const visible = (await tx.user.count({ where: { AND: [{ id: person.id }, userScope(actor)] } })) > 0;
    return { ok: true as const, visible };
  });
}

/** Grants or revokes the admin flag: admins only, never on themselves, never the last active admin's. */
export async function setAdmin({ actor, origin }: CommandContext, input: { userId: string; admin: boolean }): Promise<CommandResult> {
  assertCan(actor, "users:manage");
  return inCommandTransaction(async (tx) => {
    const person = await visiblePerson(tx, actor, input.userId);
    if (!canGrantAdmin(actor, person)) throw new Abort(failure("forbidden", OWN_RIGHTS));
    if (person.admin === input.admin) return { ok: true as const };
    if (!input.admin && !person.disabledAt && !(await anotherActiveAdmin(tx, person.id))) throw new Abort(failure("conflict", LAST_ADMIN));
    await tx.user.update({ where: { id: person.id }, data: { admin: input.admin } });
    await recordAudit(tx, {
      action: input.admin ? "user.admin_grant" : "user.admin_revoke",
      actor,
      origin,
      subject: subjectOf(person),
      changes: { administrateur: [person.admin, input.admin] },
    });
    return { ok: true as const };
  });
}

/**
 * Disables (or enables again) an account; disabling ends its sessions at once. Admins do it
 * for anyone but themselves; a manager only for people all of whose memberships are in
 * organisations they manage (canManageAccount).
 */
export async function setUserDisabled({ actor, origin }: CommandContext, userId: string, disabled: boolean): Promise<CommandResult> {
  assertCan(actor, "members:manage");
  return inCommandTransaction(async (tx) => {
    const person = await visiblePerson(tx, actor, userId);
    if (person.id === actor.id) throw new Abort(failure("forbidden", "Vous ne pouvez pas désactiver votre propre compte."));
    if (person.admin && !actor.admin) throw new Abort(failure("forbidden", ADMIN_RIGHTS));
    if (!canManageAccount(actor, person)) {
      throw new Abort(
        failure(
          "forbidden",
          "Cette personne est aussi membre d'organisations que vous ne gérez pas : seul un administrateur peut désactiver son compte.",
        ),
      );
    }
    if (disabled === (person.disabledAt !== null)) return { ok: true as const };
    if (disabled && person.admin && !(await anotherActiveAdmin(tx, person.id))) throw new Abort(failure("conflict", LAST_ADMIN));
    await tx.user.update({ where: { id: person.id }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId: person.id } });
    await recordAudit(tx, {
      action: disabled ? "user.disable" : "user.enable",
      actor,
      origin,
      subject: subjectOf(person),
      changes: { désactivé: [person.disabledAt !== null, disabled] },
    });
    return { ok: true as const };
  });
}
