import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { sizeProblem } from "./front-matter";
import { parseJekyllFileName } from "./french-dates";
import { parsePostingFile } from "./parse";
import { saveImportedPosting, type ImportGuard } from "./save";
import type { FieldSources } from "./sources";
import { type Batch, newBatch, sourceHashOf } from "./source";
import type { OrganisationRef } from "./types";

const POSTING_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

/**
 * What a folder holds besides postings and is not reported: hidden files and folders (.git,
 * .DS_Store), and the machinery of a Jekyll site (its configuration, layouts, built site).
 * Anything else that is not markdown is reported as rejected, so that no posting goes unseen.
 */
const NOT_POSTINGS = new Set([
  "_config.yml",
  "_layouts",
  "_includes",
  "_sass",
  "_site",
  "_data",
  "Gemfile",
  "Gemfile.lock",
  "node_modules",
]);

export type FileReport = {
  file: string;
  outcome: "created" | "updated" | "rejected";
  slug?: string;
  reason?: string;
  warnings: string[];
  extraKeys: string[];
  /** Where each field of an imported posting came from; absent when the file was rejected. */
  sources?: FieldSources;
  /** The name the posting remembers its file by (the path inside the folder imported). */
  sourceFile?: string;
};

export type ImportOptions = {
  /** The organisation of files that name none; without it such files are rejected. */
  defaultOrganisation?: OrganisationRef;
  /** Who imports, when not the command line: rights checked, organisations never created. */
  guard?: ImportGuard;
};

/** A file to import: where it is, the name the posting remembers, or why it is not read. */
export type CollectedFile = { file: string; sourceFile: string; rejected?: string };

const skipped = (relative: string) => relative.split(/[\\/]/).some((part) => part.startsWith(".") || NOT_POSTINGS.has(part));

async function folderFiles(folder: string): Promise<CollectedFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file, sourceFile: path.relative(folder, file).split(path.sep).join("/") }))
    .filter(({ sourceFile }) => !skipped(sourceFile))
    .sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0))
    .map((entry) => {
      const extension = path.extname(entry.file).toLowerCase();
      if (POSTING_EXTENSIONS.has(extension)) return entry;
      return { ...entry, rejected: `pas un fichier markdown (${extension || "sans extension"})` };
    });
}

/** The files to import: each file named, and every file found in each folder, recursively. */
export async function collectFiles(paths: string[]): Promise<CollectedFile[]> {
  const files: CollectedFile[] = [];
  for (const target of paths) {
    // A missing path stays in the list: reading it fails and the report says so.
    const isFolder = await stat(target).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) files.push(...(await folderFiles(target)));
    else files.push({ file: target, sourceFile: path.basename(target) });
  }
  return files;
}

/** Imports one file; every failure becomes a rejected report, never an exception. */
async function importFile(db: Db, collected: CollectedFile, options: ImportOptions, batch: Batch): Promise<FileReport> {
  const { file, sourceFile, rejected } = collected;
  const refuse = (reason: string): FileReport => ({ file, sourceFile, outcome: "rejected", reason, warnings: [], extraKeys: [] });
  if (rejected) return refuse(rejected);
  let content: Buffer;
  try {
    // A huge file is refused before it is read into memory.
    const tooLarge = sizeProblem((await stat(file)).size);
    if (tooLarge) return refuse(tooLarge);
    content = await readFile(file);
  } catch (error) {
    return refuse(`lecture impossible : ${(error as Error).message}`);
  }
  return importContent(db, { name: sourceFile, content }, options, batch, file);
}

async function importContent(
  db: Db,
  { name: sourceFile, content }: { name: string; content: Buffer },
  options: ImportOptions,
  batch: Batch,
  file = sourceFile,
): Promise<FileReport> {
  const parsed = parsePostingFile(path.basename(sourceFile), content);
  if (!parsed.ok) return { file, sourceFile, outcome: "rejected", reason: parsed.reason, warnings: [], extraKeys: [] };

  const { posting, warnings, extraKeys, sources } = parsed;
  const rejected = (reason: string): FileReport => ({
    file,
    sourceFile,
    outcome: "rejected",
    slug: posting.slug,
    reason,
    warnings,
    extraKeys,
  });
  const organisation = posting.organisation ?? options.defaultOrganisation;
  if (!organisation) {
    return rejected("aucune organisation : indiquez-la dans l'en-tête (startup, friend, equipe) ou avec --organisation");
  }
  const source = {
    sourceFile,
    sourceHash: sourceHashOf(content),
    day: parseJekyllFileName(sourceFile)?.date ?? posting.publishedAt,
  };
  try {
    const saved = await saveImportedPosting(db, { ...posting, organisation }, source, options.guard, batch);
    if (saved.outcome === "rejected") return rejected(saved.reason);
    return { file, sourceFile, outcome: saved.outcome, slug: saved.slug, warnings: [...warnings, ...saved.warnings], extraKeys, sources };
  } catch (error) {
    return rejected(`enregistrement impossible : ${(error as Error).message.split("\n").at(-1)}`);
  }
}

/** Imports files and folders of markdown postings; one bad file never stops the batch. */
export async function importPostings(db: Db, paths: string[], options: ImportOptions = {}): Promise<FileReport[]> {
  const batch = newBatch();
  const reports: FileReport[] = [];
  for (const file of await collectFiles(paths)) {
    reports.push(await importFile(db, file, options, batch));
  }
  return reports;
}

/** Imports uploaded files (name and bytes), as the command line imports files on disk. */
export async function importUploadedPostings(
  db: Db,
  files: { name: string; content: Buffer }[],
  options: ImportOptions = {},
): Promise<FileReport[]> {
  const batch = newBatch();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await importContent(db, file, options, batch));
  return reports;
}
