// Accounts are created by an admin (or the command line), never by sign-up.
import { z } from "zod";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/sign-in";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import type { MemberRole } from "@/lib/db/models";

import { ROLES, type Role } from "./roles";

export { ROLES, type Role };

export const newUserSchema = z
  .object({
    email: z.string().trim().pipe(z.email("Adresse électronique invalide (nom@domaine.fr)")).transform(normaliseEmail),
    name: z.string().trim().min(1, "Indiquez le nom").max(200, "200 caractères au plus"),
    role: z.enum(ROLES, "Choisissez un rôle"),
    organisationIds: z.array(z.string().min(1)),
  })
  .refine((v) => v.role === "admin" || v.organisationIds.length > 0, {
    path: ["organisationIds"],
    message: "Un recruteur ou un lecteur appartient à au moins une organisation",
  });

export type NewUser = z.output<typeof newUserSchema>;

export type CreateUserResult =
  | { ok: true; id: string; email: string; password: string }
  | { ok: false; error: "email_taken"; field: "email"; message: string };

const memberRole = (role: Role): MemberRole => (role === "reader" ? "READER" : "RECRUITER");

/**
 * Creates an account with a generated initial password, returned once to be handed over;
 * only its hash is stored. Callers check the creator's rights (lib/users/admin.ts).
 */
export async function createUser(db: Db, by: AuditActor, input: NewUser): Promise<CreateUserResult> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      return { ok: false as const, error: "email_taken" as const, field: "email" as const, message: "Un compte existe déjà avec cette adresse." };
    }
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        admin: input.role === "admin",
        passwordHash,
        memberships: { create: input.role === "admin" ? [] : input.organisationIds.map((organisationId) => ({ organisationId, role: memberRole(input.role) })) },
      },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      action: "user.create",
      actor: by,
      subject: { type: "user", id: created.id, label: created.email },
      changes: { nom: input.name, rôle: input.role, organisations: input.organisationIds },
    });
    return { ok: true as const, ...created, password };
  });
}
