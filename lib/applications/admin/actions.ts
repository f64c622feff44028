"use server";
// Server actions of the inbox: each reads the session itself, parses the submitted FormData,
// and leaves rights to the commands. redirect() stays outside try.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import type { ApplicationStatus } from "@/lib/db/models";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import type { FormState } from "@/lib/postings/admin/form-state";
import { addApplicationNote, changeApplicationStatus, type CommandResult } from "./commands";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES } from "@/lib/applications/labels";
import { rejectionSchema, type RejectionInput } from "./rejection";

const UNEXPECTED = "Une erreur inattendue a empêché l'enregistrement. Réessayez ; si elle persiste, prévenez l'équipe technique.";

function answer(previous: FormState, over: Partial<FormState>): FormState {
  return { errors: {}, message: null, severity: "error", values: null, ...over, submission: previous.submission + 1 };
}

async function attempt<T>(context: string, run: () => Promise<CommandResult<T>>): Promise<CommandResult<T> | { ok: false; error: "forbidden" | "unexpected"; message: string }> {
  try {
    const result = await run();
    if (result.ok) refresh();
    return result;
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: "forbidden", message: error.message };
    console.error(`[candidatures] ${context} a échoué`, error);
    return { ok: false, error: "unexpected", message: UNEXPECTED };
  }
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const status = (value: string): ApplicationStatus | null => (APPLICATION_STATUSES.includes(value as ApplicationStatus) ? (value as ApplicationStatus) : null);

const fieldErrors = (result: { message: string; field?: string }) => (result.field ? { [result.field]: [result.message] } : {});

/** Moves the application to another step of the pipeline (a rejection has its own action, with its answer). */
export async function changeApplicationStatusAction(previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "id");
  const from = status(text(form, "from"));
  const to = status(text(form, "to"));
  if (!from || !to || to === "REJECTED") return answer(previous, { errors: { to: ["Choisissez une étape dans la liste."] }, message: "Choisissez une étape dans la liste." });
  const actor = await requireActor().catch(() => null);
  const result = await attempt("changement d'étape", () => changeApplicationStatus(actor, id, { from, to }));
  if (!result.ok) return answer(previous, { errors: fieldErrors(result), message: result.message });
  return answer(previous, { severity: "success", message: `Étape changée : ${APPLICATION_STATUS_LABELS[to]}.` });
}

/** Marks the application "non retenue" with a reason and, unless told not to, sends the edited answer. */
export async function rejectApplicationAction(previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "id");
  const values = { reason: text(form, "reason"), send: form.get("send") === "on", subject: text(form, "subject"), text: text(form, "text") };
  const from = status(text(form, "from"));
  const parsed = rejectionSchema.safeParse(values);
  if (!parsed.success || !from) {
    const errors: FormState["errors"] = {};
    for (const issue of parsed.error?.issues ?? []) errors[String(issue.path[0])] ??= [issue.message];
    return answer(previous, { errors, values, message: "Le formulaire contient des erreurs : corrigez les champs signalés." });
  }
  const actor = await requireActor().catch(() => null);
  const result = await attempt("refus de candidature", () =>
    changeApplicationStatus(actor, id, { from, to: "REJECTED", rejection: parsed.data as RejectionInput }),
  );
  if (!result.ok) return answer(previous, { errors: fieldErrors(result), values, message: result.message });
  if (result.mailQueued) sendQueuedMailSoon();
  redirect(`/admin/candidatures/${encodeURIComponent(id)}?reponse=${result.mailQueued ? "envoyee" : "sans-courriel"}`);
}

/** Adds a note by the team. */
export async function addApplicationNoteAction(previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "id");
  const body = text(form, "body");
  const actor = await requireActor().catch(() => null);
  const result = await attempt("ajout de note", () => addApplicationNote(actor, id, body));
  if (!result.ok) return answer(previous, { errors: fieldErrors(result), values: { body }, message: result.message });
  return answer(previous, { severity: "success", message: "Note ajoutée." });
}
