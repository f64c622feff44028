// French wording of the application model, for the back office, its exports and its mails.
import type { ApplicationStatus } from "@/lib/db/models";

/** The pipeline, in order, with the French words the team uses. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  RECEIVED: "Reçue",
  UNDER_REVIEW: "En cours d'examen",
  INTERVIEW: "Entretien",
  OFFER: "Proposition",
  HIRED: "Recrutée",
  REJECTED: "Non retenue",
};
export const APPLICATION_STATUSES = Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[];

/**
 * The step an application usually goes to from `status`: the next one of the pipeline, or
 * none at its end or once rejected. The step form offers it first, so that one click never
 * sends an application back.
 */
export function nextStep(status: ApplicationStatus): ApplicationStatus | null {
  const next = APPLICATION_STATUSES[APPLICATION_STATUSES.indexOf(status) + 1];
  return next && next !== "REJECTED" ? next : null;
}
