import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/audit/describe";
import { Forbidden } from "@/lib/auth/permissions";
import { getAdminPosting } from "@/lib/postings/admin/queries";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { acting } from "@/lib/test/acting";
import { castOf } from "@/lib/test/people";
import { createPosting, duplicatePosting, updatePosting } from "./commands";
import { communeSuggestionsResponse } from "./commune-suggestions";
import { formValuesOf } from "./form-values";
import { choicesFieldText, readPlacesField } from "./places";
import { postingInput } from "@/lib/postings/testing/posting-input";

const field = (text: string, location: string | null = null) => {
  const read = readPlacesField(text, location);
  return read.ok ? choicesFieldText(read.places) : read.message;
};

describe("the editor's « Communes » field", () => {
  it("reads one or several communes, each once, as they will read once saved", () => {
    expect(field("Rennes (35) ; Paris (75)")).toBe("Rennes (35) ; Paris (75)");
    expect(field("rennes;  75007 Paris ; Rennes")).toBe("Rennes (35) ; Paris (75007)");
    expect(field("Saint-Denis (93)")).toBe("Saint-Denis (93)");
  });

  it("asks which one of several communes of that name, with an example", () => {
    expect(field("Rennes ; Saint-Denis")).toBe(
      "Plusieurs communes s'appellent Saint-Denis : précisez le département, par exemple « Saint-Denis (974) »",
    );
  });

  it("says when no commune bears the name", () => {
    expect(field("Renes")).toMatch(/^Aucune commune ne s'appelle « Renes » : vérifiez l'orthographe/);
  });

  it("left empty, takes the communes the place names without doubt", () => {
    expect(field("", "Nantes ou télétravail")).toBe("Nantes (44)");
    expect(field("", "Saint-Denis")).toBe("");
    expect(field("", null)).toBe("");
  });
});

const input = (organisationId: string, over: Record<string, unknown> = {}) =>
  postingInput(organisationId, { location: "Rennes, deux jours sur site", places: "", ...over });

describe.each(BACKENDS)("saving an offer's communes from the editor on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const placesOf = async (postingId: string) =>
    (await t.db.postingPlace.findMany({ where: { postingId }, orderBy: { position: "asc" } })).map((p) => `${p.name}:${p.postcode ?? "-"}`);

  it("writes the communes with the offer, and the journal names the field", async () => {
    const cast = await castOf(t.db);
    const recruiter = acting(cast.actors.recruiter);
    const created = await createPosting(recruiter, input(cast.orgA, { places: "Rennes (35) ; 75007 Paris" }));
    if (!created.ok) throw new Error(created.message);
    expect(await placesOf(created.id)).toEqual(["Rennes:-", "Paris:75007"]);

    const updated = await updatePosting(recruiter, created.id, 1, input(cast.orgA, { slug: created.slug, places: "Nantes" }));
    expect(updated.ok).toBe(true);
    expect(await placesOf(created.id)).toEqual(["Nantes:-"]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "posting.update" } });
    expect(describeChanges(audit.changes)).toEqual(["communes : Rennes (35) ; Paris (75007) → Nantes (44)"]);

    const saved = await getAdminPosting(cast.actors.recruiter, created.id);
    expect(formValuesOf(saved!).places).toBe("Nantes (44)");
  });

  it("refuses an ambiguous commune next to the field and changes nothing", async () => {
    const cast = await castOf(t.db);
    const recruiter = acting(cast.actors.recruiter);
    const created = await createPosting(recruiter, input(cast.orgA, { places: "Rennes" }));
    if (!created.ok) throw new Error(created.message);
    const refused = await updatePosting(
      recruiter,
      created.id,
      1,
      input(cast.orgA, { slug: created.slug, title: "Autre titre", places: "Saint-Denis" }),
    );
    expect(refused).toMatchObject({ ok: false, error: "invalid", field: "places" });
    expect(refused.ok ? "" : refused.message).toMatch(/^Plusieurs communes s'appellent Saint-Denis/);
    expect(await getAdminPosting(cast.actors.recruiter, created.id)).toMatchObject({
      title: "Développeuse ou développeur back-end",
      version: 1,
    });
    expect(await placesOf(created.id)).toEqual(["Rennes:-"]);
    const none = await createPosting(recruiter, input(cast.orgA, { title: "Une autre offre", places: "Renes" }));
    expect(none).toMatchObject({ ok: false, field: "places" });
    expect(await t.db.posting.count()).toBe(1);
  });

  it("copies the communes with the offer", async () => {
    const cast = await castOf(t.db);
    const recruiter = acting(cast.actors.recruiter);
    const created = await createPosting(recruiter, input(cast.orgA, { places: "Paris 7e ; Rennes" }));
    if (!created.ok) throw new Error(created.message);
    const copy = await duplicatePosting(recruiter, created.id);
    if (!copy.ok) throw new Error(copy.message);
    expect(await placesOf(copy.id)).toEqual(["Paris:75007", "Rennes:-"]);
  });

  it("suggests communes to those who may write offers, and to nobody else", async () => {
    const cast = await castOf(t.db);
    const url = new URL("http://localhost/admin/offres/communes?q=renn");
    const response = communeSuggestionsResponse(cast.actors.recruiter!, url);
    expect(((await response.json()) as { suggestions: string[] }).suggestions[0]).toBe("Rennes (35)");
    expect(() => communeSuggestionsResponse(cast.actors.reader!, url)).toThrow(Forbidden);
  });
});
