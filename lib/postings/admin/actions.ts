"use server";
// Server actions of the admin offer pages: each one reads the session itself, parses the
// submitted FormData, and leaves rights to the commands. redirect() stays outside try.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import { revalidatePublicPostings } from "@/lib/postings/revalidate";
import {
  changePostingStatus,
  createPosting,
  deleteDraft,
  duplicatePosting,
  updatePosting,
  type CommandResult,
  type Transition,
} from "./commands";
import type { FormState } from "./form-state";
import { parsePostingForm, postingFormValues } from "./schema";
import { logUnexpected } from "@/lib/log/unexpected";

const UNEXPECTED = "Une erreur inattendue a empêché l'enregistrement. Réessayez ; si elle persiste, prévenez l'équipe technique.";
const TRANSITIONS: readonly Transition[] = ["publish", "close", "fill", "reopen"];

function answer(previous: FormState, over: Partial<FormState>): FormState {
  return { errors: {}, message: null, severity: "error", values: null, ...over, submission: previous.submission + 1 };
}

/** Runs a command; a refusal of rights or an unexpected error becomes a message, never a stack trace. */
async function attempt<T>(context: string, run: () => Promise<CommandResult<T>>): Promise<CommandResult<T> | { ok: false; message: string; error: "forbidden" | "unexpected" }> {
  try {
    const result = await run();
    if (result.ok) {
      revalidatePublicPostings(result.revalidate);
      // The page re-reads the offer: its forms then carry the new version.
      refresh();
    }
    return result;
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: "forbidden", message: error.message };
    await logUnexpected(error, `admin : ${context} a échoué`);
    return { ok: false, error: "unexpected", message: UNEXPECTED };
  }
}

function idAndVersion(form: FormData): { id: string; version: number } {
  return { id: String(form.get("id") ?? ""), version: Number(form.get("version")) };
}

/** Creates a draft, or saves an edit when the form carries the posting's id and version. */
export async function savePostingAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = postingFormValues(form);
  const parsed = parsePostingForm(form);
  if (!parsed.success) {
    const errors: FormState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] = [...(errors[field] ?? []), issue.message];
    }
    return answer(previous, { errors, values, message: "Le formulaire contient des erreurs : corrigez les champs signalés." });
  }
  const { id, version } = idAndVersion(form);
  const actor = await requireActor().catch(() => null);
  const result = id
    ? await attempt("modification d'offre", () => updatePosting(actor, id, version, parsed.data))
    : await attempt("création d'offre", () => createPosting(actor, parsed.data));
  if (!result.ok) {
    const errors = "field" in result ? { [result.field]: [result.message] } : {};
    return answer(previous, { errors, values, message: result.message });
  }
  if (!id && "id" in result) redirect(`/admin/offres/${result.id}?enregistree=1`);
  return answer(previous, { severity: "success", message: "Modifications enregistrées." });
}

/** Publish, close, mark filled or reopen. */
export async function changeStatusAction(previous: FormState, form: FormData): Promise<FormState> {
  const { id, version } = idAndVersion(form);
  const transition = String(form.get("transition")) as Transition;
  if (!TRANSITIONS.includes(transition)) return answer(previous, { message: "Action inconnue." });
  const actor = await requireActor().catch(() => null);
  const result = await attempt("changement d'état d'offre", () => changePostingStatus(actor, id, version, transition));
  if (!result.ok) return answer(previous, { message: result.message });
  const messages: Record<Transition, string> = {
    publish: result.scheduled ? "Publication programmée." : "Offre publiée : elle est en ligne.",
    close: "Offre clôturée : elle n'accepte plus de candidatures.",
    fill: "Offre marquée pourvue.",
    reopen: "Offre rouverte : elle est de nouveau en ligne.",
  };
  return answer(previous, { severity: "success", message: messages[transition] });
}

export async function duplicatePostingAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor().catch(() => null);
  const result = await attempt("duplication d'offre", () => duplicatePosting(actor, idAndVersion(form).id));
  if (!result.ok) return answer(previous, { message: result.message });
  redirect(`/admin/offres/${result.id}?copie=1`);
}

export async function deleteDraftAction(previous: FormState, form: FormData): Promise<FormState> {
  const { id, version } = idAndVersion(form);
  const actor = await requireActor().catch(() => null);
  const result = await attempt("suppression de brouillon", () => deleteDraft(actor, id, version));
  if (!result.ok) return answer(previous, { message: result.message });
  redirect("/admin/offres?supprimee=1");
}
