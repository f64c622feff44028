// The one place that says who may do what, and which rows each person may see. Every data
// function on private data asks it, with the organisation the data belongs to, and takes
// its query's scope from here (docs/decisions/0006-admin-sign-in-and-roles.md).
import type { MemberRole, Prisma } from "@/lib/db/models";

export type Permission =
  | "postings:read"
  | "postings:write"
  | "applications:read"
  | "applications:write"
  | "applications:erase"
  | "users:manage"
  | "audit:read";

const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  // Erasing a candidate is the recruiting team's duty as much as answering them (0010).
  RECRUITER: ["postings:read", "postings:write", "applications:read", "applications:write", "applications:erase"],
  // HR reads applications; it sees which offers exist, and changes nothing.
  READER: ["postings:read", "applications:read"],
};

/** Permissions that are not about one organisation's data: only admins hold them. */
const ADMIN_ONLY = ["users:manage", "audit:read"] as const satisfies readonly Permission[];
const isAdminOnly = (permission: Permission) => (ADMIN_ONLY as readonly Permission[]).includes(permission);

/** The signed-in person as authorization sees them, loaded fresh from the database. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  admin: boolean;
  memberships: { organisationId: string; role: MemberRole }[];
};

export class Forbidden extends Error {
  constructor(message = "Vous n'avez pas accès à cette ressource.") {
    super(message);
    this.name = "Forbidden";
  }
}

/** Whether the actor may do `permission` on the data of `organisationId` (or globally, without one). */
export function can(actor: Actor | null, permission: Permission, organisationId?: string): boolean {
  if (!actor) return false;
  if (actor.admin) return true;
  if (isAdminOnly(permission)) return false;
  return actor.memberships.some(
    (m) => (organisationId === undefined || m.organisationId === organisationId) && ROLE_PERMISSIONS[m.role].includes(permission),
  );
}

export function assertCan(actor: Actor | null, permission: Permission, organisationId?: string): asserts actor is Actor {
  if (!can(actor, permission, organisationId)) throw new Forbidden();
}

/**
 * The organisations whose data the actor may `permission`: "all" for an admin, else a list
 * (possibly empty).
 */
function organisationsFor(actor: Actor, permission: Permission): "all" | string[] {
  if (actor.admin) return "all";
  if (isAdminOnly(permission)) return [];
  return actor.memberships.filter((m) => ROLE_PERMISSIONS[m.role].includes(permission)).map((m) => m.organisationId);
}

// The scopes: `where` fragments limiting a query to the rows the actor may `permission`.
// A query puts its scope first, and its filters only ever narrow it.

type OrganisationPermission = Exclude<Permission, (typeof ADMIN_ONLY)[number]>;

/** The organisations themselves (lists to choose from, filters). */
export function organisationScope(actor: Actor, permission: OrganisationPermission): Prisma.OrganisationWhereInput {
  const ids = organisationsFor(actor, permission);
  return ids === "all" ? {} : { id: { in: ids } };
}

/** Offers, by the organisation that publishes them. */
export function postingScope(actor: Actor, permission: OrganisationPermission): Prisma.PostingWhereInput {
  const ids = organisationsFor(actor, permission);
  return ids === "all" ? {} : { organisationId: { in: ids } };
}

/** Applications, by the organisation of the offer they answer. */
export function applicationScope(actor: Actor, permission: OrganisationPermission): Prisma.ApplicationWhereInput {
  const ids = organisationsFor(actor, permission);
  return ids === "all" ? {} : { posting: { organisationId: { in: ids } } };
}

/** Nothing at all: what an actor sees of data only admins hold. */
const NONE = { id: { in: [] as string[] } };

/** Accounts: admins manage them all. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  return can(actor, "users:manage") ? {} : NONE;
}

/** The audit log: admins read all of it. */
export function auditScope(actor: Actor): Prisma.AuditEventWhereInput {
  return can(actor, "audit:read") ? {} : NONE;
}

/**
 * One's own account: every signed-in person may change their password and end their
 * sessions, and only theirs. Commands on it take the user id from here, never from the form.
 */
export function ownAccount(actor: Actor | null): { userId: string; auditActor: { id: string; email: string } } {
  if (!actor) throw new Forbidden();
  return { userId: actor.id, auditActor: { id: actor.id, email: actor.email } };
}

/**
 * Whether this person must have a second factor: whoever manages people (docs/decisions/0024).
 * Everyone else is offered it.
 */
export function secondFactorRequired(actor: Actor | null): boolean {
  return Boolean(actor && can(actor, "users:manage"));
}
