// The authorization matrix of the inbox: every data function, the CV download and export
// routes and the server actions × every kind of caller, on both backends. Denied means Forbidden, a 404, a
// null read, or a refusal message; a write that was denied leaves no event behind.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf, PEOPLE, type Cast, type Person } from "@/lib/test/people";
import {
  addApplicationNoteAction,
  bulkApplicationsAction,
  changeApplicationStatusAction,
  rejectApplicationAction,
  revealApplicationAction,
} from "./actions";
import { moveApplications, rejectApplications } from "./bulk";
import { addApplicationNote, changeApplicationStatus, revealApplication } from "./commands";
import { getApplication, getApplicationCv, inboxPostings, listInbox } from "./queries";
import { eraseCandidateAction } from "../rights/actions";
import { candidateErasure, eraseCandidate } from "../rights/erasure";
import { applicationTo, postingOf } from "./testing";
import { acting } from "@/lib/test/acting";
import { accessOutcome } from "@/lib/test/matrix";
import { as, formOf, Redirected, request } from "@/lib/test/admin-request";
import { proposeOfferAction } from "@/lib/pool/actions";
import { previewProposal, proposeOffer } from "@/lib/pool/proposal";
import { listPool } from "@/lib/pool/queries";

vi.mock("@/lib/auth/current", async () => (await import("@/lib/test/admin-request")).currentModule);
vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/test/admin-request")).cacheModule);
vi.mock("next/navigation", async () => (await import("@/lib/test/admin-request")).navigationModule);

const { GET: cvRoute } = await import("@/app/(admin)/admin/(espace)/candidatures/[id]/cv/route");
const { GET: exportRoute } = await import("@/app/(admin)/admin/(espace)/candidatures/export/route");

/** A route's denial: a 404, or a 403 for a pending session, refused before any row is read (docs/decisions/0026). */
const refused = (status: number) => status === 404 || status === 403;

/** Whether the export holds application `id`: a denial, or an export without it, is a denial. */
async function exportHolds(actor: Actor | null, format: "csv" | "xlsx" | "cv", id: string): Promise<true | null> {
  const response = await viaSession(actor, () =>
    exportRoute(new Request(`http://localhost/admin/candidatures/export?format=${format}`), { params: Promise.resolve({}) }),
  );
  if (refused(response.status)) return null;
  if (response.status !== 200) throw new Error(`statut ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (format !== "xlsx") return bytes.includes(id) ? true : null;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells = workbook.getWorksheet(1)!.getSheetValues().flat().map(String);
  return cells.some((cell) => cell.includes(id)) ? true : null;
}

type Case = (actor: Actor | null, cast: Cast, db: Db, id: string) => Promise<unknown>;

/** Puts the application's offer in blind review: the application is masked from then on. */
const blind = (db: Db, id: string) => db.application.update({ where: { id }, data: { posting: { update: { blindReview: true } } } });

const form = formOf;
const viaSession = as;

const rejection = { reason: "profil", send: true, subject: "Votre candidature", text: "Bonjour, merci." } as const;

/** The application made a candidate of the pool, and an open offer of its organisation to propose. */
async function inPool(cast: Cast, db: Db, id: string) {
  await db.application.update({ where: { id }, data: { poolConsentAt: new Date() } });
  return (await postingOf(db, cast.orgA, "Offre à proposer")).id;
}

/** A proposal that was refused leaves no record and no mail to the candidate behind. */
async function proposalOutcome(db: Db, id: string, result: unknown) {
  const ok = result !== null && typeof result === "object" && (("ok" in result && result.ok === true) || "severity" in result);
  const { email } = await db.application.findUniqueOrThrow({ where: { id }, select: { email: true } });
  if (!ok) expect((await db.poolProposal.count({ where: { email } })) + (await db.outboxMail.count({ where: { to: email } }))).toBe(0);
  return result;
}

const CASES: Record<string, [Case, readonly Person[]]> = {
  "lister les candidatures": [
    async (a, _c, _db, id) => (await listInbox(a, {})).items.find((i) => i.id === id),
    ["reader", "recruiter", "admin"],
  ],
  "offres du filtre": [async (a, _c) => (await inboxPostings(a)).length || null, ["reader", "recruiter", "admin"]],
  "lire une candidature": [(a, _c, _db, id) => getApplication(a, id), ["reader", "recruiter", "admin"]],
  "lire un CV": [(a, _c, _db, id) => getApplicationCv(a, id), ["reader", "recruiter", "admin"]],
  "télécharger un CV (route)": [
    async (a, _c, _db, id) => {
      const response = await viaSession(a, () =>
        cvRoute(new Request(`http://localhost/admin/candidatures/${id}/cv`), { params: Promise.resolve({ id }) }),
      );
      return response.status === 200 ? response : refused(response.status) ? null : Promise.reject(new Error(`statut ${response.status}`));
    },
    ["reader", "recruiter", "admin"],
  ],
  "télécharger le CV d'une candidature anonyme (route)": [
    async (a, _c, db, id) => {
      await blind(db, id);
      const response = await viaSession(a, () =>
        cvRoute(new Request(`http://localhost/admin/candidatures/${id}/cv`), { params: Promise.resolve({ id }) }),
      );
      return response.status === 200 ? response : refused(response.status) ? null : Promise.reject(new Error(`statut ${response.status}`));
    },
    [],
  ],
  "lever l'anonymat": [
    async (a, _c, db, id) => {
      await blind(db, id);
      return revealApplication(acting(a), id);
    },
    ["recruiter", "admin"],
  ],
  "action : lever l'anonymat": [
    async (a, _c, db, id) => {
      await blind(db, id);
      try {
        await viaSession(a, () => revealApplicationAction(INITIAL_FORM_STATE, form({ id })));
        return null;
      } catch (error) {
        if (error instanceof Redirected) return error.message;
        throw error;
      }
    },
    ["recruiter", "admin"],
  ],
  "exporter en CSV (route)": [(a, _c, _db, id) => exportHolds(a, "csv", id), ["reader", "recruiter", "admin"]],
  "exporter en xlsx (route)": [(a, _c, _db, id) => exportHolds(a, "xlsx", id), ["reader", "recruiter", "admin"]],
  "exporter les CV en ZIP (route)": [(a, _c, _db, id) => exportHolds(a, "cv", id), ["reader", "recruiter", "admin"]],
  "changer l'étape": [
    (a, _c, _db, id) => changeApplicationStatus(acting(a), id, { from: "RECEIVED", to: "INTERVIEW" }),
    ["recruiter", "admin"],
  ],
  "ne pas retenir": [
    (a, _c, _db, id) => changeApplicationStatus(acting(a), id, { from: "RECEIVED", to: "REJECTED", rejection }),
    ["recruiter", "admin"],
  ],
  "ajouter une note": [(a, _c, _db, id) => addApplicationNote(acting(a), id, "Bon profil."), ["recruiter", "admin"]],
  "action : changer l'étape": [
    async (a, _c, _db, id) => {
      const state = await viaSession(a, () =>
        changeApplicationStatusAction(INITIAL_FORM_STATE, form({ id, from: "RECEIVED", to: "INTERVIEW" })),
      );
      return state.severity === "success" ? state : null;
    },
    ["recruiter", "admin"],
  ],
  "action : ne pas retenir": [
    async (a, _c, _db, id) => {
      const fields = { id, from: "RECEIVED", reason: rejection.reason, send: "on", subject: rejection.subject, text: rejection.text };
      try {
        await viaSession(a, () => rejectApplicationAction(INITIAL_FORM_STATE, form(fields)));
        return null;
      } catch (error) {
        if (error instanceof Redirected) return error.message;
        throw error;
      }
    },
    ["recruiter", "admin"],
  ],
  "déplacer plusieurs candidatures": [
    (a, _c, _db, id) => moveApplications(acting(a), { scope: "rows", rows: [{ id, status: "RECEIVED" }] }, "INTERVIEW"),
    ["recruiter", "admin"],
  ],
  "refuser plusieurs candidatures": [
    (a, _c, _db, id) =>
      rejectApplications(acting(a), { scope: "rows", rows: [{ id, status: "RECEIVED" }] }, { reason: "profil", send: true }),
    ["recruiter", "admin"],
  ],
  "action : refuser toutes les candidatures filtrées": [
    async (a, _c, db, id) => {
      const posting = await db.application.findUniqueOrThrow({ where: { id }, select: { postingId: true } });
      // The count the list would show to this caller: all of the offer's new applications (the earlier callers' too).
      const shown = await db.application.count({ where: { postingId: posting.postingId, status: "RECEIVED" } });
      const filters = { portee: "filtres", offre: posting.postingId, statut: "recue", attendu: String(shown) };
      const fields = { operation: "refuser", reason: "profil", send: "on", ...filters };
      const state = await viaSession(a, () => bulkApplicationsAction(INITIAL_FORM_STATE, form(fields)));
      return state.severity === "success" ? state : null;
    },
    ["recruiter", "admin"],
  ],
  "action : déplacer les candidatures cochées": [
    async (a, _c, _db, id) => {
      const fields = { operation: "etape", to: "INTERVIEW", choix: `${id}:RECEIVED` };
      const state = await viaSession(a, () => bulkApplicationsAction(INITIAL_FORM_STATE, form(fields)));
      return state.severity === "success" ? state : null;
    },
    ["recruiter", "admin"],
  ],
  "voir ce qu'un effacement effacerait": [(a, _c, _db, id) => candidateErasure(a, id), ["recruiter", "admin"]],
  "effacer une personne candidate": [
    async (a, _c, db, id) => {
      const result = await eraseCandidate(acting(a), id);
      if (result.ok) expect(await db.application.count({ where: { id } })).toBe(0);
      return result;
    },
    ["recruiter", "admin"],
  ],
  "action : effacer une personne candidate": [
    async (a, _c, db, id) => {
      try {
        await viaSession(a, () => eraseCandidateAction(form({ id })));
      } catch (error) {
        if (!(error instanceof Redirected)) throw error;
        const erased = error.message.startsWith("/admin/candidatures?effacees=1");
        expect(await db.application.count({ where: { id } })).toBe(erased ? 0 : 1);
        return erased ? error.message : null;
      }
      throw new Error("l'action aurait dû rediriger");
    },
    ["recruiter", "admin"],
  ],
  "lister le vivier": [
    async (a, c, db, id) => {
      await inPool(c, db, id);
      return (await listPool(a, {})).items.find((candidate) => candidate.id === id);
    },
    ["reader", "recruiter", "admin"],
  ],
  "voir une proposition d'offre au vivier": [
    async (a, c, db, id) => previewProposal(a, { postingId: await inPool(c, db, id), candidates: { ids: [id] } }),
    ["recruiter", "admin"],
  ],
  "proposer une offre au vivier": [
    async (a, c, db, id) => {
      const postingId = await inPool(c, db, id);
      return proposalOutcome(db, id, await proposeOffer(acting(a), { postingId, candidates: { ids: [id] } }));
    },
    ["recruiter", "admin"],
  ],
  "action : proposer une offre au vivier": [
    async (a, c, db, id) => {
      const postingId = await inPool(c, db, id);
      const state = await viaSession(a, () => proposeOfferAction(INITIAL_FORM_STATE, form({ proposer: postingId, candidat: id })));
      return proposalOutcome(db, id, state.severity === "success" ? state : null);
    },
    ["recruiter", "admin"],
  ],
  "action : ajouter une note": [
    async (a, _c, _db, id) => {
      const state = await viaSession(a, () => addApplicationNoteAction(INITIAL_FORM_STATE, form({ id, body: "Bon profil." })));
      return state.severity === "success" ? state : null;
    },
    ["recruiter", "admin"],
  ],
};

describe.each(BACKENDS)("inbox authorization matrix on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  beforeEach(() => {
    request.actor = null;
  });

  for (const [name, [run, allowed]] of Object.entries(CASES)) {
    it(`« ${name} » : permis à ${allowed.join(", ")} seulement`, async () => {
      const cast = await castOf(t.db);
      const posting = await postingOf(t.db, cast.orgA);
      const seen: Record<string, string> = {};
      for (const person of PEOPLE) {
        // Each caller acts on a fresh application: one person's write does not change the next one's case.
        const { id } = await applicationTo(t.db, posting.id);
        seen[person] = await accessOutcome(() => run(cast.actors[person], cast, t.db, id));
        const events = await t.db.applicationEvent.count({ where: { applicationId: id } });
        if (seen[person] === "denied") expect(events, `${person} a laissé une trace`).toBe(0);
      }
      const expected = Object.fromEntries(PEOPLE.map((p) => [p, allowed.includes(p) ? "allowed" : "denied"]));
      expect(seen).toEqual(expected);
    });
  }
});
