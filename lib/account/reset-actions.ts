"use server";
// The public forms of a forgotten password: nobody is signed in, so they do not go through
// the back office's boundary; they parse, answer in French and log the unexpected alike.
import { headers } from "next/headers";
import { z } from "zod";
import { INVALID_FORM, UNEXPECTED } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { requestOriginOf } from "@/lib/http/request-origin";
import { logUnexpected } from "@/lib/log/unexpected";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { fieldErrors } from "@/lib/validation/field-errors";
import { requestPasswordReset, resetPasswordWithLink } from "./reset";
import { newPasswordSchema } from "./schema";

/** The one answer to a request, whether the address has an account or not. */
const RESET_REQUESTED =
  "Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien valable une heure. Pensez à regarder dans les indésirables.";

const emailSchema = z.object({
  email: z
    .string()
    .trim()
    .max(320, "Cette adresse est trop longue.")
    .email("Saisissez une adresse électronique valide, par exemple camille@exemple.gouv.fr."),
});

const answer = (
  submission: number,
  message: string,
  severity: "success" | "error",
  errors: FormState["errors"] = {},
  values: Record<string, unknown> | null = null,
): FormState => ({
  errors,
  message,
  severity,
  values,
  data: null,
  submission: submission + 1,
});

export async function requestPasswordResetAction(previous: FormState, form: FormData): Promise<FormState> {
  const raw = { email: String(form.get("email") ?? "") };
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return answer(previous.submission, INVALID_FORM, "error", fieldErrors(parsed.error), raw);
  const origin = requestOriginOf(await headers());
  try {
    const result = await requestPasswordReset(parsed.data.email, origin);
    if (!result.ok) {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
      return answer(
        previous.submission,
        `Trop de demandes depuis votre connexion : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
        "error",
        {},
        raw,
      );
    }
  } catch (error) {
    await logUnexpected(error, "mot de passe oublié : la demande a échoué", { requestId: origin.requestId });
    return answer(previous.submission, UNEXPECTED, "error", {}, raw);
  }
  sendQueuedMailSoon();
  return answer(previous.submission, RESET_REQUESTED, "success");
}

export async function resetPasswordAction(previous: FormState<{ done: true }>, form: FormData): Promise<FormState<{ done: true }>> {
  const raw = {
    token: String(form.get("token") ?? ""),
    next: String(form.get("next") ?? ""),
    confirmation: String(form.get("confirmation") ?? ""),
  };
  const base = { values: null, submission: previous.submission + 1 };
  const parsed = newPasswordSchema.safeParse(raw);
  if (!parsed.success) return { ...base, errors: fieldErrors(parsed.error), message: INVALID_FORM, severity: "error", data: null };
  const origin = requestOriginOf(await headers());
  try {
    const result = await resetPasswordWithLink(parsed.data, origin);
    if (!result.ok) {
      return {
        ...base,
        errors: result.field ? { [result.field]: [result.message] } : {},
        message: result.message,
        severity: "error",
        data: null,
      };
    }
  } catch (error) {
    await logUnexpected(error, "mot de passe oublié : le changement a échoué", { requestId: origin.requestId });
    return { ...base, errors: {}, message: UNEXPECTED, severity: "error", data: null };
  }
  sendQueuedMailSoon();
  return {
    ...base,
    errors: {},
    message: "Votre mot de passe est changé : connectez-vous avec lui.",
    severity: "success",
    data: { done: true },
  };
}
