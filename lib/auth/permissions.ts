// The one place that says who may do what, and which rows each person may see. Every data
// function on private data asks it, with the organisation the data belongs to, and takes
// its query's scope from here (docs/decisions/0006-admin-sign-in-and-roles.md).
import type { MemberRole, Prisma } from "@/lib/db/models";
import type { SecondFactorMethod } from "./sessions";

export type Permission =
  | "postings:read"
  | "postings:write"
  | "applications:read"
  | "applications:write"
  | "applications:erase"
  | "members:manage"
  | "users:manage"
  | "audit:read";

// Erasing a candidate is the recruiting team's duty as much as answering them (0010).
const RECRUITING: readonly Permission[] = [
  "postings:read",
  "postings:write",
  "applications:read",
  "applications:write",
  "applications:erase",
];

const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  // A manager recruits, and runs the organisation's members: their roles there, their accounts.
  MANAGER: [...RECRUITING, "members:manage"],
  RECRUITER: RECRUITING,
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
  /** How the session this request came with proved a second factor; null when it did not. */
  secondFactor: SecondFactorMethod | null;
};

export class Forbidden extends Error {
  constructor(message = "Vous n'avez pas accès à cette ressource.") {
    super(message);
    this.name = "Forbidden";
  }
}

/** A person's roles: their admin flag and memberships. */
type Roles = Pick<Actor, "admin" | "memberships">;

/** What a person's roles allow, whatever their session proved (see secondFactorPending). */
function roleAllows(actor: Roles, permission: Permission, organisationId?: string): boolean {
  if (actor.admin) return true;
  if (isAdminOnly(permission)) return false;
  return actor.memberships.some(
    (m) => (organisationId === undefined || m.organisationId === organisationId) && ROLE_PERMISSIONS[m.role].includes(permission),
  );
}

/**
 * Whether the actor may do `permission` on the data of `organisationId` (or globally, without one).
 * A pending session (secondFactorPending) may do nothing: its roles count once it proved a factor.
 */
export function can(actor: Actor | null, permission: Permission, organisationId?: string): boolean {
  if (!actor || secondFactorPending(actor)) return false;
  return roleAllows(actor, permission, organisationId);
}

export function assertCan(actor: Actor | null, permission: Permission, organisationId?: string): asserts actor is Actor {
  if (!can(actor, permission, organisationId)) throw new Forbidden();
}

/**
 * The organisations whose data the actor may `permission`: "all" for an admin, else a list
 * (possibly empty).
 */
function organisationsFor(actor: Actor, permission: Permission): "all" | string[] {
  if (secondFactorPending(actor)) return [];
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

/**
 * Memberships: all of them for an admin, those of the organisations they manage for a
 * manager (another organisation's membership of the same person stays out of sight).
 */
export function memberScope(actor: Actor): Prisma.MembershipWhereInput {
  const ids = organisationsFor(actor, "members:manage");
  return ids === "all" ? {} : { organisationId: { in: ids } };
}

/** Accounts: admins see them all; a manager, the people with a membership they may see. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  if (can(actor, "users:manage")) return {};
  return can(actor, "members:manage") ? { memberships: { some: memberScope(actor) } } : NONE;
}

/** A person as the rules on accounts need them. */
export type Account = { id: string; admin: boolean; memberships: { organisationId: string }[] };

/**
 * Whether the actor may add, change or remove `target`'s membership of `organisationId`.
 * Nobody edits their own memberships (nobody raises their own rights), and only an admin
 * touches an admin's.
 */
export function canManageMembership(actor: Actor | null, target: Account, organisationId: string): boolean {
  if (!actor || actor.id === target.id) return false;
  if (target.admin && !actor.admin) return false;
  return can(actor, "members:manage", organisationId);
}

/**
 * Whether the actor may disable or re-enable `target`'s account. An account is the person's
 * access to every organisation at once: a manager may only switch it off when every
 * membership it holds is in an organisation they manage, or they would cut the person off
 * from teams that are not theirs. A person without memberships, or an admin, is the admins'.
 */
export function canManageAccount(actor: Actor | null, target: Account): boolean {
  if (!actor || actor.id === target.id || secondFactorPending(actor)) return false;
  if (actor.admin) return true;
  if (target.admin || target.memberships.length === 0) return false;
  return target.memberships.every((m) => can(actor, "members:manage", m.organisationId));
}

/** Whether the actor may grant or revoke `target`'s admin flag: admins, never on themselves. */
export function canGrantAdmin(actor: Actor | null, target: Pick<Account, "id">): boolean {
  return !!actor?.admin && actor.id !== target.id && !secondFactorPending(actor);
}

/**
 * Whether the actor may remove a person's ProConnect link: admins only, like the second factor's
 * reset, since the link is a way into the account that skips its password (docs/decisions/0028).
 */
export function canUnlinkProConnect(actor: Actor | null): boolean {
  return can(actor, "users:manage");
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
 * Whether this person must have a second factor: whoever manages people (docs/decisions/0024,
 * 0026). Everyone else is offered it. Asked of their roles, whatever their session proved.
 */
export function secondFactorRequired(actor: Roles | null): boolean {
  return Boolean(actor && (roleAllows(actor, "users:manage") || roleAllows(actor, "members:manage")));
}

/**
 * Whether the actor's session is pending (docs/decisions/0026-second-factor-required.md): their
 * roles require a second factor and this session proved none. It then reaches only what enrolling
 * needs: `can` refuses everything, the boundary refuses every other command, pages send it to
 * the enrolment page. Read on every request: someone made a manager is pending at the next one.
 */
export function secondFactorPending(actor: Actor | null): boolean {
  return Boolean(actor && actor.secondFactor === null && secondFactorRequired(actor));
}
