import { describe, expect, it } from "vitest";
import { flatOptions } from "@/lib/forms/options";
import { type OrganisationChoice, optionsByOrganisation, organisationOptions, OTHER_ORGANISATIONS } from "./choices";

const beta = { id: "beta", name: "beta.gouv.fr", parent: null };
const fabrique = { id: "fab", name: "Fabrique numérique des ministères sociaux", parent: null };
const org = (id: string, name: string, parent: { id: string; name: string } | null = null): OrganisationChoice => ({ id, name, parent });

describe("organisations as a select offers them", () => {
  it("puts each start-up under its incubator, the incubator first, all in French order", () => {
    const options = organisationOptions([
      org("t", "Trajectoire Emploi", beta),
      org("e", "Équipe produit des aides", beta),
      beta,
      org("m", "Mon parcours pro", fabrique),
      org("dinum", "DINUM"),
      org("a", "Atelier numérique"),
    ]);
    expect(options).toEqual([
      {
        group: "beta.gouv.fr",
        options: [
          { value: "beta", label: "beta.gouv.fr" },
          { value: "e", label: "Équipe produit des aides" },
          { value: "t", label: "Trajectoire Emploi" },
        ],
      },
      // The incubator itself is out of the actor's reach: its start-up still goes under its name.
      { group: "Fabrique numérique des ministères sociaux", options: [{ value: "m", label: "Mon parcours pro" }] },
      {
        group: OTHER_ORGANISATIONS,
        options: [
          { value: "a", label: "Atelier numérique" },
          { value: "dinum", label: "DINUM" },
        ],
      },
    ]);
  });

  it("needs no group when everything belongs to one, or to none", () => {
    expect(organisationOptions([org("b", "Équipe B"), org("a", "équipe A"), org("c", "Equipe C")])).toEqual([
      { value: "a", label: "équipe A" },
      { value: "b", label: "Équipe B" },
      { value: "c", label: "Equipe C" },
    ]);
    expect(
      flatOptions(organisationOptions([org("t", "Trajectoire Emploi", beta), org("e", "Équipe produit", beta)])).map((o) => o.value),
    ).toEqual(["e", "t"]);
    expect(organisationOptions([])).toEqual([]);
  });

  it("orders numbers as numbers", () => {
    expect(flatOptions(organisationOptions([org("10", "Équipe 10"), org("2", "Équipe 2")])).map((o) => o.label)).toEqual([
      "Équipe 2",
      "Équipe 10",
    ]);
  });

  it("puts offers under their organisation's name, both in French order", () => {
    const offers = [
      { id: "1", title: "Zèbre", organisation: "Trajectoire" },
      { id: "2", title: "analyste", organisation: "Équipe" },
      { id: "3", title: "Économiste", organisation: "Trajectoire" },
    ];
    const byOrganisation = (list: typeof offers) =>
      optionsByOrganisation(
        list,
        (o) => ({ value: o.id, label: o.title }),
        (o) => o.organisation,
      );
    expect(byOrganisation(offers)).toEqual([
      { group: "Équipe", options: [{ value: "2", label: "analyste" }] },
      {
        group: "Trajectoire",
        options: [
          { value: "3", label: "Économiste" },
          { value: "1", label: "Zèbre" },
        ],
      },
    ]);
    expect(byOrganisation(offers.filter((o) => o.organisation === "Trajectoire"))).toEqual([
      { value: "3", label: "Économiste" },
      { value: "1", label: "Zèbre" },
    ]);
  });
});
