// The authorization matrix of every admin data function and server action of offers, users
// and the journal × every kind of caller, on both backends. A disabled user's session
// resolves to no actor at all (lib/auth/sessions.ts). Actions run through the boundary as a
// request would: a refusal there is a form state with an error.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/audit/queries";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf, PEOPLE, type Cast, type Person } from "@/lib/test/people";
import { listUsers } from "@/lib/users/admin";
import { invitePerson } from "@/lib/users/invitations";
import { setUserDisabled } from "@/lib/users/members";
import { changePostingStatus, createPosting, deleteDraft, duplicatePosting, updatePosting } from "./commands";
import { dashboardCounts, getAdminPosting, listAdminPostings, writableOrganisations } from "./queries";
import { postingFormSchema } from "./schema";
import { acting } from "@/lib/test/acting";
import { accessOutcome, viaAction } from "@/lib/test/matrix";
import { as, formOf } from "@/lib/test/admin-request";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { inviteAction, setUserDisabledAction } from "@/lib/users/actions";
import { changeStatusAction, deleteDraftAction, duplicatePostingAction, savePostingAction, setBlindReviewAction } from "./actions";
import { setBlindReview } from "./blind-review";
import { importPostingsAction } from "./import-action";

vi.mock("@/lib/auth/current", async () => (await import("@/lib/test/admin-request")).currentModule);
vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/test/admin-request")).cacheModule);
vi.mock("next/navigation", async () => (await import("@/lib/test/admin-request")).navigationModule);

type Case = (actor: Actor | null, cast: Cast, db: Db) => Promise<unknown>;

const input = (organisationId: string, slug: string) =>
  postingFormSchema.parse({
    title: "Chargée de déploiement",
    slug,
    organisationId,
    roles: "",
    team: "",
    contractType: "",
    contractDetail: "",
    duration: "",
    startDate: "",
    startDateText: "",
    location: "",
    remotePolicy: "",
    remoteDetail: "",
    pay: "",
    contactEmail: "",
    externalUrl: "",
    juniorsWelcome: "",
    domains: [],
    technologies: "",
    opensAt: "",
    publishedAt: "",
    closesAt: "",
    body: "Une mission au service des usagers.",
  });

async function draftOf(db: Db, organisationId: string, slug = "brouillon-a"): Promise<string> {
  const posting = await db.posting.create({ data: { slug, title: "Brouillon", body: "Texte", organisationId } });
  return posting.id;
}

async function publishedOf(db: Db, organisationId: string): Promise<string> {
  const posting = await db.posting.create({
    data: { slug: "publiee-a", title: "Publiée", body: "Texte", organisationId, status: "PUBLISHED", publishedAt: new Date() },
  });
  return posting.id;
}

/** The edit form's fields, as the browser sends them. */
const postingForm = (organisationId: string, slug: string, target: { id: string; version: number } | null = null) =>
  formOf({
    title: "Chargée de déploiement",
    slug,
    organisationId,
    body: "Une mission au service des usagers.",
    ...(target ? { id: target.id, version: String(target.version) } : {}),
  });

const markdown = (name: string) =>
  new File([`---\ntitle: Offre importée\nequipe: Équipe A\ncontrat: CDD\nopen: true\n---\n\nConcevoir avec les usagers.\n`], name, {
    type: "text/markdown",
  });

/** Succeeds when the caller was allowed; a read answering null or nothing counts as denied. */
const CASES: Record<string, [Case, readonly Person[]]> = {
  "créer une offre": [(a, c) => createPosting(acting(a), input(c.orgA, "nouvelle")), ["recruiter", "admin"]],
  "modifier une offre": [
    async (a, c, db) => updatePosting(acting(a), await draftOf(db, c.orgA), 1, input(c.orgA, "brouillon-a")),
    ["recruiter", "admin"],
  ],
  publier: [async (a, c, db) => changePostingStatus(acting(a), await draftOf(db, c.orgA), 1, "publish"), ["recruiter", "admin"]],
  clôturer: [async (a, c, db) => changePostingStatus(acting(a), await publishedOf(db, c.orgA), 1, "close"), ["recruiter", "admin"]],
  "marquer pourvue": [async (a, c, db) => changePostingStatus(acting(a), await publishedOf(db, c.orgA), 1, "fill"), ["recruiter", "admin"]],
  dupliquer: [async (a, c, db) => duplicatePosting(acting(a), await draftOf(db, c.orgA)), ["recruiter", "admin"]],
  "supprimer un brouillon": [async (a, c, db) => deleteDraft(acting(a), await draftOf(db, c.orgA), 1), ["recruiter", "admin"]],
  "lire une offre": [async (a, c, db) => getAdminPosting(a, await draftOf(db, c.orgA)), ["reader", "recruiter", "admin"]],
  "lister les offres": [
    async (a, c, db) => {
      await draftOf(db, c.orgA);
      return (await listAdminPostings(a)).items[0];
    },
    ["reader", "recruiter", "admin"],
  ],
  "tableau de bord": [(a) => dashboardCounts(a), ["reader", "recruiter", "otherRecruiter", "admin"]],
  "organisations où publier": [async (a, c) => (await writableOrganisations(a)).find((o) => o.id === c.orgA), ["recruiter", "admin"]],
  "lister les utilisateurs": [(a) => listUsers(a), ["admin"]],
  "inviter une personne": [
    (a, c) =>
      invitePerson(acting(a), {
        email: "nouveau@a.gouv.fr",
        name: "Nouveau",
        admin: false,
        memberships: [{ organisationId: c.orgA, role: "RECRUITER" }],
      }),
    ["admin"],
  ],
  "désactiver un utilisateur": [(a, c) => setUserDisabled(acting(a), c.userIds.reader!, true), ["admin"]],
  "lire le journal": [(a) => listAuditEvents(a, {}), ["admin"]],
  "action : créer une offre": [
    (a, c) => viaAction(a, () => savePostingAction(INITIAL_FORM_STATE, postingForm(c.orgA, "nouvelle"))),
    ["recruiter", "admin"],
  ],
  "action : modifier une offre": [
    async (a, c, db) => {
      const id = await draftOf(db, c.orgA);
      return viaAction(a, () => savePostingAction(INITIAL_FORM_STATE, postingForm(c.orgA, "brouillon-a", { id, version: 1 })));
    },
    ["recruiter", "admin"],
  ],
  "action : publier": [
    async (a, c, db) => {
      const id = await draftOf(db, c.orgA);
      return viaAction(a, () => changeStatusAction(INITIAL_FORM_STATE, formOf({ id, version: "1", transition: "publish" })));
    },
    ["recruiter", "admin"],
  ],
  "lecture à l'aveugle": [async (a, c, db) => setBlindReview(acting(a), await publishedOf(db, c.orgA), 1, true), ["recruiter", "admin"]],
  "action : lecture à l'aveugle": [
    async (a, c, db) => {
      const id = await publishedOf(db, c.orgA);
      return viaAction(a, () => setBlindReviewAction(INITIAL_FORM_STATE, formOf({ id, version: "1", blindReview: "on" })));
    },
    ["recruiter", "admin"],
  ],
  "action : dupliquer": [
    async (a, c, db) => {
      const id = await draftOf(db, c.orgA);
      return viaAction(a, () => duplicatePostingAction(INITIAL_FORM_STATE, formOf({ id, version: "1" })));
    },
    ["recruiter", "admin"],
  ],
  "action : supprimer un brouillon": [
    async (a, c, db) => {
      const id = await draftOf(db, c.orgA);
      return viaAction(a, () => deleteDraftAction(INITIAL_FORM_STATE, formOf({ id, version: "1" })));
    },
    ["recruiter", "admin"],
  ],
  "action : importer": [
    async (a, c) => {
      const state = await as(a, () =>
        importPostingsAction(INITIAL_FORM_STATE, formOf({ files: markdown("offre.md"), organisationId: c.orgA })),
      );
      return state.data?.some((report) => report.outcome === "created") ? state : null;
    },
    ["recruiter", "admin"],
  ],
  "action : inviter une personne": [
    (a, c) =>
      viaAction(a, () =>
        inviteAction(
          INITIAL_FORM_STATE,
          formOf({ email: "nouvelle@a.gouv.fr", name: "Nouvelle", "organisation-0": c.orgA, "role-0": "RECRUITER" }),
        ),
      ),
    ["admin"],
  ],
  "action : désactiver un utilisateur": [
    (a, c) => viaAction(a, () => setUserDisabledAction(INITIAL_FORM_STATE, formOf({ userId: c.userIds.reader!, disabled: "true" }))),
    ["admin"],
  ],
};

describe.each(BACKENDS)("authorization matrix on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  for (const [name, [run, allowed]] of Object.entries(CASES)) {
    it(`« ${name} » : permis à ${allowed.join(", ")} seulement`, async () => {
      const cast = await castOf(t.db);
      const seen: Record<string, string> = {};
      for (const person of PEOPLE) {
        // Each caller acts on fresh data: one person's write does not change the next one's case.
        await t.db.posting.deleteMany();
        seen[person] = await accessOutcome(() => run(cast.actors[person], cast, t.db));
        await t.db.user.updateMany({ where: { email: "nouveau@a.gouv.fr" }, data: { email: `nouveau-${person}@a.gouv.fr` } });
        await t.db.user.updateMany({ where: { id: cast.userIds.reader }, data: { disabledAt: null } });
      }
      const expected = Object.fromEntries(PEOPLE.map((p) => [p, allowed.includes(p) ? "allowed" : "denied"]));
      expect(seen).toEqual(expected);
    });
  }
});
