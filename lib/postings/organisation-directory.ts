import "server-only";
import type { Db } from "@/lib/db/client";
import type { OrganisationKind } from "@/lib/db/models";

export type OrganisationSummary = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  parent: { slug: string; name: string; kind: OrganisationKind } | null;
};

/** How long a process trusts its copy of the organisations; a name change shows within this delay. */
const MAX_AGE_MS = 60_000;

let directory: { db: Db; loadedAt: number; byId: Map<string, OrganisationSummary> } | undefined;

async function load(db: Db): Promise<Map<string, OrganisationSummary>> {
  const organisations = await db.organisation.findMany({
    select: { id: true, slug: true, name: true, kind: true, parent: { select: { slug: true, name: true, kind: true } } },
  });
  return new Map(organisations.map(({ id, ...organisation }) => [id, organisation]));
}

/**
 * The organisations (with their parent) of the given ids, from a copy kept by the process:
 * every list of postings needs them, and loading them with each list cost two queries per
 * request. There are a few hundred organisations at most, and they change rarely; an id the
 * copy does not know (an organisation created since) reloads it at once.
 */
export async function organisationsById(db: Db, ids: readonly string[]): Promise<Map<string, OrganisationSummary>> {
  const fresh = directory && directory.db === db && Date.now() - directory.loadedAt < MAX_AGE_MS;
  if (!fresh || ids.some((id) => !directory!.byId.has(id))) {
    directory = { db, loadedAt: Date.now(), byId: await load(db) };
  }
  return directory!.byId;
}
