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
import { ORGANISATION_CHOICE_SELECT } from "@/lib/organisations/choices";
import { compareFrench, inFrenchOrder } from "@/lib/text/french-order";
import { defineSort, type Sort } from "@/lib/admin/sorting";

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
  },
});

/** The users list's sortable columns: active accounts first, then by name, by default. */
export const USERS_SORT = defineSort({
  columns: { nom: "asc", connexion: "desc", etat: "asc" },
  fallback: { key: "etat", direction: "asc" },
});
export type UsersSort = Sort<keyof typeof USERS_SORT.columns>;

type Listed = { name: string; email: string; disabledAt: Date | null; lastSignInAt: Date | null };

/** Never signed in counts as the oldest sign-in. */
const time = (date: Date | null) => date?.getTime() ?? Number.NEGATIVE_INFINITY;

const USER_ORDERS: Record<UsersSort["key"], (a: Listed, b: Listed) => number> = {
  nom: (a, b) => compareFrench(a.name, b.name) || compareFrench(a.email, b.email),
  connexion: (a, b) => time(a.lastSignInAt) - time(b.lastSignInAt),
  etat: (a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null),
};

/**
 * Every account the actor may manage, in the order asked. The list is not paged (a few hundred
 * accounts at most), so it is sorted here, in French order, whatever the backend's collation.
 */
export async function listUsers(actor: Actor | null, sort: UsersSort = USERS_SORT.fallback) {
  assertCan(actor, "members:manage");
  const db = await getDb();
  const users = await db.user.findMany({
    // Invitations not yet accepted have their own list (./invitations.ts).
    where: { AND: [userScope(actor), { invitedAt: null }] },
    select: shownOf(actor),
  });
  const sign = sort.direction === "asc" ? 1 : -1;
  // Ties in the column asked fall back on the name, always from A to Z.
  return users
    .map((user) => ({ ...user, memberships: inFrenchOrder(user.memberships, (m) => m.organisation.name) }))
    .sort((a, b) => sign * USER_ORDERS[sort.key](a, b) || USER_ORDERS.nom(a, b));
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
    select: ORGANISATION_CHOICE_SELECT,
  });
  const memberships = inFrenchOrder(person.memberships, (m) => m.organisation.name);
  return {
    person: { ...person, memberships },
    rights: {
      memberships: memberships.map((m) => canManageMembership(actor, account, m.organisation.id)),
      admin: canGrantAdmin(actor, person),
      account: canManageAccount(actor, account),
      // A lost phone: only an admin resets someone else's second factor.
      secondFactor: can(actor, "users:manage") && person.id !== actor.id && person.totpEnabledAt !== null,
      proConnect: canUnlinkProConnect(actor) && person.oidcSubject !== null,
    },
    addable: inFrenchOrder(
      organisations.filter((o) => canManageMembership(actor, account, o.id)),
      (o) => o.name,
    ),
  };
}
