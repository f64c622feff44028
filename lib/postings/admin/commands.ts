// Writes on postings from the admin area. Each one checks the actor's rights on the
// posting's organisation, runs in one transaction with its audit event, and refuses a
// write based on a stale version (optimistic locking on Posting.version).
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult, type Failure } from "@/lib/admin/command";
import { type AuditEntry, diff, recordAudit } from "@/lib/audit/record";
import { assertCan, can, Forbidden, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/models";
import { placesOfRows, writePostingPlaces } from "@/lib/postings/places";
import { postingSearchColumns } from "@/lib/postings/search/text";
import { flatten, loadEditable, type EditablePosting } from "./load";
import { choicesFieldText, readPlacesField } from "./places";
import type { PostingInput } from "./schema";

type Tx = Prisma.TransactionClient;

const NOT_FOUND = failure("not_found", "Cette offre n'existe pas ou plus.");
const CONFLICT = failure(
  "conflict",
  "Cette offre a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Rechargez la page pour voir sa dernière version : vos changements n'ont pas été enregistrés.",
);

const inTransaction = inCommandTransaction;

function slugTaken(slug: string): Failure {
  return failure("invalid", `L'adresse « ${slug} » est déjà celle d'une autre offre : choisissez-en une autre.`, "slug");
}

type SearchSource = Pick<PostingInput, "title" | "roles" | "team" | "body" | "location" | "technologies" | "organisationId">;

/** The normalised search columns, which every write of a posting's text keeps in step. */
async function searchColumns(tx: Tx, posting: SearchSource) {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: posting.organisationId },
    select: { name: true, parent: { select: { name: true } } },
  });
  return postingSearchColumns({
    title: posting.title,
    roles: posting.roles ?? null,
    team: posting.team ?? null,
    body: posting.body,
    location: posting.location ?? null,
    technologies: posting.technologies,
    organisation,
  });
}

async function columns(tx: Tx, input: PostingInput) {
  const { domains: _d, technologies: _t, places: _p, contacts, ...fields } = input;
  return { ...fields, contacts: JSON.stringify(contacts), ...(await searchColumns(tx, input)) };
}

/**
 * The communes of the "Communes" field, resolved before anything is written: an ambiguous or
 * unknown name refuses the whole save, with its message next to the field. The input comes
 * back with the field as it will read once saved, for the journal.
 */
function withPlaces(input: PostingInput) {
  const field = readPlacesField(input.places, input.location);
  if (!field.ok) throw new Abort(failure("invalid", field.message, "places"));
  return { input: { ...input, places: choicesFieldText(field.places) }, places: field.places };
}

async function writeLists(tx: Tx, postingId: string, { input, places }: ReturnType<typeof withPlaces>) {
  await tx.postingDomain.deleteMany({ where: { postingId } });
  await tx.postingTechnology.deleteMany({ where: { postingId } });
  await tx.postingDomain.createMany({ data: input.domains.map((domain) => ({ postingId, domain })) });
  await tx.postingTechnology.createMany({ data: input.technologies.map((name) => ({ postingId, name })) });
  await writePostingPlaces(tx, postingId, places);
}

/** The actor, once checked to be allowed to write the offers of `organisationId`. */
/** The audit event of a change to one offer, written in the change's transaction. */
export function auditPosting(
  tx: Tx,
  action: AuditEntry["action"],
  who: Pick<AuditEntry, "actor" | "origin">,
  posting: { id: string; title: string; organisationId: string },
  changes: AuditEntry["changes"],
): Promise<void> {
  const subject = { type: "posting" as const, id: posting.id, label: posting.title };
  return recordAudit(tx, { action, ...who, subject, organisationId: posting.organisationId, changes });
}

function writer(actor: Actor | null, organisationId: string): Actor {
  assertCan(actor, "postings:write", organisationId);
  return actor;
}

/**
 * Loads the posting and checks the actor may write it. An offer of an organisation the actor
 * cannot see answers as one that does not exist; a reader of its organisation is refused.
 */
export async function writable(tx: Tx, actor: Actor | null, id: string): Promise<{ before: EditablePosting; by: Actor }> {
  // Nobody learns whether an id exists before their rights are known.
  assertCan(actor, "postings:write");
  const before = await loadEditable(tx, id);
  if (!before || !can(actor, "postings:read", before.organisationId)) throw new Abort(NOT_FOUND);
  if (!can(actor, "postings:write", before.organisationId)) throw new Forbidden();
  return { before, by: actor };
}

/** Bumps the version if it is still `version`; aborts with a conflict otherwise. */
export async function claimVersion(tx: Tx, id: string, version: number, data: Prisma.PostingUncheckedUpdateManyInput) {
  const { count } = await tx.posting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new Abort(CONFLICT);
}

async function isSlugFree(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
  const existing = await tx.posting.findUnique({ where: { slug }, select: { id: true } });
  return !existing || existing.id === exceptId;
}

const isPublicStatus = (p: { status: string }) => p.status !== "DRAFT";

/** A new draft. */
export async function createPosting(
  { actor, origin }: CommandContext,
  typed: PostingInput,
): Promise<CommandResult<{ id: string; slug: string }>> {
  const by = writer(actor, typed.organisationId);
  return inTransaction(async (tx) => {
    const resolved = withPlaces(typed);
    const { input } = resolved;
    if (!(await isSlugFree(tx, input.slug))) throw new Abort(slugTaken(input.slug));
    const created = await tx.posting.create({ data: { ...(await columns(tx, input)), status: "DRAFT" }, select: { id: true, slug: true } });
    await writeLists(tx, created.id, resolved);
    await auditPosting(tx, "posting.create", { actor: by, origin }, { ...input, id: created.id }, { après: input });
    return { ok: true as const, ...created };
  });
}

/** Saves an edit made on `version`; refused when someone saved in between. */
export async function updatePosting(
  { actor, origin }: CommandContext,
  id: string,
  version: number,
  typed: PostingInput,
): Promise<CommandResult<{ slug: string }>> {
  return inTransaction(async (tx) => {
    const { before, by } = await writable(tx, actor, id);
    // Moving an offer to another organisation needs the right to write there too.
    writer(actor, typed.organisationId);
    const resolved = withPlaces(typed);
    const { input } = resolved;
    if (input.slug !== before.slug && !(await isSlugFree(tx, input.slug, id))) throw new Abort(slugTaken(input.slug));
    await claimVersion(tx, id, version, await columns(tx, input));
    await writeLists(tx, id, resolved);
    const changes = diff(flatten(before), input);
    await auditPosting(tx, "posting.update", { actor: by, origin }, { ...input, id }, changes);
    const postings = isPublicStatus(before) ? [...new Set([before.slug, input.slug])] : [];
    return { ok: true as const, changed: { postings }, slug: input.slug };
  });
}

export type Transition = "publish" | "close" | "fill" | "reopen";

const ALLOWED_FROM: Record<Transition, readonly string[]> = {
  publish: ["DRAFT"],
  close: ["PUBLISHED"],
  fill: ["PUBLISHED", "CLOSED"],
  reopen: ["CLOSED"],
};

const INVALID_STATE: Record<Transition, string> = {
  publish: "Seul un brouillon peut être publié.",
  close: "Seule une offre publiée peut être clôturée.",
  fill: "Seule une offre publiée ou clôturée peut être marquée pourvue.",
  reopen: "Seule une offre clôturée peut être rouverte.",
};

function transitionData(posting: EditablePosting, transition: Transition, now: Date): Prisma.PostingUncheckedUpdateManyInput {
  switch (transition) {
    case "publish":
      // A publication date still to come schedules the offer; otherwise it goes online now.
      return { status: "PUBLISHED", publishedAt: posting.publishedAt && posting.publishedAt > now ? posting.publishedAt : now };
    case "close":
      return { status: "CLOSED", closedAt: now };
    case "fill":
      return { status: "CLOSED", filledAt: now, closedAt: posting.closedAt ?? now };
    case "reopen":
      // A closing date already past would close it again at once: reopening forgets it.
      return {
        status: "PUBLISHED",
        closedAt: null,
        filledAt: null,
        closesAt: posting.closesAt && posting.closesAt > now ? posting.closesAt : null,
      };
  }
}

/** Publish (now or at its scheduled date), close, mark filled or reopen an offer seen at `version`. */
export async function changePostingStatus(
  { actor, origin }: CommandContext,
  id: string,
  version: number,
  transition: Transition,
  now = new Date(),
): Promise<CommandResult<{ slug: string; scheduled: boolean }>> {
  return inTransaction(async (tx) => {
    const { before, by } = await writable(tx, actor, id);
    if (before.version !== version) throw new Abort(CONFLICT);
    if (!ALLOWED_FROM[transition].includes(before.status)) {
      throw new Abort(failure("conflict", INVALID_STATE[transition]));
    }
    const data = transitionData(before, transition, now);
    await claimVersion(tx, id, version, data);
    const scheduled = transition === "publish" && data.publishedAt instanceof Date && data.publishedAt > now;
    const changes = diff(flatten(before) as Record<string, unknown>, data as Record<string, unknown>);
    await auditPosting(tx, scheduled ? "posting.schedule" : `posting.${transition}`, { actor: by, origin }, before, changes);
    return { ok: true as const, changed: { postings: [before.slug] }, slug: before.slug, scheduled };
  });
}

/** The first free slug among `slug-copie`, `slug-copie-2`… */
async function copySlug(tx: Tx, slug: string): Promise<string> {
  const base = `${slug.slice(0, 70)}-copie`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (await isSlugFree(tx, candidate)) return candidate;
  }
}

/** A new draft with the offer's content, to publish a similar one. */
export async function duplicatePosting(
  { actor, origin }: CommandContext,
  id: string,
): Promise<CommandResult<{ id: string; slug: string }>> {
  return inTransaction(async (tx) => {
    const { before: source, by } = await writable(tx, actor, id);
    const {
      id: _id,
      version: _v,
      domains,
      technologies,
      places,
      status: _s,
      publishedAt: _p,
      closedAt: _c,
      filledAt: _f,
      closesAt: _e,
      ...fields
    } = source;
    const slug = await copySlug(tx, source.slug);
    const created = await tx.posting.create({
      data: {
        ...fields,
        ...(await searchColumns(tx, { ...source, technologies: technologies.map((t) => t.name) })),
        slug,
        status: "DRAFT",
        domains: { create: domains },
        technologies: { create: technologies },
      },
      select: { id: true, slug: true },
    });
    await writePostingPlaces(tx, created.id, placesOfRows(places));
    await auditPosting(tx, "posting.duplicate", { actor: by, origin }, { ...source, id: created.id }, { copiée_de: source.slug });
    return { ok: true as const, ...created };
  });
}

/** Deletes a draft; an offer that has been public stays, to be closed instead. */
export async function deleteDraft({ actor, origin }: CommandContext, id: string, version: number): Promise<CommandResult> {
  return inTransaction(async (tx) => {
    const { before, by } = await writable(tx, actor, id);
    if (before.status !== "DRAFT") {
      throw new Abort(failure("conflict", "Seul un brouillon peut être supprimé ; clôturez plutôt cette offre."));
    }
    const { count } = await tx.posting.deleteMany({ where: { id, version } });
    if (count !== 1) throw new Abort(CONFLICT);
    await auditPosting(tx, "posting.delete", { actor: by, origin }, before, { avant: flatten(before) });
    return { ok: true as const };
  });
}
