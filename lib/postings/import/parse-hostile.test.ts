import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";

function reasonOf(content: Buffer, name = "offre.md"): string {
  const outcome = parsePostingFile(name, content);
  if (outcome.ok) throw new Error("expected the file to be rejected");
  return outcome.reason;
}

const text = (value: string) => Buffer.from(value, "utf8");

describe("hostile files are rejected with a reason in French", () => {
  it("empty file", () => {
    expect(reasonOf(Buffer.alloc(0))).toBe("Fichier vide.");
    expect(reasonOf(text("\n  \n"))).toBe("Fichier vide.");
  });

  it("binary content (NUL byte)", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(reasonOf(png, "photo.md")).toBe("Fichier binaire : octet nul à la position 8.");
  });

  it("invalid UTF-8 (Latin-1 text)", () => {
    const latin1 = Buffer.from("---\ntitle: Chargé de mission\n---\n", "latin1");
    expect(reasonOf(latin1)).toMatch(/pas du texte UTF-8 valide/);
  });

  it("file larger than 1 MiB, saying its size", () => {
    const big = Buffer.alloc(5 * 1024 * 1024, "a");
    const reason = reasonOf(big);
    expect(reason).toMatch(/^Fichier trop volumineux/);
    expect(reason).toContain("5\u202f242\u202f880 octets");
    expect(reason).toContain("(5 Mio)");
  });

  it("accepts a file of exactly 1 MiB", () => {
    const head = "---\ntitle: Offre\n---\n";
    const exact = Buffer.concat([text(head), Buffer.alloc(1024 * 1024 - head.length, "a")]);
    expect(parsePostingFile("offre.md", exact).ok).toBe(true);
  });

  it("no front matter", () => {
    expect(reasonOf(text("# Offre\n\nDu texte.\n"))).toMatch(/^Pas d'en-tête YAML/);
  });

  it("front matter never closed", () => {
    expect(reasonOf(text("---\ntitle: Offre\n\nDu texte.\n"))).toMatch(/non fermé/);
  });

  it("broken YAML, with the line of the error in the file", () => {
    const reason = reasonOf(text("---\ntitle: Offre\nroles: [dev\nopen: true\n---\nCorps\n"));
    expect(reason).toMatch(/^En-tête YAML invalide à la ligne 4 du fichier \(« open: true »\)/);
  });

  it("broken YAML: an unquoted colon", () => {
    const reason = reasonOf(text("---\ntitle: Offre: la suite\n---\n"));
    expect(reason).toMatch(/à la ligne 2 du fichier \(« title: Offre: la suite »\)/);
  });

  it("front matter that is not a mapping", () => {
    expect(reasonOf(text("---\n- un\n- deux\n---\n"))).toMatch(/pas une liste de clés/);
    expect(reasonOf(text("---\njuste du texte\n---\n"))).toMatch(/pas une liste de clés/);
    expect(reasonOf(text("---\n---\nCorps\n"))).toBe("En-tête YAML inutilisable : il est vide.");
  });

  it("no title and no roles", () => {
    expect(reasonOf(text("---\nstartup: betagouv\n---\n## Mission\n"))).toMatch(/^Ni titre/);
  });

  it("a title from which no slug can be made", () => {
    expect(reasonOf(text("---\ntitle: '!!!'\n---\n"))).toMatch(/^Impossible de fabriquer un identifiant/);
  });
});

describe("accepted encodings", () => {
  it("accepts a UTF-8 BOM and CRLF line endings", () => {
    const outcome = parsePostingFile(
      "offre.md",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text("---\r\ntitle: Offre BOM\r\nopen: oui\r\n---\r\n\r\nLigne 1\r\nLigne 2\r\n")]),
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.posting.title).toBe("Offre BOM");
    expect(outcome.posting.status).toBe("PUBLISHED");
    expect(outcome.posting.body).toBe("Ligne 1\nLigne 2\n");
  });

  it("keeps a body with <script> exactly as written", () => {
    const body = "Bonjour <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n";
    const outcome = parsePostingFile("offre.md", text(`---\ntitle: Offre\n---\n\n\n${body}`));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.posting.body).toBe(body);
  });
});
