"use server";
// Server actions of the account page, each one command through the back office's one door.
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { currentSessionId } from "@/lib/auth/current";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { changeOwnPassword, endOwnSessions } from "./commands";
import { ACCOUNT_PATH, SECOND_FACTOR_PATH } from "./paths";
import { confirmTotpEnrolment, renewRecoveryCodes, startTotpEnrolment } from "./second-factor";
import { passwordChangeSchema } from "./schema";

export async function changePasswordAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "changement de mot de passe",
      schema: passwordChangeSchema,
      read: (form) => ({
        current: String(form.get("current") ?? ""),
        next: String(form.get("next") ?? ""),
        confirmation: String(form.get("confirmation") ?? ""),
      }),
      // A password is never sent back to the page, even after a refusal.
      shown: () => ({}),
      run: async (context, input) => changeOwnPassword(context, input, await currentSessionId()),
      done: ({ endedSessions }) => {
        // The notice leaves now, not at the next scheduled pass.
        sendQueuedMailSoon();
        return {
          message:
            endedSessions > 0
              ? `Mot de passe changé. ${endedSessions === 1 ? "Votre autre session a été fermée" : `Vos ${endedSessions} autres sessions ont été fermées`}.`
              : "Mot de passe changé.",
        };
      },
    },
    previous,
    form,
  );
}

export async function endSessionsAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "fermeture de sessions",
      schema: z.union([z.object({ only: z.string().min(1).max(64) }), z.object({ others: z.literal("true") })]),
      read: (form) => (form.get("others") ? { others: String(form.get("others")) } : { only: String(form.get("only") ?? "") }),
      run: async (context, input) => endOwnSessions(context, "only" in input ? { only: input.only } : { allBut: await currentSessionId() }),
      // The button is gone with its row: the page says what happened.
      done: ({ ended }) => ({ redirect: `${ACCOUNT_PATH}?fermees=${ended}#sessions` }),
    },
    previous,
    form,
  );
}

/** The recovery codes just drawn, shown once. */
export type RecoveryCodes = { recoveryCodes: string[] };

export async function startTotpEnrolmentAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "début de configuration de la double authentification",
      schema: z.object({}),
      read: () => ({}),
      run: (context) => startTotpEnrolment(context),
      // Enrolling is what a pending session is for.
      whilePending: true,
      done: () => ({ redirect: SECOND_FACTOR_PATH }),
    },
    previous,
    form,
  );
}

export async function confirmTotpEnrolmentAction(previous: FormState<RecoveryCodes>, form: FormData): Promise<FormState<RecoveryCodes>> {
  return adminFormAction(
    {
      name: "activation de la double authentification",
      schema: z.object({
        code: z.string().trim().min(1, "Saisissez le code à 6 chiffres de votre application.").max(20, "Un code a 6 chiffres."),
      }),
      read: (form) => ({ code: String(form.get("code") ?? "") }),
      shown: () => ({}),
      // The session that enrols has proved the factor: it goes on without a new sign-in.
      run: async (context, input) => confirmTotpEnrolment(context, input, await currentSessionId()),
      whilePending: true,
      done: ({ recoveryCodes }) => ({ message: "La double authentification est activée.", data: { recoveryCodes } }),
    },
    previous,
    form,
  );
}

export async function renewRecoveryCodesAction(previous: FormState<RecoveryCodes>, form: FormData): Promise<FormState<RecoveryCodes>> {
  return adminFormAction(
    {
      name: "renouvellement des codes de secours",
      schema: z.object({ password: z.string().max(1000, "Le mot de passe est incorrect.") }),
      read: (form) => ({ password: String(form.get("password") ?? "") }),
      shown: () => ({}),
      run: (context, input) => renewRecoveryCodes(context, input),
      done: ({ recoveryCodes }) => ({ message: "Nouveaux codes de secours : les anciens ne valent plus.", data: { recoveryCodes } }),
    },
    previous,
    form,
  );
}
