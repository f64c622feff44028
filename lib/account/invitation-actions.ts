"use server";
// The invitee's forms: nobody is signed in, so they do not go through the back office's
// boundary; like the forgotten password's, they parse, answer in French and log the unexpected.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { INVALID_FORM, UNEXPECTED } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { requestOriginOf } from "@/lib/http/request-origin";
import { logUnexpected } from "@/lib/log/unexpected";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { fieldErrors } from "@/lib/validation/field-errors";
import { acceptInvitation, renewInvitation } from "./invitation";
import { INVITATION_RENEWED_PATH } from "./paths";
import { newPasswordSchema } from "./schema";

const state = <D>(previous: FormState<D>, fields: Partial<FormState<D>>): FormState<D> => ({
  errors: {},
  message: null,
  severity: null,
  values: null,
  data: null,
  ...fields,
  submission: previous.submission + 1,
});

export async function acceptInvitationAction(previous: FormState<{ done: true }>, form: FormData): Promise<FormState<{ done: true }>> {
  const parsed = newPasswordSchema.safeParse({
    token: String(form.get("token") ?? ""),
    next: String(form.get("next") ?? ""),
    confirmation: String(form.get("confirmation") ?? ""),
  });
  if (!parsed.success) return state(previous, { errors: fieldErrors(parsed.error), message: INVALID_FORM, severity: "error" });
  const origin = requestOriginOf(await headers());
  try {
    const result = await acceptInvitation(parsed.data, origin);
    if (!result.ok)
      return state(previous, {
        errors: result.field ? { [result.field]: [result.message] } : {},
        message: result.message,
        severity: "error",
      });
  } catch (error) {
    await logUnexpected(error, "invitation : le choix du mot de passe a échoué", { requestId: origin.requestId });
    return state(previous, { message: UNEXPECTED, severity: "error" });
  }
  return state(previous, {
    message: "Votre compte est activé : connectez-vous avec votre adresse et ce mot de passe.",
    severity: "success",
    data: { done: true },
  });
}

export async function renewInvitationAction(previous: FormState, form: FormData): Promise<FormState> {
  const parsed = z.object({ token: z.string().max(100) }).safeParse({ token: String(form.get("token") ?? "") });
  if (!parsed.success) return state(previous, { message: INVALID_FORM, severity: "error" });
  const origin = requestOriginOf(await headers());
  try {
    const result = await renewInvitation(parsed.data.token, origin);
    if (!result.ok) {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
      return state(previous, {
        message: `Trop de demandes depuis votre connexion : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
        severity: "error",
      });
    }
  } catch (error) {
    await logUnexpected(error, "invitation : le renouvellement a échoué", { requestId: origin.requestId });
    return state(previous, { message: UNEXPECTED, severity: "error" });
  }
  sendQueuedMailSoon();
  // The old link is void now, so its page cannot say what happened: a page without token does,
  // with JavaScript or without.
  redirect(INVITATION_RENEWED_PATH);
}
