// The audit log keeps who did what for as long as the portal runs, but the personal data in it
// only for a while (docs/decisions/0015): the client addresses, and what was typed in the email
// box of a failed sign-in. The events stay, blanked where they held such data.
import type { Db } from "@/lib/db/client";
import { addMonths } from "@/lib/applications/rights/retention";

/** What replaces a failed sign-in's typed address once its time is up. */
export const ERASED_LABEL = "(saisie effacée)";

/**
 * A failed sign-in for an account that does not exist: what was typed is a stranger's address,
 * or a password typed in the wrong box. Only its first letter and its domain are kept
 * ("c…@exemple.gouv.fr"), which still shows an attack aimed at one organisation; anything that
 * does not look like an address is not kept at all.
 */
export function maskTypedAddress(typed: string): string {
  const trimmed = typed.trim();
  if (!trimmed) return "(vide)";
  const address = /^([^@\s])[^@\s]*@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/i.exec(trimmed);
  return address ? `${address[1]!.toLowerCase()}…@${address[2]!.toLowerCase()}` : "(saisie non conservée)";
}

export type AuditPurgeReport = { auditAddresses: number; auditSignInLabels: number };

/** Blanks the personal data of events older than `months`: run by the daily retention job. */
export async function purgeAuditPersonalData(db: Db, now: Date, months: number): Promise<AuditPurgeReport> {
  const before = { lt: addMonths(now, -months) };
  const addresses = await db.auditEvent.updateMany({ where: { at: before, clientAddress: { not: null } }, data: { clientAddress: null } });
  const labels = await db.auditEvent.updateMany({
    where: { at: before, action: "auth.sign_in_failed", OR: [{ actorLabel: null }, { actorLabel: { not: ERASED_LABEL } }] },
    data: { actorLabel: ERASED_LABEL, subjectLabel: null },
  });
  return { auditAddresses: addresses.count, auditSignInLabels: labels.count };
}
