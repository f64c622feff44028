import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RenderMarkdown } from "./render";

function renderMarkdown(markdown: string, title?: string): string {
  return renderToStaticMarkup(createElement(RenderMarkdown, { markdown, title }));
}

const render = renderMarkdown;

describe("RenderMarkdown: safety", () => {
  it("removes script and style elements", () => {
    const html = render('Bonjour\n\n<script>alert("x")</script>\n\n<style>body{display:none}</style>');
    expect(html).toContain("Bonjour");
    expect(html).not.toMatch(/<script|<style|alert\(/);
  });

  it("removes iframes and event handlers", () => {
    const html = render(
      '<img src="https://example.org/a.png" onerror="alert(1)" alt="logo">\n\n<iframe src="https://example.org"></iframe>',
    );
    expect(html).not.toMatch(/onerror|<iframe/i);
    expect(html).toContain('src="https://example.org/a.png"');
  });

  it("keeps images only over https", () => {
    expect(render('<img src="http://example.org/a.png" alt="a">')).not.toContain("http://example.org");
    expect(render("![a](data:image/png;base64,AAAA)")).not.toContain("data:");
  });

  it("makes javascript: and data: links inert", () => {
    const html = render('[a](javascript:alert(1)) <a href="JavaScript:alert(2)">b</a> [c](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("data:");
    expect(html).toContain(">a</a>");
  });

  it("keeps https, mailto, tel and relative links", () => {
    const html = render("[site](https://beta.gouv.fr) [écrire](mailto:jobs@beta.gouv.fr) [appeler](tel:+33100000000) [offres](/offres)");
    expect(html).toContain('href="https://beta.gouv.fr"');
    expect(html).toContain('href="mailto:jobs@beta.gouv.fr"');
    expect(html).toContain('href="tel:+33100000000"');
    expect(html).toContain('href="/offres"');
  });

  it("keeps raw mailto anchors written in the imported postings", () => {
    const html = render('Candidatez à <a href="mailto:recrutement@beta.gouv.fr">recrutement@beta.gouv.fr</a>.');
    // Exactly one anchor: GFM must not autolink the address inside the raw one.
    expect(html).toBe('<div><p>Candidatez à <a href="mailto:recrutement@beta.gouv.fr">recrutement@beta.gouv.fr</a>.</p></div>');
  });

  it("still autolinks addresses written outside raw anchors", () => {
    const html = render('<a href="https://beta.gouv.fr">site</a> ou jobs@beta.gouv.fr');
    expect(html).toContain('<a href="https://beta.gouv.fr" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<a href="mailto:jobs@beta.gouv.fr">jobs@beta.gouv.fr</a>');
  });

  it("marks external links noopener noreferrer", () => {
    expect(render("[site](https://beta.gouv.fr)")).toContain('rel="noopener noreferrer"');
    expect(render("[offres](/offres)")).not.toContain("rel=");
  });

  it("treats protocol-relative links as external", () => {
    expect(render("[ailleurs](//ailleurs.example/piege)")).toContain('rel="noopener noreferrer"');
    expect(render('<a href="//ailleurs.example/piege">ailleurs</a>')).toContain('rel="noopener noreferrer"');
    // A backslash is escaped on the way: the link stays a path of the portal.
    expect(render("[ailleurs](/\\ailleurs.example/piege)")).toContain('href="/%5Cailleurs.example/piege"');
  });

  it("drops HTML comments such as <!--more-->", () => {
    const html = render("Résumé\n\n<!--more-->\n\nSuite");
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("more");
    expect(html).toContain("Suite");
  });
});

describe("RenderMarkdown: headings nest under the page title", () => {
  // The DSFR size classes are checked once; the other cases read the bare outline.
  const render = (markdown: string, title?: string) => renderMarkdown(markdown, title).replace(/ class="fr-h\d"/g, "");

  it("sizes body headings one DSFR step down", () => {
    expect(renderMarkdown("## Mission")).toContain('<h2 class="fr-h3">Mission</h2>');
  });

  it("turns a body starting at h1 into one starting at h2", () => {
    const html = render("# Mission\n\ntexte\n\n## Profil\n\n### Atouts");
    expect(html).toContain("<h2>Mission</h2>");
    expect(html).toContain("<h3>Profil</h3>");
    expect(html).toContain("<h4>Atouts</h4>");
    expect(html).not.toContain("<h1");
  });

  it("leaves a body starting at h2 as it is", () => {
    const html = render("## Mission\n\n### Profil");
    expect(html).toContain("<h2>Mission</h2>");
    expect(html).toContain("<h3>Profil</h3>");
  });

  it("lifts a body starting at h3 to h2", () => {
    expect(render("### Mission\n\n#### Profil")).toMatch(/<h2>Mission<\/h2>\s*<h3>Profil<\/h3>/);
  });

  it("drops a leading h1 that repeats the title, whatever its case and accents", () => {
    const html = render("# Développeur·se Full-Stack !\n\n## Mission\n\ntexte", "Developpeur·se full-stack");
    expect(html).not.toContain("Full-Stack");
    expect(html).toContain("<h2>Mission</h2>");
  });

  it("keeps a leading h1 that says something else", () => {
    const html = render("# Qui sommes-nous ?\n\n## Mission", "Développeur·se");
    expect(html).toContain("<h2>Qui sommes-nous ?</h2>");
    expect(html).toContain("<h3>Mission</h3>");
  });

  it("caps deep headings at h6", () => {
    expect(render("# A\n\n###### F")).toContain("<h6>F</h6>");
  });
});

describe("RenderMarkdown: GitHub-flavoured markdown", () => {
  it("renders tables inside the DSFR table wrapper", () => {
    const html = render("| Poste | Lieu |\n| --- | --- |\n| Dev | Paris |");
    expect(html).toContain('<div class="fr-table">');
    expect(html).toMatch(/<th>Poste<\/th>/);
    expect(html).toMatch(/<td>Paris<\/td>/);
  });

  it("renders autolinks and strikethrough", () => {
    const html = render("Voir https://beta.gouv.fr et ~~ancien~~");
    expect(html).toContain('href="https://beta.gouv.fr"');
    expect(html).toContain("<del>ancien</del>");
  });
});

describe("RenderMarkdown: the editor's preview", () => {
  const preview = (markdown: string) => renderToStaticMarkup(createElement(RenderMarkdown, { markdown, preview: true }));

  it("renders links that lead nowhere, showing their address", () => {
    const html = preview('Voir [le site](https://example.org) ou <a href="/candidature">ici</a>.');
    expect(html).not.toContain("href=");
    expect(html).toContain('title="https://example.org"');
    expect(html).toContain(">le site</a>");
  });

  it("says on which line of the markdown each top-level block starts", () => {
    const html = preview("## Mission\n\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux\n");
    expect(html).toMatch(/<h2 class="fr-h3" data-source-line="1">Mission/);
    expect(html).toContain('<p data-source-line="3">Un paragraphe');
    expect(html).toContain('<ul class="fr-mb-3w" data-source-line="6">');
  });

  it("leaves the public page without those marks", () => {
    const html = renderMarkdown("## Mission\n\n[lien](https://example.org)");
    expect(html).not.toContain("data-source-line");
    expect(html).toContain('href="https://example.org"');
  });
});
