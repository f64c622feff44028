import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/auth/permissions";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";
import { importPostingsAsActor } from "./import";
import { acting } from "@/lib/test/acting";

const file = (name: string, organisation: string, title = "Designer de services") => ({
  name,
  content: Buffer.from(`---\ntitle: ${title}\nequipe: ${organisation}\ncontrat: CDD\nopen: true\n---\n\nConcevoir avec les usagers.\n`),
});

/** The per-file report of an import that went through. */
async function reportsOf(...args: Parameters<typeof importPostingsAsActor>) {
  const result = await importPostingsAsActor(...args);
  if (!result.ok) throw new Error(result.message);
  return result.reports;
}

describe.each(BACKENDS)("import from the admin area on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("imports a recruiter's files into their organisation, with a report and an audit event per offer", async () => {
    const cast = await castOf(t.db);
    const reports = await reportsOf(acting(cast.actors.recruiter), [
      file("designer.md", "Équipe A"),
      { name: "vide.md", content: Buffer.from("pas d'en-tête") },
    ]);
    expect(reports.map((r) => r.outcome)).toEqual(["created", "rejected"]);
    const posting = await t.db.posting.findFirstOrThrow({ select: { organisationId: true, status: true, id: true } });
    expect(posting).toMatchObject({ organisationId: cast.orgA, status: "PUBLISHED" });
    expect(await t.db.auditEvent.findMany({ where: { action: "posting.import" }, select: { subjectId: true, actorId: true } })).toEqual([
      { subjectId: posting.id, actorId: cast.userIds.recruiter },
    ]);
  });

  it("rejects files of other organisations and unknown ones, and never lets a file take over another organisation's offer", async () => {
    const cast = await castOf(t.db);
    await importPostingsAsActor(acting(cast.actors.otherRecruiter), [file("b.md", "Équipe B", "Offre de B")]);
    const reports = await reportsOf(acting(cast.actors.recruiter), [
      file("autre.md", "Équipe B", "Autre"),
      file("inconnue.md", "Équipe Fantôme", "Fantôme"),
      // B's file name and title, sent by A for A: another posting of A's, B's is left alone,
      // and nothing tells A that B has a file of that name.
      file("b.md", "Équipe A", "Offre de B"),
    ]);
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([
      ["rejected", expect.stringMatching(/ne pouvez pas publier pour cette organisation/)],
      ["rejected", expect.stringMatching(/organisation inconnue/)],
      ["created", undefined],
    ]);
    const postings = await t.db.posting.findMany({
      orderBy: { createdAt: "asc" },
      select: { title: true, organisationId: true, version: true },
    });
    expect(postings).toEqual([
      { title: "Offre de B", organisationId: cast.orgB, version: 1 },
      { title: "Offre de B", organisationId: cast.orgA, version: 1 },
    ]);
    expect(await t.db.organisation.count()).toBe(2);
  });

  it("refuses a copy of another organisation's file without naming that file, and names it to its own organisation", async () => {
    const cast = await castOf(t.db);
    const offerOfB = file("2021-06-17-offre-b.md", "Équipe B", "Offre de B");
    await importPostingsAsActor(acting(cast.actors.otherRecruiter), [offerOfB]);
    const [fromA] = await reportsOf(acting(cast.actors.recruiter), [{ ...offerOfB, name: "copie.md" }]);
    expect(fromA).toMatchObject({ outcome: "rejected", reason: "même contenu qu'une offre déjà enregistrée" });
    const [fromB] = await reportsOf(acting(cast.actors.otherRecruiter), [{ ...offerOfB, name: "copie.md" }]);
    expect(fromB).toMatchObject({ outcome: "rejected", reason: "même contenu que 2021-06-17-offre-b.md" });
  });

  it("lets an admin create organisations, and nobody without write rights import", async () => {
    const cast = await castOf(t.db);
    expect((await reportsOf(acting(cast.actors.admin), [file("n.md", "Nouvelle équipe")]))[0]?.outcome).toBe("created");
    await expect(importPostingsAsActor(acting(cast.actors.reader), [file("r.md", "Équipe A")])).rejects.toBeInstanceOf(Forbidden);
    await expect(importPostingsAsActor(acting(null), [file("r.md", "Équipe A")])).rejects.toBeInstanceOf(Forbidden);
  });
});
