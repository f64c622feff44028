import type { MemberRole } from "@/lib/db/models";

/** The roles an admin gives: admin is global, the others hold for the organisations chosen. */
export const ROLES = ["admin", "manager", "recruiter", "reader"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrateur",
  manager: "Gestionnaire (membres et recrutement)",
  recruiter: "Recruteur",
  reader: "Lecteur (RH)",
};

/** What each choice of the form gives: the admin flag, or a membership role in each organisation chosen. */
export const ROLE_GRANTS: Record<Role, { admin: true; membership: null } | { admin: false; membership: MemberRole }> = {
  admin: { admin: true, membership: null },
  manager: { admin: false, membership: "MANAGER" },
  recruiter: { admin: false, membership: "RECRUITER" },
  reader: { admin: false, membership: "READER" },
};

/** The roles of a membership, in the order the forms offer them. */
export const MEMBER_ROLES = ["MANAGER", "RECRUITER", "READER"] as const satisfies readonly MemberRole[];

/** A membership as the list of users writes it: "Etalab (recruteur)". */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = { MANAGER: "gestionnaire", RECRUITER: "recruteur", READER: "lecteur" };

/** The users list. */
export const USERS_PATH = "/admin/utilisateurs";

/**
 * What the users list says after an action whose subject left it (a person no longer one of
 * the actor's, a revoked invitation): the action redirects to `?fait=<key>`, where the row was.
 */
export const USERS_NOTICES = {
  retrait: "Retiré de l'organisation : cette personne n'est plus membre d'aucune organisation que vous gérez.",
  revocation: "Invitation révoquée : son lien ne fonctionne plus.",
} as const;
export const USERS_NOTICE_PARAM = "fait";
export const usersNoticePath = (notice: keyof typeof USERS_NOTICES) => `${USERS_PATH}?${USERS_NOTICE_PARAM}=${notice}`;

export function usersNotice(value: string | string[] | undefined): string | null {
  return typeof value === "string" && Object.hasOwn(USERS_NOTICES, value) ? USERS_NOTICES[value as keyof typeof USERS_NOTICES] : null;
}
/** A person's page, and its flag for "their ProConnect link was just removed". */
export const personPath = (userId: string) => `${USERS_PATH}/${encodeURIComponent(userId)}`;
export const UNLINKED_PARAM = "proconnect-retire";
export const DISABLED_PARAM = "desactive";
export const disablePath = (userId: string) => `${personPath(userId)}/desactiver`;

/** The rows of organisation and role the invitation form offers; empty rows are skipped. */
export const INVITATION_ROWS = 3;
