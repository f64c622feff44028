// The one place that says who may do what. Every data function on private data asks it,
// with the organisation the data belongs to (docs/decisions/0006-admin-sign-in-and-roles.md).
import type { MemberRole } from "@/lib/db/models";

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
const ADMIN_ONLY: readonly Permission[] = ["users:manage", "audit:read"];

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
  if (ADMIN_ONLY.includes(permission)) return false;
  return actor.memberships.some(
    (m) => (organisationId === undefined || m.organisationId === organisationId) && ROLE_PERMISSIONS[m.role].includes(permission),
  );
}

export function assertCan(actor: Actor | null, permission: Permission, organisationId?: string): asserts actor is Actor {
  if (!can(actor, permission, organisationId)) throw new Forbidden();
}

/**
 * The organisations whose data the actor may `permission`: "all" for an admin, else a list
 * (possibly empty) to put in a query's `where`.
 */
export function organisationsFor(actor: Actor, permission: Permission): "all" | string[] {
  if (actor.admin) return "all";
  return actor.memberships.filter((m) => ROLE_PERMISSIONS[m.role].includes(permission)).map((m) => m.organisationId);
}

/** A Prisma `where` fragment limiting rows to the organisations the actor may `permission`. */
export function organisationScope(actor: Actor, permission: Permission): { organisationId?: { in: string[] } } {
  const ids = organisationsFor(actor, permission);
  return ids === "all" ? {} : { organisationId: { in: ids } };
}
