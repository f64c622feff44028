"use server";
// Server actions of the admin offer pages, each one command through the back office's one
// door (lib/admin/boundary.ts), which reads the session, parses the form and answers.
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { changePostingStatus, createPosting, deleteDraft, duplicatePosting, updatePosting, type Transition } from "./commands";
import { postingFormValues, savePostingSchema } from "./schema";
import { setBlindReview } from "./blind-review";

const TRANSITIONS = ["publish", "close", "fill", "reopen"] as const satisfies readonly Transition[];

const TRANSITION_DONE: Record<Transition, string> = {
  publish: "Offre publiée : elle est en ligne.",
  close: "Offre clôturée : elle n'accepte plus de candidatures.",
  fill: "Offre marquée pourvue.",
  reopen: "Offre rouverte : elle est de nouveau en ligne.",
};

/** The offer a button acts on, at the version the recruiter saw. */
const target = z.object({
  id: z.string().min(1, "Offre inconnue."),
  version: z.coerce.number("Version inconnue.").int("Version inconnue."),
});

const readTarget = (form: FormData) => ({ id: String(form.get("id") ?? ""), version: String(form.get("version") ?? "") });

/** Creates a draft, or saves an edit when the form carries the posting's id and version. */
export async function savePostingAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "enregistrement d'offre",
      schema: savePostingSchema,
      read: (form) => ({ ...postingFormValues(form), ...readTarget(form) }),
      run: (context, { target, posting }) =>
        target ? updatePosting(context, target.id, target.version, posting) : createPosting(context, posting),
      done: (result, { target }) =>
        !target && "id" in result
          ? { redirect: `/admin/offres/${encodeURIComponent(String(result.id))}?enregistree=1` }
          : { message: "Modifications enregistrées." },
    },
    previous,
    form,
  );
}

/** Publish, close, mark filled or reopen. */
export async function changeStatusAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "changement d'état d'offre",
      schema: target.extend({ transition: z.enum(TRANSITIONS, "Action inconnue.") }),
      read: (form) => ({ ...readTarget(form), transition: String(form.get("transition") ?? "") }),
      run: (context, { id, version, transition }) => changePostingStatus(context, id, version, transition),
      done: (result, { transition }) => ({ message: result.scheduled ? "Publication programmée." : TRANSITION_DONE[transition] }),
    },
    previous,
    form,
  );
}

export async function duplicatePostingAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "duplication d'offre",
      schema: target.pick({ id: true }),
      read: readTarget,
      run: (context, { id }) => duplicatePosting(context, id),
      done: (result) => ({ redirect: `/admin/offres/${encodeURIComponent(result.id)}?copie=1` }),
    },
    previous,
    form,
  );
}

export async function deleteDraftAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "suppression de brouillon",
      schema: target,
      read: readTarget,
      run: (context, { id, version }) => deleteDraft(context, id, version),
      done: () => ({ redirect: "/admin/offres?supprimee=1" }),
    },
    previous,
    form,
  );
}

/** Turns the offer's blind first review on ("on") or off ("off"). */
export async function setBlindReviewAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "lecture à l'aveugle",
      schema: target.extend({ blindReview: z.enum(["on", "off"], "Choix inconnu.").transform((v) => v === "on") }),
      read: (form) => ({ ...readTarget(form), blindReview: String(form.get("blindReview") ?? "") }),
      run: (context, { id, version, blindReview }) => setBlindReview(context, id, version, blindReview),
      done: (result) => ({
        message: result.blindReview
          ? "Lecture à l'aveugle activée : jusqu'à l'entretien, les candidatures à cette offre sont anonymes."
          : "Lecture à l'aveugle désactivée : les candidatures à cette offre montrent l'identité des personnes.",
      }),
    },
    previous,
    form,
  );
}
