// Accounts are never created by sign-up: people are invited (./invite.ts). Only the embedded
// demo's admin and the tests' accounts are created here with a generated password.
import { z } from "zod";
import { failure, type CommandResult } from "@/lib/admin/command";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/sign-in";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/request-origin";

import type { Invitation } from "./invite";
import { ROLE_GRANTS, ROLES, type Role } from "./roles";

export { ROLES, type Role };

export const newUserSchema = z
  .object({
    email: z.string().trim().pipe(z.email("Adresse électronique invalide (nom@domaine.fr)")).transform(normaliseEmail),
    name: z.string().trim().min(1, "Indiquez le nom").max(200, "200 caractères au plus"),
    role: z.enum(ROLES, "Choisissez un rôle"),
    organisationIds: z.array(z.string().min(1)),
  })
  .refine((v) => ROLE_GRANTS[v.role].admin || v.organisationIds.length > 0, {
    path: ["organisationIds"],
    message: "Un gestionnaire, un recruteur ou un lecteur appartient à au moins une organisation",
  });

export type NewUser = z.output<typeof newUserSchema>;

/** One role in every organisation named, as `npm run user:create` takes it, as an invitation. */
export function invitationOf(input: NewUser): Invitation {
  const grant = ROLE_GRANTS[input.role];
  return {
    email: input.email,
    name: input.name,
    admin: grant.admin,
    memberships: grant.membership ? input.organisationIds.map((organisationId) => ({ organisationId, role: grant.membership })) : [],
  };
}

export type CreatedUser = { id: string; email: string; password: string };

/**
 * Creates an account with a generated password, returned once: for the embedded demo's admin
 * (printed at start-up) and the tests. Only its hash is stored.
 */
export async function createUser(
  db: Db,
  { by, origin }: { by: AuditActor; origin?: RequestOrigin },
  input: NewUser,
): Promise<CommandResult<CreatedUser>> {
  const grant = ROLE_GRANTS[input.role];
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      return failure("invalid", "Un compte existe déjà avec cette adresse.", "email");
    }
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        admin: grant.admin,
        passwordHash,
        memberships: {
          create: grant.membership ? input.organisationIds.map((organisationId) => ({ organisationId, role: grant.membership })) : [],
        },
      },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      action: "user.create",
      actor: by,
      origin,
      subject: { type: "user", id: created.id, label: created.email },
      changes: { nom: input.name, rôle: input.role, organisations: input.organisationIds },
    });
    return { ok: true as const, ...created, password };
  });
}
