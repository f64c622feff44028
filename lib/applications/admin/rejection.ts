// Answering a candidate who is not retained: a reason from a short standard list (kept on
// the application, so the team can see why), and a French mail prefilled from it that the
// recruiter edits before it goes out.
import { z } from "zod";
import { SERVICE_NAME } from "@/lib/brand";

type Reason = { label: string; sentence: string };

export const REJECTION_REASONS = {
  profil: {
    label: "Profil ne correspondant pas au poste",
    sentence: "Après examen attentif, votre parcours ne correspond pas suffisamment aux besoins de ce poste.",
  },
  "autre-candidature": {
    label: "Autre candidature retenue",
    sentence: "Nous avons reçu de nombreuses candidatures et en avons retenu une autre, plus proche des besoins actuels de l'équipe.",
  },
  pourvu: {
    label: "Poste pourvu",
    sentence: "Le poste vient d'être pourvu.",
  },
  incomplete: {
    label: "Candidature incomplète",
    sentence: "Votre candidature ne comportait pas tous les éléments qui nous auraient permis de l'étudier.",
  },
  annule: {
    label: "Recrutement annulé",
    sentence: "Le recrutement pour ce poste a été interrompu.",
  },
  autre: {
    label: "Autre motif",
    sentence: "Nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
  },
} as const satisfies Record<string, Reason>;

export type RejectionReason = keyof typeof REJECTION_REASONS;

export const isRejectionReason = (value: unknown): value is RejectionReason =>
  typeof value === "string" && Object.hasOwn(REJECTION_REASONS, value);

/** The label of a stored reason; a reason dropped from the list since still reads as itself. */
export const rejectionReasonLabel = (reason: string | null): string | null =>
  reason === null ? null : isRejectionReason(reason) ? REJECTION_REASONS[reason].label : reason;

export type AnswerMail = { subject: string; text: string };

/** The prefilled answer, in the team's name; the recruiter reads and edits it before sending. */
export function rejectionMailTemplate(
  reason: RejectionReason,
  application: { firstName: string; posting: { title: string; organisationName: string } },
): AnswerMail {
  return {
    subject: `Votre candidature : ${application.posting.title}`,
    text: [
      // No first name when the application is read blind: the recruiter does not know it.
      application.firstName ? `Bonjour ${application.firstName},` : "Bonjour,",
      "",
      `Nous vous remercions de l'intérêt que vous portez à ${application.posting.organisationName} et du temps consacré à votre candidature au poste « ${application.posting.title} ».`,
      "",
      `${REJECTION_REASONS[reason].sentence} Nous ne donnerons donc pas suite à votre candidature pour ce poste.`,
      "",
      `D'autres offres des équipes numériques de l'État vous correspondront peut-être : n'hésitez pas à les consulter sur ${SERVICE_NAME}.`,
      "",
      "Nous vous souhaitons une bonne continuation,",
      "",
      `L'équipe de recrutement – ${application.posting.organisationName}`,
    ].join("\n"),
  };
}

/** The answer as the recruiter sends it: a reason from the list, and a mail (or none, when told). */
export const rejectionSchema = z
  .object({
    // A refinement, not an enum: the other fields' messages still show when the reason is missing.
    reason: z.string().refine(isRejectionReason, "Choisissez un motif dans la liste."),
    send: z.boolean(),
    subject: z.string().trim().max(200, "L'objet tient en 200 caractères au plus."),
    text: z.string().trim().max(10_000, "Le message tient en 10 000 caractères au plus."),
  })
  .superRefine((value, ctx) => {
    if (!value.send) return;
    if (!value.subject) ctx.addIssue({ code: "custom", path: ["subject"], message: "Indiquez l'objet du courriel." });
    if (!value.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Écrivez le message à envoyer." });
  });

export type RejectionInput = Omit<z.output<typeof rejectionSchema>, "reason"> & { reason: RejectionReason };
