import "server-only";
import { getDb, type Db } from "@/lib/db/client";
import { applicationIdentityColumns } from "./identity";
import { enqueueMail, outboxRows } from "@/lib/mail/outbox";
import { hit } from "@/lib/rate-limit/rate-limit";
import { applicationLimits } from "./limits";
import { isOpen, isPublic } from "@/lib/postings/visibility";
import { verifyChallenge, type ChallengeVerdict } from "@/lib/proof-of-work/challenge";
import { HONEYPOT_FIELD } from "./constants";
import { checkCv, type CheckedCv } from "./cv";
import { withdrawalPath } from "@/lib/urls/public";
import { newWithdrawalToken } from "./rights/withdrawal-token";
import { acknowledgementMail, alreadyAppliedMail, recruiterNotificationMail, type MailPosting } from "./mails";
import { formFields, parseApplicationFields, typedValues, type ApplicationFields, type FieldErrors, type TypedValues } from "./schema";

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SubmissionOutcome =
  /** Stored now, or earlier (`replay`), or not stored because the address had applied already (`duplicate`). */
  | { kind: "accepted"; applicationId: string; replay: boolean; duplicate: boolean }
  /** Sent back to the candidate, nothing stored. */
  | { kind: "corrections"; postingId: string; errors: FieldErrors; values: TypedValues; message?: string }
  /** Refused outright, nothing stored. */
  | { kind: "refused"; status: 400 | 404 | 410 | 429; message: string; retryAfterSeconds?: number };

const refused = (status: 400 | 404 | 410, message: string): SubmissionOutcome => ({ kind: "refused", status, message });

function findPosting(db: Db, slug: string) {
  return db.posting.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      contactEmail: true,
      externalUrl: true,
      blindReview: true,
      status: true,
      publishedAt: true,
      closesAt: true,
      organisation: { select: { name: true } },
    },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Receives one submission of the application form for the posting `slug`. Every check runs
 * on the server whatever the browser did; the application, its CV, its mails and the spent
 * challenge are written in one transaction, or nothing is.
 */
export async function submitApplication(
  slug: string,
  form: FormData,
  options: { maxCvBytes: number; client: string; now?: Date },
): Promise<SubmissionOutcome> {
  const now = options.now ?? new Date();
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot !== "string" || honeypot !== "") {
    return refused(400, "Votre envoi a été refusé : il ressemble à un envoi automatique.");
  }
  const key = form.get("idempotencyKey");
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
    return refused(400, "Ce formulaire est incomplet : rechargez la page de l'offre et recommencez.");
  }

  const db = await getDb();
  const posting = await findPosting(db, slug);
  if (!posting || !isPublic(posting, now)) {
    return refused(404, "Cette offre n'existe pas ou n'est pas publiée : elle ne reçoit pas de candidatures.");
  }
  const earlier = await db.application.findUnique({ where: { idempotencyKey: key }, select: { id: true, postingId: true } });
  if (earlier) {
    if (earlier.postingId !== posting.id) return refused(400, "Ce formulaire a déjà servi pour une autre offre.");
    return { kind: "accepted", applicationId: earlier.id, replay: true, duplicate: false };
  }
  if (!isOpen(posting, now)) {
    return refused(410, "Cette offre est clôturée : elle ne reçoit plus de candidatures.");
  }
  if (posting.externalUrl) {
    return refused(400, "Cette offre reçoit les candidatures sur le site de l'équipe qui recrute.");
  }

  const challenge = await verifyChallenge(form.get("altcha"));
  if (challenge.kind === "invalid") {
    return refused(400, "La vérification anti-robot de cet envoi n'est pas valide : rechargez le formulaire et recommencez.");
  }
  const fields = parseApplicationFields(formFields(form));
  const cv = await checkCv(form.get("cv"), options.maxCvBytes);
  if (!fields.ok || !cv.ok || challenge.kind === "expired") {
    return {
      kind: "corrections",
      postingId: posting.id,
      errors: { ...(fields.ok ? {} : fields.errors), ...(cv.ok ? {} : { cv: cv.error }) },
      values: typedValues(form),
      message:
        challenge.kind === "expired"
          ? "La vérification anti-robot a expiré pendant que vous remplissiez le formulaire : renvoyez-le."
          : undefined,
    };
  }

  const limits = applicationLimits();
  if (challenge.kind === "absent") {
    const verdict = await hit(limits.unverified, options.client);
    if (!verdict.allowed) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      return {
        kind: "refused",
        status: 429,
        retryAfterSeconds: verdict.retryAfterSeconds,
        message: `Trop de candidatures sans vérification anti-robot ont été envoyées depuis votre connexion. Activez JavaScript pour que la vérification se fasse, ou réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
      };
    }
  }
  const acknowledge = (await hit(limits.acknowledgements, fields.fields.email.toLowerCase())).allowed;
  const mailPosting: MailPosting = { ...posting, organisationName: posting.organisation.name };
  try {
    const id = await store(db, {
      key,
      postingId: posting.id,
      posting: mailPosting,
      fields: fields.fields,
      cv: cv.cv,
      challenge,
      acknowledge,
      now,
    });
    return { kind: "accepted", applicationId: id, replay: false, duplicate: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return settleConflict(db, key, posting.id, mailPosting, fields.fields.email, acknowledge);
  }
}

type Write = {
  key: string;
  postingId: string;
  posting: MailPosting;
  fields: ApplicationFields;
  cv: CheckedCv;
  challenge: ChallengeVerdict;
  /** Whether the address may still receive an acknowledgement today (limits.acknowledgements). */
  acknowledge: boolean;
  now: Date;
};

async function store(db: Db, w: Write): Promise<string> {
  const { consent: _consent, poolConsent, ...fields } = w.fields;
  const applicant = { ...fields, needsReview: w.challenge.kind !== "solved" };
  const contact = w.posting.contactEmail;
  const withdrawal = newWithdrawalToken();
  const mails = [
    ...(w.acknowledge ? [acknowledgementMail(w.key, w.posting, applicant, w.now, withdrawalPath(withdrawal.token))] : []),
    ...(contact ? [recruiterNotificationMail(w.key, { ...w.posting, contactEmail: contact }, applicant, w.now)] : []),
  ];
  const application = db.application.create({
    data: {
      ...fields,
      ...applicationIdentityColumns(fields),
      postingId: w.postingId,
      idempotencyKey: w.key,
      consentedAt: w.now,
      poolConsentAt: poolConsent ? w.now : null,
      withdrawalTokenHash: withdrawal.hash,
      needsReview: applicant.needsReview,
      createdAt: w.now,
      statusChangedAt: w.now,
      lastContactAt: w.now,
      cv: { create: { ...w.cv, createdAt: w.now } },
      mails: { create: outboxRows(mails) },
    },
    select: { id: true },
  });
  if (w.challenge.kind !== "solved") return (await application).id;
  // Spent challenges are kept until they expire, when they could no longer be replayed anyway.
  await db.usedChallenge.deleteMany({ where: { expiresAt: { lte: w.now } } });
  const spent = db.usedChallenge.create({ data: { id: w.challenge.id, expiresAt: w.challenge.expiresAt } });
  const [, created] = await db.$transaction([spent, application]);
  return created.id;
}

/**
 * A unique constraint stopped the write: the same submission arrived twice (its key is
 * taken: the first one stands), the address already applied to this posting (the candidate
 * is told by mail), or a solved challenge was sent again (refused).
 */
async function settleConflict(
  db: Db,
  key: string,
  postingId: string,
  posting: MailPosting,
  email: string,
  acknowledge: boolean,
): Promise<SubmissionOutcome> {
  const same = await db.application.findUnique({ where: { idempotencyKey: key }, select: { id: true } });
  if (same) return { kind: "accepted", applicationId: same.id, replay: true, duplicate: false };
  const first = await db.application.findUnique({
    where: { postingId_email: { postingId, email } },
    select: { id: true },
  });
  if (first) {
    if (acknowledge) await enqueueMail(db, alreadyAppliedMail(key, posting, email), first.id);
    return { kind: "accepted", applicationId: first.id, replay: false, duplicate: true };
  }
  return refused(400, "Cette vérification anti-robot a déjà servi : rechargez le formulaire et recommencez.");
}
