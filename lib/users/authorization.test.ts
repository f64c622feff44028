// The authorization matrix of every command and server action on people's rights × every
// kind of caller, on both backends: a manager of the person's organisation, a manager of
// another, and the callers of the other matrices. A disabled user's session resolves to no
// actor (lib/auth/sessions.ts). Actions run through the boundary as a request would.
import { describe, expect, it, vi } from "vitest";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { acting } from "@/lib/test/acting";
import { formOf } from "@/lib/test/admin-request";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { accessOutcome, expectedOutcomes, viaAction } from "@/lib/test/matrix";
import { MEMBER_PEOPLE, membersCastOf, type MemberPerson, type MembersCast } from "@/lib/test/people";
import { resetSecondFactor } from "@/lib/account/second-factor";
import {
  addMembershipAction,
  changeMembershipRoleAction,
  removeMembershipAction,
  inviteAction,
  resendInvitationAction,
  resetSecondFactorAction,
  revokeInvitationAction,
  setAdminAction,
  disableUserAction,
  setUserDisabledAction,
  unlinkProConnectAction,
} from "./actions";
import { getPerson, listUsers } from "./admin";
import { invitePerson, listPendingInvitations, resendInvitation, revokeInvitation } from "./invitations";
import { addMembership, changeMembershipRole, removeMembership, setAdmin, setUserDisabled } from "./members";
import { unlinkProConnect } from "./proconnect";

vi.mock("@/lib/auth/current", async () => (await import("@/lib/test/admin-request")).currentModule);
vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/test/admin-request")).cacheModule);
vi.mock("next/navigation", async () => (await import("@/lib/test/admin-request")).navigationModule);

/** Fresh people for each caller: a reader of A (enabled, or disabled), and an admin without memberships. */
type Targets = { member: string; disabledMember: string; otherAdmin: string; invited: string; linked: string; fresh: string };
type Case = (actor: Actor | null, cast: MembersCast, targets: Targets) => Promise<unknown>;

async function targetsFor(db: Db, cast: MembersCast, person: MemberPerson): Promise<Targets> {
  const create = (email: string, data: { admin?: boolean; disabledAt?: Date; member?: boolean; oidcSubject?: string }) =>
    db.user
      .create({
        data: {
          email,
          name: email.split("@")[0]!,
          admin: data.admin ?? false,
          disabledAt: data.disabledAt ?? null,
          oidcSubject: data.oidcSubject ?? null,
          oidcLinkedAt: data.oidcSubject ? new Date() : null,
          memberships: data.member ? { create: { organisationId: cast.orgA, role: "READER" } } : undefined,
        },
        select: { id: true },
      })
      .then((u) => u.id);
  return {
    member: await create(`cible-${person}@a.gouv.fr`, { member: true }),
    disabledMember: await create(`partie-${person}@a.gouv.fr`, { member: true, disabledAt: new Date() }),
    otherAdmin: await create(`admin-${person}@rejoindre.gouv.fr`, { admin: true }),
    invited: await db.user
      .update({
        where: { id: await create(`invitee-${person}@a.gouv.fr`, { member: true }) },
        data: { invitedAt: new Date() },
        select: { id: true },
      })
      .then((u) => u.id),
    linked: await create(`reliee-${person}@a.gouv.fr`, { member: true, oidcSubject: `sub-${person}` }),
    fresh: `nouvelle-${person}@a.gouv.fr`,
  };
}

const MANAGERS_AND_ADMINS: readonly MemberPerson[] = ["manager", "admin"];
const ADMINS: readonly MemberPerson[] = ["admin"];

const invitation = (email: string, memberships: { organisationId: string; role: "RECRUITER" }[], admin = false) => ({
  email,
  name: "Nouvelle",
  admin,
  memberships,
});

const CASES: Record<string, [Case, readonly MemberPerson[]]> = {
  "lister les invitations": [async (a, _c, t) => (await listPendingInvitations(a)).find((u) => u.id === t.invited), MANAGERS_AND_ADMINS],
  "inviter dans une organisation": [
    (a, c, t) => invitePerson(acting(a), invitation(t.fresh, [{ organisationId: c.orgA, role: "RECRUITER" }])),
    MANAGERS_AND_ADMINS,
  ],
  "inviter un administrateur": [(a, _c, t) => invitePerson(acting(a), invitation(t.fresh, [], true)), ADMINS],
  "renvoyer une invitation": [(a, _c, t) => resendInvitation(acting(a), t.invited), MANAGERS_AND_ADMINS],
  "révoquer une invitation": [(a, _c, t) => revokeInvitation(acting(a), t.invited), MANAGERS_AND_ADMINS],
  "action : inviter": [
    (a, c, t) =>
      viaAction(a, () =>
        inviteAction(INITIAL_FORM_STATE, formOf({ email: t.fresh, name: "Nouvelle", "organisation-0": c.orgA, "role-0": "READER" })),
      ),
    MANAGERS_AND_ADMINS,
  ],
  "action : renvoyer une invitation": [
    (a, _c, t) => viaAction(a, () => resendInvitationAction(INITIAL_FORM_STATE, formOf({ userId: t.invited }))),
    MANAGERS_AND_ADMINS,
  ],
  "action : révoquer une invitation": [
    (a, _c, t) => viaAction(a, () => revokeInvitationAction(INITIAL_FORM_STATE, formOf({ userId: t.invited }))),
    MANAGERS_AND_ADMINS,
  ],
  "lister les utilisateurs": [async (a, _c, t) => (await listUsers(a)).find((u) => u.id === t.member), MANAGERS_AND_ADMINS],
  "lire une personne": [(a, _c, t) => getPerson(a, t.member), MANAGERS_AND_ADMINS],
  "ajouter à une organisation": [
    (a, c, t) => addMembership(acting(a), { userId: t.member, organisationId: c.orgC, role: "RECRUITER" }),
    MANAGERS_AND_ADMINS,
  ],
  "changer un rôle": [
    (a, c, t) => changeMembershipRole(acting(a), { userId: t.member, organisationId: c.orgA, role: "RECRUITER" }),
    MANAGERS_AND_ADMINS,
  ],
  "retirer d'une organisation": [
    (a, c, t) => removeMembership(acting(a), { userId: t.member, organisationId: c.orgA }),
    MANAGERS_AND_ADMINS,
  ],
  "donner les droits d'administrateur": [(a, _c, t) => setAdmin(acting(a), { userId: t.member, admin: true }), ADMINS],
  "retirer les droits d'administrateur": [(a, _c, t) => setAdmin(acting(a), { userId: t.otherAdmin, admin: false }), ADMINS],
  "désactiver un compte": [(a, _c, t) => setUserDisabled(acting(a), t.member, true), MANAGERS_AND_ADMINS],
  "réactiver un compte": [(a, _c, t) => setUserDisabled(acting(a), t.disabledMember, false), MANAGERS_AND_ADMINS],
  "désactiver un administrateur": [(a, _c, t) => setUserDisabled(acting(a), t.otherAdmin, true), ADMINS],
  "réinitialiser la double authentification": [(a, _c, t) => resetSecondFactor(acting(a), t.member), ADMINS],
  "action : réinitialiser la double authentification": [
    (a, _c, t) => viaAction(a, () => resetSecondFactorAction(INITIAL_FORM_STATE, formOf({ userId: t.member }))),
    ADMINS,
  ],
  // Even a manager of the person's organisation may not: the link is a way into the account.
  "retirer la liaison ProConnect": [(a, _c, t) => unlinkProConnect(acting(a), t.linked), ADMINS],
  "action : retirer la liaison ProConnect": [
    (a, _c, t) => viaAction(a, () => unlinkProConnectAction(INITIAL_FORM_STATE, formOf({ userId: t.linked }))),
    ADMINS,
  ],
  "action : ajouter à une organisation": [
    (a, c, t) =>
      viaAction(a, () => addMembershipAction(INITIAL_FORM_STATE, formOf({ userId: t.member, organisationId: c.orgC, role: "MANAGER" }))),
    MANAGERS_AND_ADMINS,
  ],
  "action : changer un rôle": [
    (a, c, t) =>
      viaAction(a, () =>
        changeMembershipRoleAction(INITIAL_FORM_STATE, formOf({ userId: t.member, organisationId: c.orgA, role: "MANAGER" })),
      ),
    MANAGERS_AND_ADMINS,
  ],
  "action : retirer d'une organisation": [
    (a, c, t) => viaAction(a, () => removeMembershipAction(INITIAL_FORM_STATE, formOf({ userId: t.member, organisationId: c.orgA }))),
    MANAGERS_AND_ADMINS,
  ],
  "action : donner les droits d'administrateur": [
    (a, _c, t) => viaAction(a, () => setAdminAction(INITIAL_FORM_STATE, formOf({ userId: t.member, admin: "true" }))),
    ADMINS,
  ],
  "action : retirer les droits d'administrateur": [
    (a, _c, t) => viaAction(a, () => setAdminAction(INITIAL_FORM_STATE, formOf({ userId: t.otherAdmin, admin: "false" }))),
    ADMINS,
  ],
  "action : désactiver un compte": [
    (a, _c, t) => viaAction(a, () => setUserDisabledAction(INITIAL_FORM_STATE, formOf({ userId: t.member, disabled: "true" }))),
    MANAGERS_AND_ADMINS,
  ],
  "action : désactiver un compte après confirmation": [
    (a, _c, t) => viaAction(a, () => disableUserAction(INITIAL_FORM_STATE, formOf({ userId: t.member }))),
    MANAGERS_AND_ADMINS,
  ],
  "action : réactiver un compte": [
    (a, _c, t) => viaAction(a, () => setUserDisabledAction(INITIAL_FORM_STATE, formOf({ userId: t.disabledMember, disabled: "false" }))),
    MANAGERS_AND_ADMINS,
  ],
};

describe.each(BACKENDS)("authorization matrix of people's rights on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  for (const [name, [run, allowed]] of Object.entries(CASES)) {
    it(`« ${name} » : permis à ${allowed.join(", ")} seulement`, async () => {
      const cast = await membersCastOf(t.db);
      const seen: Record<string, string> = {};
      for (const person of MEMBER_PEOPLE) {
        // Each caller acts on people of their own: one caller's change does not set up the next one's case.
        const targets = await targetsFor(t.db, cast, person);
        seen[person] = await accessOutcome(() => run(cast.actors[person], cast, targets));
      }
      expect(seen).toEqual(expectedOutcomes(MEMBER_PEOPLE, allowed));
    });
  }
});
