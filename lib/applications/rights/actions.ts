"use server";
// The confirmation form of the erasure page posts here; it works without JavaScript, as a
// plain form. The session is read here and rights are checked again by eraseCandidate.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import { log } from "@/lib/log/logger";
import { eraseCandidate } from "./erasure";

export async function eraseCandidateAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const back = `/admin/candidatures/${encodeURIComponent(id)}/effacer`;
  let erased: number | null = null;
  try {
    const actor = await requireActor();
    const result = await eraseCandidate(actor, id);
    erased = result.ok ? result.erased : null;
  } catch (error) {
    if (!(error instanceof Forbidden)) {
      log().error({ err: error, action: "effacement" }, "effacement d'une personne candidate en échec");
      redirect(`${back}?erreur=inattendue`);
    }
  }
  redirect(erased === null ? `${back}?erreur=refus` : `/admin/candidatures?effacees=${erased}`);
}
