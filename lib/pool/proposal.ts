import "server-only";
// Proposing an offer to candidates of the pool: one mail per candidate and offer, written to
// the outbox in the transaction that records each proposal, so that nobody is sent the same
// offer twice. The actor must be allowed to change the applications of every candidate chosen
// and those of the offer's organisation; one chosen candidate out of reach refuses the whole
// proposal, as an unknown one would (nobody learns which rows exist elsewhere).
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult, type Failure } from "@/lib/admin/command";
import { newWithdrawalToken } from "@/lib/applications/rights/withdrawal-token";
import { recordAudit } from "@/lib/audit/record";
import { applicationScope, assertCan, postingScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { enqueueMail } from "@/lib/mail/outbox";
import { openWhere } from "@/lib/postings/visibility";
import { poolCandidates, type PoolCandidate } from "./candidates";
import type { PoolFilters } from "./filters";
import { proposalMail } from "./mail";

type Client = Prisma.TransactionClient;

/** Whom to send the offer: the candidates ticked (by their id in the list), or all who match the filters. */
export type ProposalInput = { postingId: string; candidates: { ids: string[] } | { all: PoolFilters } };

export const UNKNOWN_OFFER = "Choisissez une offre publiée de vos organisations.";
export const UNKNOWN_CANDIDATES = "Certaines des personnes choisies ne sont pas ou plus dans le vivier : rechargez la page et recommencez.";
export const NO_CANDIDATE = "Cochez au moins une personne, ou choisissez toutes celles qui correspondent aux filtres.";

async function resolve(db: Client, actor: Actor, input: ProposalInput, now: Date) {
  const offer = await db.posting.findFirst({
    where: { AND: [{ id: input.postingId }, postingScope(actor, "applications:write"), openWhere(now)] },
    select: { id: true, slug: true, title: true, contactEmail: true, organisationId: true, organisation: { select: { name: true } } },
  });
  if (!offer) return failure("not_found", UNKNOWN_OFFER, "offre");
  const scope = applicationScope(actor, "applications:write");
  let candidates: PoolCandidate[];
  if ("all" in input.candidates) candidates = await poolCandidates(db, scope, input.candidates.all, now);
  else {
    const ids = [...new Set(input.candidates.ids)];
    if (ids.length === 0) return failure("invalid", NO_CANDIDATE, "candidats");
    const pool = await poolCandidates(db, scope, {}, now);
    const byApplication = new Map(pool.flatMap((c) => c.applications.map((a) => [a.id, c] as const)));
    if (ids.some((id) => !byApplication.has(id))) return failure("not_found", UNKNOWN_CANDIDATES, "candidats");
    candidates = [...new Set(ids.map((id) => byApplication.get(id)!))];
  }
  if (candidates.length === 0) return failure("invalid", NO_CANDIDATE, "candidats");
  const sent = await db.poolProposal.findMany({
    where: { postingId: offer.id, email: { in: candidates.map((c) => c.email) } },
    select: { email: true },
  });
  const sentBefore = new Set(sent.map((s) => s.email));
  const fresh = candidates.filter((c) => !sentBefore.has(c.email));
  return { offer, fresh, already: candidates.length - fresh.length };
}

export type ProposalPreview = Exclude<Awaited<ReturnType<typeof resolve>>, Failure>;

/** What a proposal would do, for its confirmation page: the offer, who gets it, how many had it already. */
export async function previewProposal(actor: Actor | null, input: ProposalInput, now = new Date()): Promise<ProposalPreview | Failure> {
  assertCan(actor, "applications:write");
  return resolve(await getDb(), actor, input, now);
}

/** Sends the offer to each candidate who has not had it yet; answers how many were sent it and how many had it already. */
export async function proposeOffer(
  { actor, origin }: CommandContext,
  input: ProposalInput,
  now = new Date(),
): Promise<CommandResult<{ sent: number; already: number; offerTitle: string }>> {
  assertCan(actor, "applications:write");
  return inCommandTransaction(async (tx) => {
    const resolved = await resolve(tx, actor, input, now);
    if ("ok" in resolved) throw new Abort(resolved);
    const { offer, fresh, already } = resolved;
    for (const candidate of fresh) {
      const { token, hash } = newWithdrawalToken();
      const proposal = await tx.poolProposal.create({
        data: { email: candidate.email, postingId: offer.id, withdrawalTokenHash: hash, createdAt: now },
        select: { id: true },
      });
      const cited = candidate.applications[0]!;
      const mail = proposalMail(
        proposal.id,
        offer,
        {
          email: candidate.email,
          firstName: candidate.firstName,
          consentAt: candidate.consentAt,
          consentPostingTitle: cited.posting.title,
        },
        token,
      );
      // Tied to the application it cites: erased with it.
      await enqueueMail(tx, mail, cited.id);
    }
    await recordAudit(tx, {
      action: "application.pool_propose",
      actor,
      origin,
      subject: { type: "posting", id: offer.id, label: offer.title },
      organisationId: offer.organisationId,
      // Counts only: never a name or an address.
      changes: { "personnes contactées": fresh.length, "déjà contactées pour cette offre": already },
    });
    return { ok: true as const, sent: fresh.length, already, offerTitle: offer.title };
  });
}

/** "12 candidats contactés, 3 l'avaient déjà été pour cette offre." */
export function proposalSummary({ sent, already }: { sent: number; already: number }): string {
  const contacted = sent === 0 ? "Aucune personne contactée" : sent === 1 ? "1 personne contactée" : `${sent} personnes contactées`;
  if (already === 0) return `${contacted}.`;
  return `${contacted}, ${already === 1 ? "1 l'avait" : `${already} l'avaient`} déjà été pour cette offre.`;
}
