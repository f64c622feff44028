// Every admin page × every kind of visitor: allowed, or denied (sign-in page or 404; for an
// admin signed in with a password alone, the enrolment page or a 403: docs/decisions/0026).
import { expect, test, type Page } from "./fixtures";
import ExcelJS from "exceljs";
import { createAccount, createDraft, createOrganisation, disableAccount, signIn } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";

const PEOPLE = ["anonymous", "reader", "recruiter", "otherRecruiter", "disabled", "admin", "pendingAdmin"] as const;
type Person = (typeof PEOPLE)[number];

type Ids = { draft: string; application: string; pooled: string; offer: string; blind: string };

/**
 * `blind`: the page is about an application to an offer read blind (docs/decisions/0030): where
 * it is allowed it never shows its candidate's name, and an export "holds" it only by that name.
 */
const PAGES: { name: string; path: (ids: Ids) => string; allowed: Person[]; showsDraft?: boolean; blind?: true }[] = [
  { name: "tableau de bord", path: () => "/admin", allowed: ["reader", "recruiter", "otherRecruiter", "admin"] },
  { name: "liste des offres", path: () => "/admin/offres", allowed: ["reader", "recruiter", "otherRecruiter", "admin"] },
  { name: "nouvelle offre", path: () => "/admin/offres/nouvelle", allowed: ["recruiter", "otherRecruiter", "admin"] },
  {
    name: "offre de l'organisation A",
    path: (ids) => `/admin/offres/${ids.draft}`,
    allowed: ["reader", "recruiter", "admin"],
    showsDraft: true,
  },
  {
    name: "aperçu de l'offre",
    path: (ids) => `/admin/offres/${ids.draft}/apercu`,
    allowed: ["reader", "recruiter", "admin"],
    showsDraft: true,
  },
  { name: "candidatures", path: () => "/admin/candidatures", allowed: ["reader", "recruiter", "otherRecruiter", "admin"] },
  {
    name: "candidature de l'organisation A",
    path: (ids) => `/admin/candidatures/${ids.application}`,
    allowed: ["reader", "recruiter", "admin"],
  },
  {
    name: "refus de la candidature",
    path: (ids) => `/admin/candidatures/${ids.application}/non-retenue`,
    allowed: ["reader", "recruiter", "admin"],
  },
  {
    name: "effacement de la personne candidate",
    path: (ids) => `/admin/candidatures/${ids.application}/effacer`,
    allowed: ["recruiter", "admin"],
  },
  { name: "CV de la candidature", path: (ids) => `/admin/candidatures/${ids.application}/cv`, allowed: ["reader", "recruiter", "admin"] },
  {
    name: "candidature anonyme",
    path: (ids) => `/admin/candidatures/${ids.blind}`,
    allowed: ["reader", "recruiter", "admin"],
    blind: true,
  },
  {
    name: "levée de l'anonymat",
    path: (ids) => `/admin/candidatures/${ids.blind}/lever-anonymat`,
    allowed: ["recruiter", "admin"],
    blind: true,
  },
  { name: "CV d'une candidature anonyme", path: (ids) => `/admin/candidatures/${ids.blind}/cv`, allowed: [], blind: true },
  { name: "export CSV, candidature anonyme", path: () => "/admin/candidatures/export?format=csv", allowed: [], blind: true },
  { name: "export xlsx, candidature anonyme", path: () => "/admin/candidatures/export?format=xlsx", allowed: [], blind: true },
  { name: "export CSV", path: () => "/admin/candidatures/export?format=csv", allowed: ["reader", "recruiter", "admin"] },
  { name: "export xlsx", path: () => "/admin/candidatures/export?format=xlsx", allowed: ["reader", "recruiter", "admin"] },
  { name: "export des CV (ZIP)", path: () => "/admin/candidatures/export?format=cv", allowed: ["reader", "recruiter", "admin"] },
  {
    name: "export d'une sélection",
    path: (ids) => `/admin/candidatures/export?format=csv&portee=cochees&choix=${ids.application}:RECEIVED`,
    allowed: ["reader", "recruiter", "admin"],
  },
  {
    name: "confirmation d'un refus groupé",
    path: (ids) => `/admin/candidatures/refuser?portee=cochees&choix=${ids.application}:RECEIVED&reason=profil&send=on`,
    allowed: ["recruiter", "admin"],
  },
  { name: "vivier", path: () => "/admin/vivier", allowed: ["reader", "recruiter", "otherRecruiter", "admin"] },
  {
    name: "proposition d'une offre au vivier",
    path: (ids) => `/admin/vivier/proposer?proposer=${ids.offer}&candidat=${ids.pooled}`,
    allowed: ["recruiter", "admin"],
  },
  { name: "import", path: () => "/admin/import", allowed: ["recruiter", "otherRecruiter", "admin"] },
  { name: "utilisateurs", path: () => "/admin/utilisateurs", allowed: ["admin"] },
  { name: "journal", path: () => "/admin/journal", allowed: ["admin"] },
];

/** Whether a downloaded export holds the application of `lastName` (an xlsx is read by exceljs). */
async function exportHolds(path: string, body: Buffer, lastName: string): Promise<boolean> {
  if (!path.includes("format=xlsx")) return body.includes(lastName);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet(1)!.getSheetValues().flat().includes(lastName);
}

async function outcome(page: Page, path: string, lastName: string): Promise<"allowed" | "denied"> {
  // A download is fetched with the page's session: a browser would not display it.
  const isExport = path.startsWith("/admin/candidatures/export");
  if (path.endsWith("/cv") || isExport) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    if (response.status() === 404 || response.status() === 403) return "denied";
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-disposition"], path).toMatch(/^attachment;/);
    // An export answers everyone who reads some organisation's applications, with theirs only.
    if (isExport && !(await exportHolds(path, await response.body(), lastName))) return "denied";
    return "allowed";
  }
  const response = await page.goto(path);
  if (["/admin/connexion", "/admin/compte/double-authentification"].includes(new URL(page.url()).pathname)) return "denied";
  if (response?.status() === 404) return "denied";
  expect(response?.status(), path).toBe(200);
  return "allowed";
}

for (const person of PEOPLE) {
  test(`pages d'administration pour : ${person}`, async ({ page }, testInfo) => {
    // Nineteen pages after a sign-in that may take a code: more than the default 30 s on a loaded machine.
    test.setTimeout(60_000);
    const [orgA, orgB] = [await createOrganisation(testInfo, "Équipe A"), await createOrganisation(testInfo, "Équipe B")];
    const title = `Brouillon de ${orgA.name}`;
    const draft = await createDraft(testInfo, orgA.id, title);
    const application = await createApplication(testInfo, draft.id);
    // A candidate of the pool, and an open offer of A to propose.
    const pooled = await createApplication(testInfo, draft.id, undefined, { poolConsentAt: new Date() });
    const offer = await createDraft(testInfo, orgA.id, `Offre ouverte de ${orgA.name}`);
    await withServerDatabase(testInfo, (db) =>
      db.posting.update({ where: { id: offer.id }, data: { status: "PUBLISHED", publishedAt: new Date() } }),
    );
    const blindPosting = await createDraft(testInfo, orgA.id, `Offre à l'aveugle de ${orgA.name}`);
    await withServerDatabase(testInfo, (db) => db.posting.update({ where: { id: blindPosting.id }, data: { blindReview: true } }));
    const blind = await createApplication(testInfo, blindPosting.id);
    const ids = { draft: draft.id, application: application.id, pooled: pooled.id, offer: offer.id, blind: blind.id };
    if (person !== "anonymous") {
      const admin = person === "admin" || person === "pendingAdmin";
      const role = admin ? "admin" : person === "reader" ? "reader" : "recruiter";
      const account = await createAccount(testInfo, role, admin ? [] : [person === "otherRecruiter" ? orgB.id : orgA.id], {
        withoutSecondFactor: person === "pendingAdmin",
      });
      await signIn(page, account);
      // A session opened before the account was disabled stops working at once.
      if (person === "disabled") await disableAccount(testInfo, account.id);
    }
    const seen: Record<string, string> = {};
    for (const target of PAGES) {
      seen[target.name] = await outcome(page, target.path(ids), target.blind ? blind.lastName : application.lastName);
      if (target.blind) await expect(page.getByText(blind.lastName)).toHaveCount(0);
      if (seen[target.name] === "allowed" && target.showsDraft)
        await expect(page.getByRole("heading", { level: 1, name: title }).first()).toBeVisible();
      if (seen[target.name] === "denied") {
        await expect(page.getByText("texte confidentiel")).toHaveCount(0);
        await expect(page.getByText(application.lastName)).toHaveCount(0);
        await expect(page.getByText(pooled.lastName)).toHaveCount(0);
      }
    }
    expect(seen).toEqual(Object.fromEntries(PAGES.map((p) => [p.name, p.allowed.includes(person) ? "allowed" : "denied"])));
    // The list shows another organisation's offers to nobody but admins.
    if (person === "otherRecruiter") {
      await page.goto("/admin/offres");
      await expect(page.getByRole("link", { name: title })).toHaveCount(0);
      await page.goto("/admin/candidatures");
      await expect(page.getByText(application.lastName)).toHaveCount(0);
      await page.goto("/admin/vivier");
      await expect(page.getByText(pooled.lastName)).toHaveCount(0);
    }
  });
}
