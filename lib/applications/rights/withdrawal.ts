import "server-only";
// The candidate withdraws their own application through the personal link of the
// acknowledgement mail: the application goes as in an erasure, and the audit log keeps that
// it happened, for which offer, and nothing about who.
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Db } from "@/lib/db/client";
import { deleteApplications, forgetDeletedPages } from "./erase";
import { hashWithdrawalToken, isWithdrawalToken } from "./withdrawal-token";

const byToken = (token: string) => ({ withdrawalTokenHash: hashWithdrawalToken(token) });

/** What the link would withdraw, or null when it is malformed, unknown or already used. */
export async function withdrawalPreview(db: Db, token: unknown) {
  if (!isWithdrawalToken(token)) return null;
  const application = await db.application.findUnique({
    where: byToken(token),
    select: {
      firstName: true,
      createdAt: true,
      cv: { select: { fileName: true } },
      _count: { select: { notes: true } },
      posting: { select: { title: true, organisation: { select: { name: true } } } },
    },
  });
  if (!application) return null;
  return {
    firstName: application.firstName,
    createdAt: application.createdAt,
    cvFileName: application.cv?.fileName ?? null,
    postingTitle: application.posting.title,
    organisationName: application.posting.organisation.name,
  };
}

/** Withdraws the application the token names, once: true when it was there, false otherwise. */
/** `withdrawalPreview` on the portal's database, for the withdrawal page. */
export async function getWithdrawalPreview(token: unknown) {
  return withdrawalPreview(await getDb(), token);
}

export async function withdrawApplication(db: Db, token: unknown): Promise<boolean> {
  if (!isWithdrawalToken(token)) return false;
  const withdrawn = await db.$transaction(async (tx) => {
    const application = await tx.application.findUnique({
      where: byToken(token),
      select: { id: true, posting: { select: { title: true, organisationId: true } } },
    });
    if (!application) return false;
    if ((await deleteApplications(tx, [application.id])) !== 1) return false;
    await recordAudit(tx, {
      action: "application.withdraw",
      actor: { label: "La personne candidate (lien de retrait)" },
      subject: { type: "application", label: `Candidature à « ${application.posting.title} »` },
      // No client address: it would be the candidate's.
      organisationId: application.posting.organisationId,
      changes: { candidatures: 1 },
    });
    return true;
  });
  if (withdrawn) await forgetDeletedPages(db);
  return withdrawn;
}
