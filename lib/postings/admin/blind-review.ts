// Turns an offer's blind first review on or off (docs/decisions/0030-blind-first-review.md):
// a choice of whoever may write the offer, kept in the journal like every change to it.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { auditPosting, claimVersion, writable } from "./commands";

/** Sets the offer's blind review, seen at `version`; saying the same again changes nothing. */
export async function setBlindReview(
  { actor, origin }: CommandContext,
  id: string,
  version: number,
  blindReview: boolean,
): Promise<CommandResult<{ blindReview: boolean }>> {
  return inCommandTransaction(async (tx) => {
    const { before, by } = await writable(tx, actor, id);
    if (before.blindReview === blindReview) {
      throw new Abort(
        failure("conflict", blindReview ? "La lecture à l'aveugle est déjà activée." : "La lecture à l'aveugle est déjà désactivée."),
      );
    }
    await claimVersion(tx, id, version, { blindReview });
    await auditPosting(tx, "posting.blind_review", { actor: by, origin }, before, { blindReview: [before.blindReview, blindReview] });
    return { ok: true as const, blindReview };
  });
}
