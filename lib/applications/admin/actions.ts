"use server";
// Server actions of the inbox, each one command through the back office's one door
// (lib/admin/boundary.ts), which reads the session, parses the form and answers.
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { failure } from "@/lib/admin/command";
import { bulkDoneMessage, moveApplications, rejectApplications } from "./bulk";
import { addApplicationNote, changeApplicationStatus, revealApplication } from "./commands";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES } from "@/lib/applications/labels";
import { isRejectionReason, rejectionSchema, type RejectionReason } from "./rejection";
import { BULK_DONE_PARAMS, parseSelection } from "./selection";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const PICK_A_STEP = "Choisissez une étape dans la liste.";
const step = z.enum(APPLICATION_STATUSES, PICK_A_STEP);

/** Moves the application to another step of the pipeline (a rejection has its own action, with its answer). */
export async function changeApplicationStatusAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "changement d'étape",
      schema: z.object({ id: z.string(), from: step, to: step.exclude(["REJECTED"], PICK_A_STEP) }),
      read: (form) => ({ id: text(form, "id"), from: text(form, "from"), to: text(form, "to") }),
      run: (context, { id, from, to }) => changeApplicationStatus(context, id, { from, to }),
      done: (_result, { to }) => ({ message: `Étape changée : ${APPLICATION_STATUS_LABELS[to]}.` }),
    },
    previous,
    form,
  );
}

/** Marks the application "non retenue" with a reason and, unless told not to, sends the edited answer. */
export async function rejectApplicationAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "refus de candidature",
      schema: rejectionSchema.safeExtend({ id: z.string(), from: step }),
      read: (form) => ({
        id: text(form, "id"),
        from: text(form, "from"),
        reason: text(form, "reason"),
        send: form.get("send") === "on",
        subject: text(form, "subject"),
        text: text(form, "text"),
      }),
      run: (context, { id, from, reason, ...answer }) =>
        // The schema checked the reason against the list.
        changeApplicationStatus(context, id, { from, to: "REJECTED", rejection: { ...answer, reason: reason as RejectionReason } }),
      done: (result, { id }) => {
        if (result.mailQueued) sendQueuedMailSoon();
        return { redirect: `/admin/candidatures/${encodeURIComponent(id)}?reponse=${result.mailQueued ? "envoyee" : "sans-courriel"}` };
      },
    },
    previous,
    form,
  );
}

/** Adds a note by the team. */
export async function addApplicationNoteAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "ajout de note",
      // The command checks the text itself, with the rights first: nothing is said about a row one may not touch.
      schema: z.object({ id: z.string(), body: z.string() }),
      read: (form) => ({ id: text(form, "id"), body: text(form, "body") }),
      run: (context, { id, body }) => addApplicationNote(context, id, body),
      done: () => ({ message: "Note ajoutée." }),
    },
    previous,
    form,
  );
}

/** Lifts the anonymity of a masked application, once confirmed; back on its page, shown whole. */
export async function revealApplicationAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "levée d'anonymat",
      schema: z.object({ id: z.string() }),
      read: (form) => ({ id: text(form, "id") }),
      run: (context, { id }) => revealApplication(context, id),
      done: (_result, { id }) => ({ redirect: `/admin/candidatures/${encodeURIComponent(id)}?anonymat=leve` }),
    },
    previous,
    form,
  );
}

const bulkSchema = z.discriminatedUnion(
  "operation",
  [
    z.object({ operation: z.literal("etape"), to: step.exclude(["REJECTED"], PICK_A_STEP) }),
    z.object({
      operation: z.literal("refuser"),
      reason: z.string().refine(isRejectionReason, "Choisissez un motif dans la liste."),
      send: z.boolean(),
    }),
  ],
  "Choisissez une action.",
);

/**
 * A bulk action of the inbox over the ticked rows, the page or every filtered application:
 * a move to a step, or a rejection (confirmed first) with each candidate's templated mail.
 */
export async function bulkApplicationsAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "action groupée sur des candidatures",
      schema: bulkSchema,
      read: (form) => ({
        operation: text(form, "operation"),
        to: text(form, "to"),
        reason: text(form, "reason"),
        send: form.get("send") === "on",
      }),
      run: (context, input) => {
        const parsed = parseSelection(form);
        if (!parsed.ok) return Promise.resolve(failure("invalid", parsed.message, "selection"));
        return input.operation === "etape"
          ? moveApplications(context, parsed.selection, input.to)
          : rejectApplications(context, parsed.selection, { reason: input.reason as RejectionReason, send: input.send });
      },
      done: (result, input) => {
        if (result.mails > 0) sendQueuedMailSoon();
        // From the confirmation page (no JavaScript), back to the list it came from, which tells the result.
        const back = form.get("retour");
        if (input.operation === "refuser" && typeof back === "string" && /^\/admin\/candidatures(\?|$)/.test(back)) {
          const counts = new URLSearchParams({
            [BULK_DONE_PARAMS.rejected]: String(result.count),
            [BULK_DONE_PARAMS.mails]: String(result.mails),
          });
          return { redirect: `${back}${back.includes("?") ? "&" : "?"}${counts}` };
        }
        return { message: bulkDoneMessage(result.count, input.operation === "etape" ? input.to : "REJECTED", result.mails) };
      },
    },
    previous,
    form,
  );
}
