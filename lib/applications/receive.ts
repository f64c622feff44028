import "server-only";
import { env } from "@/lib/config/env";
import { isStorageFull } from "@/lib/db/errors";
import { logUnexpected } from "@/lib/log/unexpected";
import { clientAddress } from "@/lib/http/client-address";
import { check, hit, type RateLimitVerdict } from "@/lib/rate-limit/rate-limit";
import { applicationLimits } from "./limits";
import { formatFileSize } from "./cv";
import { sendQueuedMailSoon } from "@/lib/mail/delivery";
import { applicationFormPath, applicationSentPath } from "@/lib/urls/public";
import { refusalPage } from "./refusal-page";
import { deleteRetry, saveRetry } from "./retry";
import { submitApplication } from "./submit";

// Room for the typed fields and the multipart framing around the CV.
export const FIELDS_ALLOWANCE_BYTES = 256 * 1024;

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

function refusal(status: number, message: string, slug: string, headers: Record<string, string> = {}): Response {
  const back =
    status === 404 || status === 410
      ? { href: "/", label: "Voir les offres ouvertes" }
      : { href: applicationFormPath(slug), label: "Revenir au formulaire de candidature" };
  return new Response(refusalPage(status, message, back), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

class TooLarge extends Error {}

/** The request's form, read without ever holding more than `limit` bytes of body. */
async function readForm(request: Request, limit: number): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type) || !request.body) return null;
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(new TooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "Content-Type": type } }).formData();
  } catch (error) {
    if (error instanceof TooLarge || received > limit) throw new TooLarge();
    return null;
  }
}

/**
 * POST /offres/<slug>/candidater/envoi: the application form, sent by a browser with or
 * without JavaScript, or forged by hand. Answers 303 to the confirmation (stored) or back to
 * the form with its errors (nothing stored), or a French page with 400, 404, 410, 413 or 429,
 * or 500 and 503 when the write itself failed, a full disk above all (nothing stored).
 */
export async function receiveApplication(request: Request, slug: string): Promise<Response> {
  const config = env();
  const limit = config.CV_MAX_BYTES + FIELDS_ALLOWANCE_BYTES;
  const tooLarge = () =>
    refusal(413, `L'envoi dépasse la taille permise : le CV peut peser au plus ${formatFileSize(config.CV_MAX_BYTES)}.`, slug);
  if (Number(request.headers.get("content-length") ?? 0) > limit) return tooLarge();

  // Every submission counts on the generous limit; only stored ones on the candidate's quota
  // (counted once stored, below), so that a form sent back for corrections costs none of it.
  const limits = applicationLimits();
  const client = clientAddress(request.headers);
  const tooMany = (verdict: RateLimitVerdict) => {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    return refusal(
      429,
      `Trop de candidatures ont été envoyées depuis votre connexion. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
      slug,
      { "Retry-After": String(verdict.retryAfterSeconds) },
    );
  };
  const attempt = await hit(limits.attempts, client);
  if (!attempt.allowed) return tooMany(attempt);
  const quota = await check(limits.stored, client);
  if (!quota.allowed) return tooMany(quota);

  let form: FormData | null;
  try {
    form = await readForm(request, limit);
  } catch {
    return tooLarge();
  }
  if (!form) return refusal(400, "Cet envoi n'est pas un formulaire de candidature lisible.", slug);

  let outcome: Awaited<ReturnType<typeof submitApplication>>;
  try {
    outcome = await submitApplication(slug, form, { maxCvBytes: config.CV_MAX_BYTES, client });
  } catch (error) {
    // The write is one transaction: when it fails, nothing of the application was stored.
    await logUnexpected(
      error,
      isStorageFull(error) ? "candidature : plus de place pour l'enregistrer" : "candidature : échec inattendu de l'enregistrement",
    );
    return isStorageFull(error)
      ? refusal(
          503,
          "Le service manque momentanément de place pour enregistrer les candidatures. Renvoyez la vôtre dans quelques heures : l'équipe technique est prévenue.",
          slug,
          { "Retry-After": "3600" },
        )
      : refusal(500, "Une erreur inattendue a empêché l'enregistrement de votre candidature. Renvoyez-la dans quelques minutes.", slug);
  }
  switch (outcome.kind) {
    case "accepted":
      if (!outcome.replay) await hit(limits.stored, client);
      await deleteRetry(form.get("retry"));
      sendQueuedMailSoon();
      return seeOther(applicationSentPath(slug));
    case "corrections": {
      const { errors, values, message } = outcome;
      const token = await saveRetry(outcome.postingId, { errors, values, message });
      return seeOther(`${applicationFormPath(slug, token)}#erreurs`);
    }
    case "refused":
      return refusal(
        outcome.status,
        outcome.message,
        slug,
        outcome.retryAfterSeconds ? { "Retry-After": String(outcome.retryAfterSeconds) } : {},
      );
  }
}
