import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPostings } from "@/lib/postings/import/run";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { createRedirectLookup } from "./lookup";
import { isOwnRoute, normaliseOldPath, requestOldPath } from "./paths";
import { loadRedirectTable } from "./table";

describe("old paths", () => {
  it.each([
    ["/recrutement/2021/06/17/x.html", "/recrutement/2021/06/17/x.html"],
    ["recrutement/x/", "/recrutement/x"],
    ["https://beta.gouv.fr/recrutement/x.html?utm_source=a#haut", "/recrutement/x.html"],
    ["//beta.gouv.fr/jobs/d%C3%A9v", "/jobs/dév"],
    ["/a//b", "/a/b"],
  ])("%s → %s", (written, path) => {
    expect(normaliseOldPath(written)).toBe(path);
  });

  it("never takes one of the portal's own routes, nor the home page", () => {
    for (const written of ["/", "", "/offres/x", "/admin", "/api/v1/postings", "https://site.fr/"])
      expect(normaliseOldPath(written)).toBeNull();
    expect(isOwnRoute("/offres/x")).toBe(true);
    expect(isOwnRoute("/recrutement/x.html")).toBe(false);
    expect(requestOldPath("/jobs/d%C3%A9v/")).toBe("/jobs/dév");
  });
});

describe("the lookup of old addresses", () => {
  it("reads the table once per period, shares one read, and keeps the last table when a read fails", async () => {
    let clock = 0;
    let reads = 0;
    let fail = false;
    const lookup = createRedirectLookup(
      async () => {
        reads += 1;
        if (fail) throw new Error("base indisponible");
        return new Map([["/old", `slug-${reads}`]]);
      },
      { ttlMs: 1000, now: () => clock, onError: () => {} },
    );
    expect(await Promise.all([lookup.target("/old"), lookup.target("/old"), lookup.target("/inconnu")])).toEqual([
      "slug-1",
      "slug-1",
      null,
    ]);
    clock = 999;
    expect(await lookup.target("/old")).toBe("slug-1");
    expect(reads).toBe(1);
    clock = 1000;
    fail = true;
    expect(await lookup.target("/old")).toBe("slug-1");
    expect(reads).toBe(2);
    fail = false;
    lookup.forget();
    expect(await lookup.target("/old")).toBe("slug-3");
  });
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-redirects-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const posting = (title: string, redirects: string[], open = "true") =>
  `---\ntitle: ${title}\nequipe: DINUM\nopen: ${open}\nredirect_from:\n${redirects.map((r) => `  - ${r}\n`).join("")}---\n\nLe poste.\n`;

describe.each(BACKENDS)("old addresses of imported postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("are written with the posting, never taken from another posting, and follow the file", async () => {
    const a = path.join(dir, `${provider}-a.md`);
    const b = path.join(dir, `${provider}-b.md`);
    await writeFile(a, posting("Offre A", ["/recrutement/a.html", "/recrutement/commune.html"]));
    await writeFile(b, posting("Offre B", ["/recrutement/commune.html", "/recrutement/b.html"]));
    const reports = await importPostings(t.db, [a, b]);
    expect(reports[1]?.warnings).toContain(
      "ancienne adresse « /recrutement/commune.html » déjà celle de l'offre « offre-a » : laissée à celle-ci",
    );
    expect(Object.fromEntries(await loadRedirectTable(t.db))).toEqual({
      "/recrutement/a.html": "offre-a",
      "/recrutement/commune.html": "offre-a",
      "/recrutement/b.html": "offre-b",
    });

    // The file no longer lists one: it is removed; a draft's addresses lead nowhere.
    await writeFile(a, posting("Offre A", ["/recrutement/a.html"], "brouillon"));
    await importPostings(t.db, [a]);
    expect(await t.db.postingRedirect.count({ where: { posting: { slug: "offre-a" } } })).toBe(1);
    expect(Object.fromEntries(await loadRedirectTable(t.db))).toEqual({ "/recrutement/b.html": "offre-b" });
  });
});
