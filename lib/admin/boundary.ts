import "server-only";
// The one door of the back office (docs/decisions/0013-one-door-into-the-back-office.md):
// every admin server action and private route handler goes through one of these wrappers.
// They read the signed-in person once, note where the request came from, parse the input
// with the command's schema, turn expected refusals into one answer, log what nobody
// expected with the request's id, and refresh what the command says changed. Rights stay
// with the commands and queries, which ask lib/auth/permissions.ts themselves.
import { headers } from "next/headers";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current";
import { Forbidden, secondFactorPending } from "@/lib/auth/permissions";
import { requestOriginOf, type RequestOrigin } from "@/lib/http/request-origin";
import { logUnexpected } from "@/lib/log/unexpected";
import { revalidatePublicPostings } from "@/lib/postings/revalidate";
import { fieldErrors } from "@/lib/validation/field-errors";
import type { CommandContext, CommandResult, Failure } from "./command";
import type { FormState } from "./form-state";

export const SESSION_EXPIRED = "Votre session a expiré : reconnectez-vous, puis recommencez.";
export const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";
export const UNEXPECTED = "Une erreur inattendue a empêché l'enregistrement. Réessayez ; si elle persiste, prévenez l'équipe technique.";
const NOT_FOUND_PAGE = "Cette page n'existe pas ou vous n'y avez pas accès.";
export const SECOND_FACTOR_FIRST = "Votre rôle exige la double authentification : configurez-la dans « Mon compte », puis recommencez.";

type Success<C> = Extract<C, { ok: true }>;

export type AdminCommand<S extends z.ZodType, C extends CommandResult<object>> = {
  /** What the command does, in French, for the error log ("modification d'offre"). */
  name: string;
  schema: S;
  /** The raw input the schema parses, read from the submitted form. */
  read: (form: FormData) => Record<string, unknown>;
  /** What of the raw input the form shows again after a refusal (default: all of it; never files). */
  shown?: (values: Record<string, unknown>) => Record<string, unknown>;
  run: (context: CommandContext, input: z.output<S>) => Promise<C>;
  /**
   * Whether a pending session may run it (lib/auth/permissions.ts, secondFactorPending): only
   * the steps of enrolling do. Every other command is refused before it runs.
   */
  whilePending?: boolean;
};

/** How a refused or failed command is answered, before any page is refreshed. */
export type Refusal = { kind: "session" | "invalid" | "unexpected" | Failure["error"]; message: string; errors: FormState["errors"] };

export type Outcome<S extends z.ZodType, C> =
  | { ok: true; result: Success<C>; input: z.output<S>; values: Record<string, unknown> }
  | { ok: false; refusal: Refusal; values: Record<string, unknown> };

/** The origin of the request a server action runs in. */
async function actionOrigin(): Promise<RequestOrigin> {
  return requestOriginOf(await headers());
}

const logFailure = (error: unknown, name: string, origin: RequestOrigin) =>
  logUnexpected(error, `admin : ${name} a échoué`, { requestId: origin.requestId, action: name });

/**
 * Runs one admin command for a server action: the core both wrappers below share. Never
 * throws for an expected refusal; never shows a stack trace.
 */
export async function runAdminCommand<S extends z.ZodType, C extends CommandResult<object>>(
  command: AdminCommand<S, C>,
  form: FormData,
): Promise<Outcome<S, C>> {
  const raw = command.read(form);
  const values = command.shown ? command.shown(raw) : raw;
  const origin = await actionOrigin();
  const actor = await currentActor();
  if (!actor) return { ok: false, values, refusal: { kind: "session", message: SESSION_EXPIRED, errors: {} } };
  if (!command.whilePending && secondFactorPending(actor)) {
    return { ok: false, values, refusal: { kind: "forbidden", message: SECOND_FACTOR_FIRST, errors: {} } };
  }
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, values, refusal: { kind: "invalid", message: INVALID_FORM, errors: fieldErrors(parsed.error) } };
  let result: C;
  try {
    result = await command.run({ actor, origin }, parsed.data);
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, values, refusal: { kind: "forbidden", message: error.message, errors: {} } };
    await logFailure(error, command.name, origin);
    return { ok: false, values, refusal: { kind: "unexpected", message: UNEXPECTED, errors: {} } };
  }
  if (!result.ok) {
    const errors = result.field ? { [result.field]: [result.message] } : {};
    return { ok: false, values, refusal: { kind: result.error, message: result.message, errors } };
  }
  const success = result as Success<C>;
  if (success.changed?.postings) revalidatePublicPostings(success.changed.postings);
  // The page the form sits on is read again: its forms then carry the new versions.
  refresh();
  return { ok: true, result: success, input: parsed.data, values };
}

/** What a form shows after success: a message and data, or another page. */
export type AfterSuccess<D> = { message: string; data?: D } | { redirect: string };

/**
 * A server action for a form read with useActionState. `done` says what the person sees
 * once the command succeeded; redirect() runs here, outside any try.
 */
export async function adminFormAction<S extends z.ZodType, C extends CommandResult<object>, D = null>(
  command: AdminCommand<S, C> & { done: (result: Success<C>, input: z.output<S>) => AfterSuccess<D> },
  previous: FormState<D>,
  form: FormData,
): Promise<FormState<D>> {
  const outcome = await runAdminCommand(command, form);
  const submission = previous.submission + 1;
  if (!outcome.ok) {
    const { message, errors } = outcome.refusal;
    return { errors, message, severity: "error", values: outcome.values, data: null, submission };
  }
  const after = command.done(outcome.result, outcome.input);
  if ("redirect" in after) redirect(after.redirect);
  return { errors: {}, message: after.message, severity: "success", values: null, data: after.data ?? null, submission };
}

type RouteHandler<P> = (
  context: CommandContext & { actor: NonNullable<CommandContext["actor"]> },
  request: Request,
  params: P,
) => Promise<Response>;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * A private route handler (downloads). Someone signed out, or refused, gets the answer of a
 * page that does not exist: nobody learns whether the row exists.
 */
export function adminRoute<P = Record<string, never>>(name: string, handler: RouteHandler<P>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const origin = requestOriginOf(request.headers);
    const actor = await currentActor();
    if (!actor) return plain(404, NOT_FOUND_PAGE);
    // Refused before any row is read: nothing to hide, so the person is told what to do.
    if (secondFactorPending(actor)) return plain(403, SECOND_FACTOR_FIRST);
    try {
      return await handler({ actor, origin }, request, await segment.params);
    } catch (error) {
      if (error instanceof Forbidden) return plain(404, NOT_FOUND_PAGE);
      await logFailure(error, name, origin);
      return plain(500, "Une erreur inattendue a empêché le téléchargement. Réessayez ; si elle persiste, prévenez l'équipe technique.");
    }
  };
}
