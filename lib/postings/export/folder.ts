// `npm run export-postings`: every posting (or one organisation's) as a markdown file of the
// project's dialect, written into a temporary folder renamed into place, so a failed export
// leaves nothing half-written.
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { loadExportablePostings, toExportable } from "@/lib/postings/export/load";
import { postingToMarkdown } from "@/lib/postings/export/markdown";
import { slugify } from "@/lib/text/slug";

export type ExportReport =
  | { ok: true; folder: string; files: { file: string; slug: string }[]; organisation: string | null }
  | { ok: false; reason: string };

/**
 * The file a posting is written to: the one it came from (archives keep their names), else
 * `<publication day>-<slug>.md`, else `<slug>.md`. Only a plain relative path inside the folder is kept.
 */
export function exportFileName(posting: { slug: string; sourceFile: string | null; publishedAt: Date | null }): string {
  const source = posting.sourceFile?.replaceAll("\\", "/");
  if (source && /\.(md|markdown)$/i.test(source) && !source.startsWith("/") && !source.split("/").includes("..")) return source;
  return posting.publishedAt ? `${posting.publishedAt.toISOString().slice(0, 10)}-${posting.slug}.md` : `${posting.slug}.md`;
}

async function organisationWhere(db: Db, organisation: string): Promise<{ id: string; name: string } | null> {
  const bySlug = await db.organisation.findUnique({ where: { slug: organisation }, select: { id: true, name: true } });
  return bySlug ?? db.organisation.findUnique({ where: { slug: slugify(organisation) }, select: { id: true, name: true } });
}

async function targetProblem(target: string): Promise<string | null> {
  const found = await stat(target).catch(() => null);
  if (!found) return null;
  if (!found.isDirectory()) return `« ${target} » existe et n'est pas un dossier.`;
  const entries = await readdir(target);
  return entries.length > 0 ? `« ${target} » n'est pas vide (${entries.length} élément(s)) : choisissez un dossier vide ou nouveau.` : null;
}

export async function exportPostings(db: Db, target: string, options: { organisation?: string } = {}): Promise<ExportReport> {
  const folder = path.resolve(target);
  const problem = await targetProblem(folder);
  if (problem) return { ok: false, reason: problem };

  let organisationName: string | null = null;
  let where = {};
  if (options.organisation !== undefined) {
    const found = await organisationWhere(db, options.organisation);
    if (!found) return { ok: false, reason: `Organisation inconnue : « ${options.organisation} » (nom ou identifiant).` };
    organisationName = found.name;
    where = { organisationId: found.id };
  }

  const postings = await loadExportablePostings(db, where);
  const files: { file: string; slug: string }[] = [];
  const taken = new Set<string>();
  for (const posting of postings) {
    let file = exportFileName(posting);
    // Two postings from files of the same name (two folders imported apart): the slug tells them apart.
    if (taken.has(file.toLowerCase())) file = file.replace(/\.(md|markdown)$/i, `-${posting.slug}.$1`);
    taken.add(file.toLowerCase());
    files.push({ file, slug: posting.slug });
  }

  await mkdir(path.dirname(folder), { recursive: true });
  const temporary = `${folder}.export-${process.pid}-${Date.now()}`;
  try {
    await mkdir(temporary);
    for (const [index, posting] of postings.entries()) {
      const file = path.join(temporary, files[index]?.file ?? `${posting.slug}.md`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, postingToMarkdown(toExportable(posting)), { flag: "wx" });
    }
    // An empty target folder is replaced; a folder that appeared meanwhile is not.
    const again = await targetProblem(folder);
    if (again) throw new Error(again);
    await rm(folder, { recursive: true, force: true });
    await rename(temporary, folder);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    return { ok: false, reason: `Export interrompu, rien n'a été écrit : ${(error as Error).message}` };
  }
  return { ok: true, folder, files, organisation: organisationName };
}

export function formatExportReport(report: ExportReport): string {
  if (!report.ok) return `Export refusé : ${report.reason}`;
  const lines = report.files.map(({ file, slug }) => `  ${file}  (${slug})`);
  const scope = report.organisation ? ` de « ${report.organisation} »` : "";
  return [`${report.files.length} offre(s)${scope} exportée(s) dans ${report.folder} :`, ...lines].join("\n");
}
