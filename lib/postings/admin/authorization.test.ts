// The authorization matrix of every admin data function × every kind of caller, on both
// backends. A disabled user's session resolves to no actor at all (lib/auth/sessions.ts).
import { describe, expect, it } from "vitest";
import { Forbidden, type Actor } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/audit/queries";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf, PEOPLE, type Cast, type Person } from "@/lib/test/people";
import { createUserAsAdmin, listUsers, setUserDisabled } from "@/lib/users/admin";
import { changePostingStatus, createPosting, deleteDraft, duplicatePosting, updatePosting } from "./commands";
import { dashboardCounts, getAdminPosting, listAdminPostings, writableOrganisations } from "./queries";
import { postingFormSchema } from "./schema";

type Case = (actor: Actor | null, cast: Cast, db: Db) => Promise<unknown>;

const input = (organisationId: string, slug: string) =>
  postingFormSchema.parse({
    title: "Chargée de déploiement", slug, organisationId, roles: "", team: "", contractType: "", contractDetail: "", duration: "",
    startDate: "", startDateText: "", location: "", remotePolicy: "", remoteDetail: "", pay: "", contactEmail: "", externalUrl: "",
    juniorsWelcome: "", domains: [], technologies: "", opensAt: "", publishedAt: "", closesAt: "", body: "Une mission au service des usagers.",
  });

async function draftOf(db: Db, organisationId: string, slug = "brouillon-a"): Promise<string> {
  const posting = await db.posting.create({ data: { slug, title: "Brouillon", body: "Texte", organisationId } });
  return posting.id;
}

async function publishedOf(db: Db, organisationId: string): Promise<string> {
  const posting = await db.posting.create({ data: { slug: "publiee-a", title: "Publiée", body: "Texte", organisationId, status: "PUBLISHED", publishedAt: new Date() } });
  return posting.id;
}

/** Succeeds when the caller was allowed; a read answering null or nothing counts as denied. */
const CASES: Record<string, [Case, readonly Person[]]> = {
  "créer une offre": [(a, c) => createPosting(a, input(c.orgA, "nouvelle")), ["recruiter", "admin"]],
  "modifier une offre": [async (a, c, db) => updatePosting(a, await draftOf(db, c.orgA), 1, input(c.orgA, "brouillon-a")), ["recruiter", "admin"]],
  "publier": [async (a, c, db) => changePostingStatus(a, await draftOf(db, c.orgA), 1, "publish"), ["recruiter", "admin"]],
  "clôturer": [async (a, c, db) => changePostingStatus(a, await publishedOf(db, c.orgA), 1, "close"), ["recruiter", "admin"]],
  "marquer pourvue": [async (a, c, db) => changePostingStatus(a, await publishedOf(db, c.orgA), 1, "fill"), ["recruiter", "admin"]],
  "dupliquer": [async (a, c, db) => duplicatePosting(a, await draftOf(db, c.orgA)), ["recruiter", "admin"]],
  "supprimer un brouillon": [async (a, c, db) => deleteDraft(a, await draftOf(db, c.orgA), 1), ["recruiter", "admin"]],
  "lire une offre": [async (a, c, db) => getAdminPosting(a, await draftOf(db, c.orgA)), ["reader", "recruiter", "admin"]],
  "lister les offres": [async (a, c, db) => (await draftOf(db, c.orgA), (await listAdminPostings(a)).items[0]), ["reader", "recruiter", "admin"]],
  "tableau de bord": [(a) => dashboardCounts(a), ["reader", "recruiter", "otherRecruiter", "admin"]],
  "organisations où publier": [async (a, c) => (await writableOrganisations(a)).find((o) => o.id === c.orgA), ["recruiter", "admin"]],
  "lister les utilisateurs": [(a) => listUsers(a), ["admin"]],
  "créer un utilisateur": [(a, c) => createUserAsAdmin(a, { email: "nouveau@a.gouv.fr", name: "Nouveau", role: "recruiter", organisationIds: [c.orgA] }), ["admin"]],
  "désactiver un utilisateur": [(a, c) => setUserDisabled(a, c.userIds.reader!, true), ["admin"]],
  "lire le journal": [(a) => listAuditEvents(a, {}), ["admin"]],
};

async function outcome(run: () => Promise<unknown>): Promise<"allowed" | "denied"> {
  try {
    const result = await run();
    if (result === null || result === undefined) return "denied";
    if (typeof result === "object" && "ok" in result && result.ok === false) throw new Error(`refus inattendu : ${JSON.stringify(result)}`);
    return "allowed";
  } catch (error) {
    if (error instanceof Forbidden) return "denied";
    throw error;
  }
}

describe.each(BACKENDS)("authorization matrix on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  for (const [name, [run, allowed]] of Object.entries(CASES)) {
    it(`« ${name} » : permis à ${allowed.join(", ")} seulement`, async () => {
      const cast = await castOf(t.db);
      const seen: Record<string, string> = {};
      for (const person of PEOPLE) {
        // Each caller acts on fresh data: one person's write does not change the next one's case.
        await t.db.posting.deleteMany();
        seen[person] = await outcome(() => run(cast.actors[person], cast, t.db));
        await t.db.user.updateMany({ where: { email: "nouveau@a.gouv.fr" }, data: { email: `nouveau-${person}@a.gouv.fr` } });
        await t.db.user.updateMany({ where: { id: cast.userIds.reader }, data: { disabledAt: null } });
      }
      const expected = Object.fromEntries(PEOPLE.map((p) => [p, allowed.includes(p) ? "allowed" : "denied"]));
      expect(seen).toEqual(expected);
    });
  }
});
