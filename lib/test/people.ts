// Two organisations and one person of each kind, for authorization tests on both backends.
// Everyone's session proved a second factor, as a sign-in with a code does, so that the
// matrices test roles; the pending admin (and manager) signed in with a password alone, and
// every matrix expects them refused (docs/decisions/0026-second-factor-required.md).
import type { Actor } from "@/lib/auth/permissions";
import { actorForSession, createSession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import type { MemberRole } from "@/lib/db/models";

export const PEOPLE = ["anonymous", "reader", "recruiter", "otherRecruiter", "disabled", "admin", "pendingAdmin"] as const;
export type Person = (typeof PEOPLE)[number];

export type Cast = {
  orgA: string;
  orgB: string;
  /** Each person as the application sees them once their session cookie is read: null when signed out or disabled. */
  actors: Record<Person, Actor | null>;
  userIds: Partial<Record<Person, string>>;
};

/** The actor of a new session of `id`: with a code (a second factor proved) or a password alone. */
export async function signedIn(db: Db, id: string, withCode = true): Promise<Actor | null> {
  return actorForSession(db, (await createSession(db, id, { secondFactor: withCode ? "totp" : null })).id);
}

async function user(db: Db, email: string, options: { admin?: boolean; disabled?: boolean; member?: [string, MemberRole] }) {
  const created = await db.user.create({
    data: {
      email,
      name: email.split("@")[0]!,
      admin: options.admin ?? false,
      disabledAt: options.disabled ? new Date() : null,
      memberships: options.member ? { create: { organisationId: options.member[0], role: options.member[1] } } : undefined,
    },
    select: { id: true },
  });
  return created.id;
}

export async function castOf(db: Db): Promise<Cast> {
  const orgA = (await db.organisation.create({ data: { slug: "equipe-a", name: "Équipe A", kind: "STARTUP" } })).id;
  const orgB = (await db.organisation.create({ data: { slug: "equipe-b", name: "Équipe B", kind: "STARTUP" } })).id;
  const userIds: Cast["userIds"] = {
    reader: await user(db, "rh@a.gouv.fr", { member: [orgA, "READER"] }),
    recruiter: await user(db, "recrute@a.gouv.fr", { member: [orgA, "RECRUITER"] }),
    otherRecruiter: await user(db, "recrute@b.gouv.fr", { member: [orgB, "RECRUITER"] }),
    disabled: await user(db, "parti@a.gouv.fr", { member: [orgA, "RECRUITER"], disabled: true }),
    admin: await user(db, "admin@rejoindre.gouv.fr", { admin: true }),
    pendingAdmin: await user(db, "admin.sans.code@rejoindre.gouv.fr", { admin: true }),
  };
  const actors = { anonymous: null } as Record<Person, Actor | null>;
  for (const person of PEOPLE) {
    const id = userIds[person];
    if (id) actors[person] = await signedIn(db, id, person !== "pendingAdmin");
  }
  return { orgA, orgB, actors, userIds };
}

/** The callers of the members matrix: a manager of the organisation, and one of another. */
export const MEMBER_PEOPLE = [
  "anonymous",
  "reader",
  "recruiter",
  "manager",
  "otherManager",
  "disabled",
  "admin",
  "pendingAdmin",
  "pendingManager",
] as const;
export type MemberPerson = (typeof MEMBER_PEOPLE)[number];

export type MembersCast = Omit<Cast, "actors" | "userIds"> & {
  /** A third organisation the manager of A also manages: where they may add a member of A. */
  orgC: string;
  actors: Record<MemberPerson, Actor | null>;
  userIds: Partial<Record<MemberPerson | Person, string>>;
};

/** The cast of castOf, plus a manager of A (and of C), a manager of B, and a manager of A who signed in with a password alone. */
export async function membersCastOf(db: Db): Promise<MembersCast> {
  const cast = await castOf(db);
  const orgC = (await db.organisation.create({ data: { slug: "equipe-c", name: "Équipe C", kind: "STARTUP" } })).id;
  const manager = await user(db, "gere@a.gouv.fr", { member: [cast.orgA, "MANAGER"] });
  await db.membership.create({ data: { userId: manager, organisationId: orgC, role: "MANAGER" } });
  const otherManager = await user(db, "gere@b.gouv.fr", { member: [cast.orgB, "MANAGER"] });
  const pendingManager = await user(db, "gere.sans.code@a.gouv.fr", { member: [cast.orgA, "MANAGER"] });
  const userIds = { ...cast.userIds, manager, otherManager, pendingManager };
  const actors = {
    ...cast.actors,
    manager: await signedIn(db, manager),
    otherManager: await signedIn(db, otherManager),
    pendingManager: await signedIn(db, pendingManager, false),
  };
  return { orgA: cast.orgA, orgB: cast.orgB, orgC, actors, userIds };
}
