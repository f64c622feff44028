import type { MemberRole } from "@/lib/db/models";

/** The roles an admin gives: admin is global, the others hold for the organisations chosen. */
export const ROLES = ["admin", "recruiter", "reader"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Administrateur", recruiter: "Recruteur", reader: "Lecteur (RH)" };

/** A membership as the list of users writes it: "Etalab (recruteur)". */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = { RECRUITER: "recruteur", READER: "lecteur" };
