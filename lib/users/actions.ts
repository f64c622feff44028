"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/postings/admin/form-state";
import { createUserAsAdmin, setUserDisabled } from "./admin";
import { newUserSchema } from "./create";
import { logUnexpected } from "@/lib/log/unexpected";

export type CreateUserState = FormState & { created: { email: string; password: string } | null };

const actorOrNull = () => requireActor().catch(() => null);

function next(previous: FormState, over: Partial<CreateUserState>): CreateUserState {
  return { errors: {}, message: null, severity: "error", values: null, created: null, ...over, submission: previous.submission + 1 };
}

export async function createUserAction(previous: CreateUserState, form: FormData): Promise<CreateUserState> {
  const values = {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    role: String(form.get("role") ?? ""),
    organisationIds: form.getAll("organisationIds").map(String),
  };
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FormState["errors"] = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = [issue.message];
    return next(previous, { errors, values, message: "Le formulaire contient des erreurs : corrigez les champs signalés." });
  }
  try {
    const result = await createUserAsAdmin(await actorOrNull(), parsed.data);
    if (!result.ok) return next(previous, { errors: { [result.field]: [result.message] }, values, message: result.message });
    revalidatePath("/admin/utilisateurs");
    return next(previous, { severity: "success", message: `Compte créé pour ${result.email}.`, created: { email: result.email, password: result.password } });
  } catch (error) {
    if (error instanceof Forbidden) return next(previous, { values, message: error.message });
    await logUnexpected(error, "admin : la création d'un compte a échoué");
    return next(previous, { values, message: "Une erreur inattendue a empêché la création du compte. Réessayez." });
  }
}

export async function setUserDisabledAction(previous: FormState, form: FormData): Promise<FormState> {
  try {
    const result = await setUserDisabled(await actorOrNull(), String(form.get("userId") ?? ""), form.get("disabled") === "true");
    if (!result.ok) return next(previous, { message: result.message });
    revalidatePath("/admin/utilisateurs");
    return next(previous, { severity: "success", message: form.get("disabled") === "true" ? "Compte désactivé : ses sessions sont fermées." : "Compte réactivé." });
  } catch (error) {
    if (error instanceof Forbidden) return next(previous, { message: error.message });
    throw error;
  }
}
