"use server";
// The pool's server action, through the back office's one door (lib/admin/boundary.ts).
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { proposeOffer, proposalSummary } from "./proposal";
import { parseProposalParams } from "./proposal-params";

/** Sends the offer to the candidates chosen, each their own mail, once per offer. */
export async function proposeOfferAction(previous: FormState, form: FormData): Promise<FormState> {
  return adminFormAction(
    {
      name: "proposition d'offre au vivier",
      // The command checks the ids itself, rights first: nothing is said about a row one may not touch.
      schema: z.object({ params: z.instanceof(URLSearchParams) }),
      read: (form) => ({ params: new URLSearchParams([...form.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))) }),
      shown: () => ({}),
      run: (context, { params }) => proposeOffer(context, parseProposalParams(params).input),
      done: (result) => {
        if (result.sent > 0) sendQueuedMailSoon();
        return { message: proposalSummary(result) };
      },
    },
    previous,
    form,
  );
}
