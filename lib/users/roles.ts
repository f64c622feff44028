/** The roles an admin gives: admin is global, the others hold for the organisations chosen. */
export const ROLES = ["admin", "recruiter", "reader"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Administrateur", recruiter: "Recruteur", reader: "Lecteur (RH)" };
