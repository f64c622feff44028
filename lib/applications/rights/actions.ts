"use server";
// The confirmation form of the erasure page posts here; it works without JavaScript, as a
// plain form, through the back office's one door (lib/admin/boundary.ts). Rights are checked
// by eraseCandidate itself.
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAdminCommand } from "@/lib/admin/boundary";
import { eraseCandidate } from "./erasure";

export async function eraseCandidateAction(form: FormData): Promise<void> {
  const outcome = await runAdminCommand(
    {
      name: "effacement d'une personne candidate",
      schema: z.object({ id: z.string() }),
      read: (form) => ({ id: String(form.get("id") ?? "") }),
      run: (context, { id }) => eraseCandidate(context, id),
    },
    form,
  );
  if (outcome.ok) redirect(`/admin/candidatures?effacees=${outcome.result.erased}`);
  const back = `/admin/candidatures/${encodeURIComponent(String(outcome.values.id))}/effacer`;
  // Signed out meanwhile, the page itself sends the person to sign in, then back.
  redirect(`${back}?erreur=${outcome.refusal.kind === "unexpected" ? "inattendue" : "refus"}`);
}
