import "server-only";
// The candidate withdraws their consent to the pool through the link of an offer's mail: every
// application with their address leaves the pool (its consent cleared, so that it falls back
// under the ordinary retention), their proposals go with the mails not sent yet, and the audit
// log keeps that it happened and how many applications, never who.
import { hashWithdrawalToken, isWithdrawalToken } from "@/lib/applications/rights/withdrawal-token";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { proposalMailKey } from "./mail";

const byToken = (token: string) => ({ withdrawalTokenHash: hashWithdrawalToken(token) });

async function proposalOf(db: Db | Prisma.TransactionClient, token: unknown) {
  if (!isWithdrawalToken(token)) return null;
  return db.poolProposal.findUnique({
    where: byToken(token),
    select: { email: true, posting: { select: { title: true, organisationId: true, organisation: { select: { name: true } } } } },
  });
}

/** What the link would withdraw, or null when it is malformed, unknown or already used. */
export async function poolWithdrawalPreview(db: Db, token: unknown) {
  const proposal = await proposalOf(db, token);
  if (!proposal) return null;
  const applications = await db.application.findMany({
    where: { email: proposal.email, poolConsentAt: { not: null } },
    orderBy: [{ poolConsentAt: "desc" }, { id: "desc" }],
    select: { firstName: true, poolConsentAt: true },
  });
  if (applications.length === 0) return null;
  return {
    firstName: applications[0]!.firstName,
    consentAt: applications[0]!.poolConsentAt!,
    applications: applications.length,
    offerTitle: proposal.posting.title,
    organisationName: proposal.posting.organisation.name,
  };
}

/** `poolWithdrawalPreview` on the portal's database, for the page. */
export async function getPoolWithdrawalPreview(token: unknown) {
  return poolWithdrawalPreview(await getDb(), token);
}

/** Withdraws the consent of the candidate the token names, once: true when there was one to withdraw. */
export async function withdrawPoolConsent(db: Db, token: unknown): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const proposal = await proposalOf(tx, token);
    if (!proposal) return false;
    const { count } = await tx.application.updateMany({
      where: { email: proposal.email, poolConsentAt: { not: null } },
      data: { poolConsentAt: null },
    });
    const proposals = await tx.poolProposal.findMany({ where: { email: proposal.email }, select: { id: true } });
    await tx.outboxMail.deleteMany({ where: { sentAt: null, dedupeKey: { in: proposals.map((p) => proposalMailKey(p.id)) } } });
    await tx.poolProposal.deleteMany({ where: { email: proposal.email } });
    if (count === 0) return false;
    await recordAudit(tx, {
      action: "application.pool_withdraw",
      actor: { label: "La personne candidate (lien d'un courriel d'offre)" },
      subject: { type: "application", label: `Accord pour le vivier retiré (offre proposée : « ${proposal.posting.title} »)` },
      // No client address: it would be the candidate's.
      organisationId: proposal.posting.organisationId,
      changes: { candidatures: count },
    });
    return true;
  });
}
