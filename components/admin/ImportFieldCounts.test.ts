import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FileReport } from "@/lib/postings/import/run";
import { ImportFieldCounts } from "./ImportFieldCounts";

const report = (file: string, sources: FileReport["sources"], outcome: FileReport["outcome"] = "created"): FileReport => ({
  file,
  outcome,
  slug: file,
  warnings: [],
  extraKeys: [],
  sources,
});

const render = (reports: FileReport[]) => renderToStaticMarkup(createElement(ImportFieldCounts, { reports }));

describe("ImportFieldCounts", () => {
  it("shows a captioned table, a row header per field and a count per source", () => {
    const html = render([report("a", { contract: "prose", place: "prose" }), report("b", { contract: "front-matter" })]);
    expect(html).toContain("<caption>Origine des champs, sur 2 offre(s) importée(s) ou mise(s) à jour</caption>");
    expect(html).toContain('<th scope="col">En-tête</th><th scope="col">Texte</th><th scope="col">Déduit</th><th scope="col">Absent</th>');
    expect(html).toContain('<tr><th scope="row">Contrat</th><td>1</td><td>1</td><td>0</td><td>0</td></tr>');
    expect(html).toContain('<tr><th scope="row">Lieu</th><td>0</td><td>1</td><td>0</td><td>1</td></tr>');
  });

  it("shows nothing when no file was imported", () => {
    expect(render([report("c", undefined, "rejected")])).toBe("");
  });
});
