"use server";
// Server actions of the users page, each one command through the back office's one door
// (lib/admin/boundary.ts), which reads the session, parses the form and answers.
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { createUserAsAdmin, setUserDisabled } from "./admin";
import { newUserSchema } from "./create";

/** The account just created, with its initial password, shown once. */
export type CreatedAccount = { email: string; password: string };

export async function createUserAction(previous: FormState<CreatedAccount>, form: FormData): Promise<FormState<CreatedAccount>> {
  return adminFormAction(
    {
      name: "création d'un compte",
      schema: newUserSchema,
      read: (form) => ({
        email: String(form.get("email") ?? ""),
        name: String(form.get("name") ?? ""),
        role: String(form.get("role") ?? ""),
        organisationIds: form.getAll("organisationIds").map(String),
      }),
      run: createUserAsAdmin,
      done: ({ email, password }) => ({ message: `Compte créé pour ${email}.`, data: { email, password } }),
    },
    previous,
    form,
  );
}

export async function setUserDisabledAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "désactivation d'un compte",
      schema: z.object({ userId: z.string().min(1, "Compte inconnu."), disabled: z.boolean() }),
      read: (form) => ({ userId: String(form.get("userId") ?? ""), disabled: form.get("disabled") === "true" }),
      run: (context, { userId, disabled }) => setUserDisabled(context, userId, disabled),
      done: (_result, { disabled }) => ({ message: disabled ? "Compte désactivé : ses sessions sont fermées." : "Compte réactivé." }),
    },
    previous,
    form,
  );
}
