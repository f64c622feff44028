import "server-only";
// User management, for admins only: every function checks it itself.
import { failure, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, userScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { createUser, type CreatedUser, type NewUser } from "./create";

export async function listUsers(actor: Actor | null) {
  assertCan(actor, "users:manage");
  const db = await getDb();
  return db.user.findMany({
    where: userScope(actor),
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      admin: true,
      disabledAt: true,
      lastSignInAt: true,
      memberships: {
        select: { role: true, organisation: { select: { id: true, name: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
}

export async function listOrganisations(actor: Actor | null) {
  assertCan(actor, "users:manage");
  const db = await getDb();
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function createUserAsAdmin({ actor, origin }: CommandContext, input: NewUser): Promise<CommandResult<CreatedUser>> {
  assertCan(actor, "users:manage");
  const db = await getDb();
  const known = await db.organisation.count({ where: { id: { in: input.organisationIds } } });
  if (known !== new Set(input.organisationIds).size)
    return failure("invalid", "Choisissez les organisations dans la liste.", "organisationIds");
  return createUser(db, { by: actor, origin }, input);
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setUserDisabled({ actor, origin }: CommandContext, userId: string, disabled: boolean): Promise<CommandResult> {
  assertCan(actor, "users:manage");
  if (disabled && userId === actor.id) return failure("invalid", "Vous ne pouvez pas désactiver votre propre compte.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
    if (!user) return failure("not_found", "Ce compte n'existe pas.");
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? (user.disabledAt ?? new Date()) : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      action: disabled ? "user.disable" : "user.enable",
      actor,
      origin,
      subject: { type: "user", id: userId, label: user.email },
      changes: { désactivé: [user.disabledAt !== null, disabled] },
    });
    return { ok: true as const };
  });
}
