// Blind first review on both backends: the rule, and every reader of an application going
// through it (page, inbox and its search, CV download, exports), the reveal, the interview.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { REMOVED } from "@/lib/applications/contact-details";
import type { Db } from "@/lib/db/client";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { acting } from "@/lib/test/acting";
import { docxWithText } from "../test-files";
import { isMasked, pseudonym, pseudonymCode } from "./blind";
import { changeApplicationStatus, revealApplication } from "./commands";
import { cvResponse } from "./download";
import { exportResponse } from "./export/response";
import { getApplication, getApplicationCv, getMaskedCvText, listInbox } from "./queries";
import { applicationTo, postingOf } from "./testing";

const SITE = "https://rejoindre.exemple.gouv.fr";
const ZOE = { firstName: "Zoé", lastName: "Lefèvre", email: "zoe.lefevre@exemple.fr", phone: "06 12 34 56 78" };
const CV_LINES = ["Zoé LEFÈVRE", "zoe.lefevre@exemple.fr · 06 12 34 56 78 · linkedin.com/in/zoe-lefevre", "Designer de services, 6 ans"];

async function blindFixture(db: Db) {
  const cast = await castOf(db);
  const posting = await postingOf(db, cast.orgA, "Designer");
  await db.posting.update({ where: { id: posting.id }, data: { blindReview: true } });
  const cv = docxWithText(CV_LINES);
  const application = await applicationTo(db, posting.id, ZOE, {
    linkedinUrl: "https://www.linkedin.com/in/zoe-lefevre",
    message: "Bonjour, je suis Zoé Lefèvre, joignable au 06 12 34 56 78.",
    cv: {
      create: {
        fileName: "CV Zoé Lefèvre.docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size: cv.byteLength,
        sha256: "0".repeat(64),
        content: new Uint8Array(cv),
      },
    },
  });
  const open = await applicationTo(db, (await postingOf(db, cast.orgA, "Développeuse")).id, { firstName: "Hugo", lastName: "Bernard" });
  return { cast, posting, id: application.id, openId: open.id };
}

const IDENTITY = /Zoé|Zoe|Lefèvre|Lefevre|LEFÈVRE|zoe\.lefevre|12 34 56 78|linkedin/i;
/** Every value an object holds, keys left out ("linkedinUrl" is a key, not a leak). */
const valuesOf = (data: unknown) => JSON.stringify(data).replace(/"[A-Za-z]+":/g, "");

describe("the blind rule", () => {
  const facts = (
    status: "RECEIVED" | "UNDER_REVIEW" | "INTERVIEW" | "OFFER" | "HIRED" | "REJECTED",
    blindReview = true,
    revealedAt: Date | null = null,
  ) => ({
    status,
    revealedAt,
    posting: { blindReview },
  });
  it("masks before the interview on a blind offer, until revealed", () => {
    expect(["RECEIVED", "UNDER_REVIEW", "REJECTED"].map((s) => isMasked(facts(s as "RECEIVED")))).toEqual([true, true, true]);
    expect(["INTERVIEW", "OFFER", "HIRED"].map((s) => isMasked(facts(s as "INTERVIEW")))).toEqual([false, false, false]);
    expect(isMasked(facts("RECEIVED", false))).toBe(false);
    expect(isMasked(facts("RECEIVED", true, new Date()))).toBe(false);
  });
  it("names an application by a stable code of its id, six characters that cannot be misread", () => {
    expect(pseudonym("abc")).toBe(pseudonym("abc"));
    expect(pseudonym("abc")).toMatch(/^Candidature n° [0-9A-HJKMNP-TV-Z]{6}$/);
    expect(pseudonymCode("abc")).not.toBe(pseudonymCode("abd"));
  });
});

describe.each(BACKENDS)("blind first review on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("shows a masked application under its pseudonym, with its cleaned message and CV text, and never its file", async () => {
    const { cast, id } = await blindFixture(t.db);
    for (const actor of [cast.actors.reader, cast.actors.recruiter, cast.actors.admin]) {
      const page = await getApplication(actor, id);
      expect(page).toMatchObject({ masked: true, firstName: "", lastName: pseudonym(id), email: "", phone: null, linkedinUrl: null });
      expect(page?.cv?.fileName).toBe(`${pseudonymCode(id)}.docx`);
      expect(page?.message).toBe(`Bonjour, je suis ${REMOVED.name}, joignable au ${REMOVED.phone}.`);
      expect(page?.canReveal).toBe(actor !== cast.actors.reader);
      expect(valuesOf(page)).not.toMatch(IDENTITY);
      expect(await getApplicationCv(actor, id)).toBeNull();
      expect((await cvResponse(acting(actor), id)).status).toBe(404);
    }
    expect((await getMaskedCvText(cast.actors.reader, id))?.split("\n").map((l) => l.trim())).toEqual([
      REMOVED.name,
      `${REMOVED.email} · ${REMOVED.phone} · ${REMOVED.link}`,
      "Designer de services, 6 ans",
    ]);
    expect(await getMaskedCvText(cast.actors.otherRecruiter, id)).toBeUndefined();
    expect(await t.db.auditEvent.count({ where: { action: "application.cv_download" } })).toBe(0);
  });

  it("lists a masked application under its pseudonym, and a search by its name or address does not find it", async () => {
    const { cast, id, openId } = await blindFixture(t.db);
    const items = (await listInbox(cast.actors.recruiter, {})).items;
    expect(items.find((i) => i.id === id)).toMatchObject({ masked: true, lastName: pseudonym(id), email: "", duplicate: false });
    expect(valuesOf(items.find((i) => i.id === id))).not.toMatch(IDENTITY);
    for (const q of ["zoe", "lefevre", "zoe.lefevre@exemple.fr"]) expect((await listInbox(cast.actors.recruiter, { q })).total).toBe(0);
    expect((await listInbox(cast.actors.recruiter, { q: "hugo" })).items.map((i) => i.id)).toEqual([openId]);
  });

  it("exports a masked application with its pseudonym and no contact details, its CV as cleaned text only", async () => {
    const { cast, id } = await blindFixture(t.db);
    const exported = async (format: string) => {
      const url = new URL(`${SITE}/admin/candidatures/export?format=${format}`);
      const response = await exportResponse(acting(cast.actors.reader), url, { siteUrl: SITE, now: new Date() });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const csv = await exported("csv");
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.Fiche?.endsWith(id))!;
    expect(row).toMatchObject({ Nom: pseudonym(id), Prénom: "", "Adresse électronique": "", Téléphone: "", LinkedIn: "" });
    expect(row.CV).toBe(`${pseudonymCode(id)}.docx`);
    expect(valuesOf(row)).not.toMatch(IDENTITY);
    expect(rows.find((r) => r.Nom === "Bernard")?.Prénom).toBe("Hugo");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported("xlsx")) as unknown as ArrayBuffer);
    const cells = workbook.getWorksheet(1)!.getSheetValues().flat().map(String);
    expect(cells).toContain(pseudonym(id));
    expect(cells.filter((c) => c !== "LinkedIn" && IDENTITY.test(c))).toEqual([]);

    // The ZIP is stored uncompressed: its bytes hold every entry's name and content as they are.
    const zip = (await exported("cv")).toString("utf8");
    expect(zip).toContain(`Candidature-${pseudonymCode(id)}_${id}_pseudonyme.txt`);
    expect(zip).toContain("Designer de services, 6 ans");
    expect(zip).not.toMatch(IDENTITY);
    expect(zip).not.toContain("word/document.xml");
  });

  it("reveals on an explicit, audited act of whoever may change the application, and never for a reader", async () => {
    const { cast, id, openId } = await blindFixture(t.db);
    expect(await revealApplication(acting(cast.actors.otherRecruiter), id)).toMatchObject({ ok: false, error: "not_found" });
    await expect(revealApplication(acting(cast.actors.reader), id)).rejects.toThrow();
    expect(await revealApplication(acting(cast.actors.recruiter), openId)).toMatchObject({ ok: false, error: "conflict" });
    expect(await revealApplication(acting(cast.actors.recruiter), id)).toEqual({ ok: true });
    const page = await getApplication(cast.actors.reader, id);
    expect(page).toMatchObject({ masked: false, firstName: "Zoé", email: ZOE.email, canReveal: false });
    expect((await cvResponse(acting(cast.actors.reader), id)).status).toBe(200);
    expect(await t.db.auditEvent.findMany({ where: { action: "application.reveal" }, select: { actorId: true, subjectId: true } })).toEqual(
      [{ actorId: cast.userIds.recruiter, subjectId: id }],
    );
    expect(await t.db.application.findUnique({ where: { id }, select: { revealedById: true } })).toEqual({
      revealedById: cast.userIds.recruiter,
    });
    expect(await revealApplication(acting(cast.actors.recruiter), id)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("reveals for good once the application reaches the interview, even if it is then not retained", async () => {
    const { cast, id } = await blindFixture(t.db);
    await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "RECEIVED", to: "UNDER_REVIEW" });
    expect((await getApplication(cast.actors.reader, id))?.masked).toBe(true);
    await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "UNDER_REVIEW", to: "INTERVIEW" });
    expect(await getApplication(cast.actors.reader, id)).toMatchObject({ masked: false, lastName: "Lefèvre" });
    const rejection = { reason: "profil", send: false, subject: "", text: "" } as const;
    await changeApplicationStatus(acting(cast.actors.recruiter), id, { from: "INTERVIEW", to: "REJECTED", rejection });
    expect(await getApplication(cast.actors.reader, id)).toMatchObject({ masked: false, lastName: "Lefèvre" });
    expect(await t.db.auditEvent.count({ where: { action: "application.reveal" } })).toBe(0);
  });
});
