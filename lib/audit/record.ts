import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import type { RequestOrigin } from "@/lib/http/request-origin";

/** Who acted: a signed-in user, or nobody yet (a failed sign-in, a command-line tool). */
export type AuditActor = { id: string; email: string } | { id?: undefined; email?: string; label: string };

export type AuditEntry = {
  action: AuditAction;
  actor: AuditActor | null;
  subject: { type: "posting" | "user" | "session" | "import" | "application"; id?: string | null; label?: string | null };
  organisationId?: string | null;
  /** The request the change came from; none for command-line tools and scheduled jobs. */
  origin?: RequestOrigin | null;
  /** Before/after values, or facts about the event. Never a password or a token. */
  changes?: Record<string, unknown>;
};

export const AUDIT_ACTIONS = {
  "auth.sign_in": "Connexion",
  "auth.sign_in_failed": "Connexion refusée",
  "auth.sign_out": "Déconnexion",
  "posting.create": "Création d'offre",
  "posting.update": "Modification d'offre",
  "posting.publish": "Publication d'offre",
  "posting.schedule": "Publication programmée",
  "posting.close": "Clôture d'offre",
  "posting.fill": "Offre pourvue",
  "posting.reopen": "Réouverture d'offre",
  "posting.duplicate": "Duplication d'offre",
  "posting.delete": "Suppression de brouillon",
  "posting.import": "Import d'offre",
  "posting.blind_review": "Lecture à l'aveugle d'une offre",
  "application.status": "Changement d'étape d'une candidature",
  "application.bulk_status": "Changement d'étape groupé",
  "application.note": "Note sur une candidature",
  "application.cv_download": "Téléchargement d'un CV",
  "application.reveal": "Anonymat levé",
  "application.erase": "Effacement d'une personne candidate",
  "application.withdraw": "Retrait d'une candidature par son auteur",
  "application.purge": "Purge des candidatures échues",
  "application.export": "Export de candidatures",
  "application.pool_propose": "Offre proposée au vivier",
  "application.pool_withdraw": "Retrait du vivier par la personne candidate",
  "user.create": "Création d'utilisateur",
  "user.invite": "Invitation",
  "user.invite_resend": "Invitation renvoyée",
  "user.invite_revoke": "Invitation révoquée",
  "user.invite_accept": "Invitation acceptée",
  "user.update": "Modification d'utilisateur",
  "user.disable": "Désactivation d'utilisateur",
  "user.enable": "Réactivation d'utilisateur",
  "user.set_password": "Choix du mot de passe",
  "user.change_password": "Changement de mot de passe",
  "session.end": "Fermeture de sessions",
  "user.second_factor_enable": "Activation de la double authentification",
  "user.second_factor_reset": "Réinitialisation de la double authentification",
  "user.recovery_codes": "Nouveaux codes de secours",
  "user.password_reset_request": "Demande de nouveau mot de passe",
  "user.password_reset": "Nouveau mot de passe par lien",
  "user.proconnect_link": "Liaison à ProConnect",
  "user.proconnect_unlink": "Liaison à ProConnect retirée",
  "user.admin_grant": "Droits d'administrateur donnés",
  "user.admin_revoke": "Droits d'administrateur retirés",
  "membership.add": "Ajout à une organisation",
  "membership.role": "Changement de rôle dans une organisation",
  "membership.remove": "Retrait d'une organisation",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

function actorLabel(actor: AuditActor | null): string | null {
  if (!actor) return null;
  return "label" in actor ? actor.label : actor.email;
}

/** Writes one audit event; pass the transaction of the change it records so both land or neither. */
export async function recordAudit(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorLabel: actorLabel(entry.actor),
      subjectType: entry.subject.type,
      subjectId: entry.subject.id ?? null,
      subjectLabel: entry.subject.label ?? null,
      organisationId: entry.organisationId ?? null,
      clientAddress: entry.origin?.clientAddress ?? null,
      changes: JSON.stringify(entry.changes ?? {}),
    },
  });
}

/** The fields that differ between two versions of a record, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    const same =
      old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : JSON.stringify(old) === JSON.stringify(value);
    if (!same) changes[key] = [old ?? null, value ?? null];
  }
  return changes;
}
