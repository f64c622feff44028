import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";

/** The change-password form. Its strength is checked by the command, which knows whose password it is. */
export const passwordChangeSchema = z
  .object({
    current: z.string().min(1, "Saisissez votre mot de passe actuel.").max(MAX_PASSWORD_LENGTH, "Le mot de passe actuel est incorrect."),
    next: z.string().min(1, "Saisissez un nouveau mot de passe."),
    confirmation: z.string(),
  })
  .refine((form) => form.next === form.confirmation, {
    path: ["confirmation"],
    message: "La confirmation ne correspond pas au nouveau mot de passe.",
  });

export type PasswordChange = z.output<typeof passwordChangeSchema>;

/** A password chosen through a link (a forgotten password, an invitation): the token, the password twice. */
export const newPasswordSchema = z
  .object({
    token: z.string().max(100),
    next: z
      .string()
      .min(1, "Saisissez un nouveau mot de passe.")
      .max(MAX_PASSWORD_LENGTH, "Le mot de passe ne peut pas dépasser 1 000 caractères."),
    confirmation: z.string(),
  })
  .refine((f) => f.next === f.confirmation, {
    path: ["confirmation"],
    message: "La confirmation ne correspond pas au nouveau mot de passe.",
  });
