"use server";
// Server actions of the users pages, each one command through the back office's one door
// (lib/admin/boundary.ts), which reads the session, parses the form and answers.
import { z } from "zod";
import { resetSecondFactor } from "@/lib/account/second-factor";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { invitePerson, resendInvitation, revokeInvitation } from "./invitations";
import { invitationSchema } from "./invite";
import { addMembership, changeMembershipRole, removeMembership, setAdmin, setUserDisabled } from "./members";
import { unlinkProConnect } from "./proconnect";
import { DISABLED_PARAM, INVITATION_ROWS, MEMBER_ROLES, personPath, UNLINKED_PARAM, usersNoticePath } from "./roles";

function readInvitation(form: FormData) {
  const memberships = Array.from({ length: INVITATION_ROWS }, (_, i) => ({
    organisationId: String(form.get(`organisation-${i}`) ?? ""),
    role: String(form.get(`role-${i}`) ?? ""),
  })).filter((m) => m.organisationId !== "");
  return {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    admin: form.get("admin") === "on",
    memberships,
  };
}

/** The form shows its rows again after a refusal, under the names it reads. */
function shownInvitation(raw: Record<string, unknown>) {
  const { memberships, ...rest } = raw as ReturnType<typeof readInvitation>;
  const rows = memberships.flatMap((m, i) => [
    [`organisation-${i}`, m.organisationId],
    [`role-${i}`, m.role],
  ]);
  return { ...rest, ...Object.fromEntries(rows) };
}

export async function inviteAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "invitation",
      schema: invitationSchema,
      read: readInvitation,
      shown: shownInvitation,
      run: invitePerson,
      done: ({ email }) => {
        sendQueuedMailSoon();
        return { message: `Invitation envoyée à ${email}. Le lien qu'elle contient vaut sept jours.` };
      },
    },
    previous,
    form,
  );
}

const invitationIdSchema = z.object({ userId: z.string().min(1, "Invitation inconnue.").max(64) });

export async function resendInvitationAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "nouvel envoi d'une invitation",
      schema: invitationIdSchema,
      read: (form) => ({ userId: String(form.get("userId") ?? "") }),
      run: (context, { userId }) => resendInvitation(context, userId),
      done: ({ email }) => {
        sendQueuedMailSoon();
        return { message: `Invitation renvoyée à ${email} : l'ancien lien ne vaut plus.` };
      },
    },
    previous,
    form,
  );
}

export async function revokeInvitationAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "révocation d'une invitation",
      schema: invitationIdSchema,
      read: (form) => ({ userId: String(form.get("userId") ?? "") }),
      run: (context, { userId }) => revokeInvitation(context, userId),
      // Its row leaves the list, and with it any message beside it: the list says it at the top.
      done: () => ({ redirect: usersNoticePath("revocation") }),
    },
    previous,
    form,
  );
}

const userId = z.string().min(1, "Compte inconnu.");
const membershipSchema = z.object({ userId, organisationId: z.string().min(1, "Choisissez une organisation dans la liste.") });
const withRoleSchema = membershipSchema.extend({ role: z.enum(MEMBER_ROLES, "Choisissez un rôle dans la liste.") });
const adminSwitchSchema = z.object({ userId, admin: z.boolean() });
const disabledSwitchSchema = z.object({ userId, disabled: z.boolean() });

const readFields =
  (...names: string[]) =>
  (form: FormData) =>
    Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]));
const readSwitch = (name: string) => (form: FormData) => ({ userId: String(form.get("userId") ?? ""), [name]: form.get(name) === "true" });

export async function addMembershipAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "ajout à une organisation",
      schema: withRoleSchema,
      read: readFields("userId", "organisationId", "role"),
      run: addMembership,
      done: () => ({ message: "Membre ajouté à l'organisation." }),
    },
    previous,
    form,
  );
}

export async function changeMembershipRoleAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "changement de rôle",
      schema: withRoleSchema,
      read: readFields("userId", "organisationId", "role"),
      run: changeMembershipRole,
      done: () => ({ message: "Rôle enregistré." }),
    },
    previous,
    form,
  );
}

export async function removeMembershipAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "retrait d'une organisation",
      schema: membershipSchema,
      read: readFields("userId", "organisationId"),
      run: removeMembership,
      // Someone the actor no longer sees has no page for them: back to the list, which says so.
      done: ({ visible }) => (visible ? { message: "Retiré de l'organisation." } : { redirect: usersNoticePath("retrait") }),
    },
    previous,
    form,
  );
}

export async function setAdminAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "droits d'administrateur",
      schema: adminSwitchSchema,
      read: readSwitch("admin"),
      run: setAdmin,
      done: (_result, { admin }) => ({ message: admin ? "Droits d'administrateur donnés." : "Droits d'administrateur retirés." }),
    },
    previous,
    form,
  );
}

export async function setUserDisabledAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "désactivation d'un compte",
      schema: disabledSwitchSchema,
      read: readSwitch("disabled"),
      run: (context, { userId, disabled }) => setUserDisabled(context, userId, disabled),
      done: (_result, { disabled }) => ({ message: disabled ? "Compte désactivé : ses sessions sont fermées." : "Compte réactivé." }),
    },
    previous,
    form,
  );
}

export async function resetSecondFactorAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "réinitialisation de la double authentification",
      schema: z.object({ userId: z.string().min(1, "Compte inconnu.").max(64) }),
      read: (form) => ({ userId: String(form.get("userId") ?? "") }),
      run: (context, { userId }) => resetSecondFactor(context, userId),
      done: () => ({
        message: "Double authentification réinitialisée : les sessions de la personne sont fermées, elle la configurera de nouveau.",
      }),
    },
    previous,
    form,
  );
}

export async function unlinkProConnectAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "retrait de la liaison ProConnect",
      schema: z.object({ userId: z.string().min(1, "Compte inconnu.").max(64) }),
      read: (form) => ({ userId: String(form.get("userId") ?? "") }),
      run: (context, { userId }) => unlinkProConnect(context, userId),
      // The section of the button goes with the link: the page it comes back to says it is done.
      done: (_result, { userId }) => ({ redirect: `${personPath(userId)}?${UNLINKED_PARAM}=1` }),
    },
    previous,
    form,
  );
}

/** The confirmed disabling of an account (its modal or its page): then the person's page, which says it is done. */
export async function disableUserAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "désactivation d'un compte",
      schema: z.object({ userId }),
      read: (form) => ({ userId: String(form.get("userId") ?? "") }),
      run: (context, { userId }) => setUserDisabled(context, userId, true),
      done: (_result, { userId }) => ({ redirect: `${personPath(userId)}?${DISABLED_PARAM}=1` }),
    },
    previous,
    form,
  );
}
