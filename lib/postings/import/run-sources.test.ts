// The import's report carries, for each imported file, where each field came from, and the
// posting saved holds what the prose stated.
import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { importUploadedPostings } from "./run";

const PROSE_FILE = `---
title: Chargé·e de déploiement
startup: Carnet de bord
incubator: beta.gouv.fr
contrat: CDD
---

Le poste est basé à Lyon, avec des déplacements ponctuels à Paris.
Deux jours de télétravail par semaine.
`;

describe.each(BACKENDS)("the sources of imported fields on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("are reported per file, and the prose facts are saved", async () => {
    const reports = await importUploadedPostings(t.db, [
      { name: "prose.md", content: Buffer.from(PROSE_FILE) },
      { name: "vide.md", content: Buffer.from("pas d'en-tête") },
    ]);
    expect(reports.map((r) => r.outcome)).toEqual(["created", "rejected"]);
    expect(reports[0]?.sources).toMatchObject({ title: "front-matter", contract: "front-matter", place: "prose", remote: "prose" });
    expect(reports[1]?.sources).toBeUndefined();
    const saved = await t.db.posting.findFirstOrThrow({ select: { location: true, remotePolicy: true, contractType: true } });
    expect(saved).toEqual({ location: "Lyon", remotePolicy: "PARTIAL", contractType: "FIXED_TERM" });
  });
});
