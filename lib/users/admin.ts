import "server-only";
// Reads of the users pages: every function checks the actor's rights
// itself. Admins see every account; a manager, the people of the organisations they manage
// and only those memberships (lib/auth/permissions.ts). Changes of rights: ./members.ts.
import {
  assertCan,
  can,
  canGrantAdmin,
  canManageAccount,
  canManageMembership,
  canUnlinkProConnect,
  memberScope,
  organisationScope,
  userScope,
  type Actor,
} from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

/** What the users pages show of a person: of their memberships, those the actor may see. */
const shownOf = (actor: Actor) => ({
  id: true,
  email: true,
  name: true,
  admin: true,
  disabledAt: true,
  lastSignInAt: true,
  totpEnabledAt: true,
  oidcSubject: true,
  oidcLinkedAt: true,
  memberships: {
    where: memberScope(actor),
    select: { role: true, organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" as const } },
  },
});

export async function listUsers(actor: Actor | null) {
  assertCan(actor, "members:manage");
  const db = await getDb();
  return db.user.findMany({
    // Invitations not yet accepted have their own list (./invitations.ts).
    where: { AND: [userScope(actor), { invitedAt: null }] },
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: shownOf(actor),
  });
}

/**
 * One person's page: what the actor may see of them, what they may change, and the
 * organisations they may add them to. Null for an unknown id and for someone out of sight alike.
 */
export async function getPerson(actor: Actor | null, userId: string) {
  assertCan(actor, "members:manage");
  const db = await getDb();
  const person = await db.user.findFirst({
    where: { AND: [{ id: userId }, userScope(actor)] },
    select: shownOf(actor),
  });
  if (!person) return null;
  // The account rule weighs every membership, the hidden ones too.
  const all = await db.membership.findMany({ where: { userId }, select: { organisationId: true } });
  const account = { id: person.id, admin: person.admin, memberships: all };
  const organisations = await db.organisation.findMany({
    where: { AND: [organisationScope(actor, "members:manage"), { id: { notIn: all.map((m) => m.organisationId) } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    person,
    rights: {
      memberships: person.memberships.map((m) => canManageMembership(actor, account, m.organisation.id)),
      admin: canGrantAdmin(actor, person),
      account: canManageAccount(actor, account),
      // A lost phone: only an admin resets someone else's second factor.
      secondFactor: can(actor, "users:manage") && person.id !== actor.id && person.totpEnabledAt !== null,
      proConnect: canUnlinkProConnect(actor) && person.oidcSubject !== null,
    },
    addable: organisations.filter((o) => canManageMembership(actor, account, o.id)),
  };
}

export async function listOrganisations(actor: Actor | null) {
  assertCan(actor, "users:manage");
  const db = await getDb();
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
