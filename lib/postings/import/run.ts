import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { parsePostingFile } from "./parse";
import { saveImportedPosting, type ImportGuard } from "./save";
import type { FieldSources } from "./sources";
import type { OrganisationRef } from "./types";

const POSTING_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

export type FileReport = {
  file: string;
  outcome: "created" | "updated" | "rejected";
  slug?: string;
  reason?: string;
  warnings: string[];
  extraKeys: string[];
  /** Where each field of an imported posting came from; absent when the file was rejected. */
  sources?: FieldSources;
};

export type ImportOptions = {
  /** The organisation of files that name none; without it such files are rejected. */
  defaultOrganisation?: OrganisationRef;
  /** Who imports, when not the command line: rights checked, organisations never created. */
  guard?: ImportGuard;
};

/** The files to import: each file named, and the posting files found in each folder, recursively. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of paths) {
    // A missing path stays in the list: reading it fails and the report says so.
    const isFolder = await stat(target).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) {
      const entries = await readdir(target, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && POSTING_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
          .map((e) => path.join(e.parentPath, e.name))
          .sort(),
      );
    } else {
      files.push(target);
    }
  }
  return files;
}

/** Imports one file; every failure becomes a rejected report, never an exception. */
async function importFile(db: Db, file: string, options: ImportOptions, seenSlugs: Map<string, string>): Promise<FileReport> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    return { file, outcome: "rejected", reason: `lecture impossible : ${(error as Error).message}`, warnings: [], extraKeys: [] };
  }
  return importContent(db, file, content, options, seenSlugs);
}

async function importContent(
  db: Db,
  file: string,
  content: Buffer,
  options: ImportOptions,
  seenSlugs: Map<string, string>,
): Promise<FileReport> {
  const name = path.basename(file);
  const parsed = parsePostingFile(name, content);
  if (!parsed.ok) return { file, outcome: "rejected", reason: parsed.reason, warnings: [], extraKeys: [] };

  const { posting, warnings, extraKeys, sources } = parsed;
  const rejected = (reason: string): FileReport => ({ file, outcome: "rejected", slug: posting.slug, reason, warnings, extraKeys });
  const organisation = posting.organisation ?? options.defaultOrganisation;
  if (!organisation) {
    return rejected("aucune organisation : indiquez-la dans l'en-tête (startup, friend, equipe) ou avec --organisation");
  }
  const earlier = seenSlugs.get(posting.slug);
  if (earlier) return rejected(`même identifiant (slug « ${posting.slug} ») que ${earlier} dans ce lot`);
  seenSlugs.set(posting.slug, file);

  try {
    const outcome = await saveImportedPosting(db, { ...posting, organisation }, name, options.guard);
    return { file, outcome, slug: posting.slug, warnings, extraKeys, sources };
  } catch (error) {
    return rejected(`enregistrement impossible : ${(error as Error).message.split("\n").at(-1)}`);
  }
}

/** Imports files and folders of markdown postings; one bad file never stops the batch. */
export async function importPostings(db: Db, paths: string[], options: ImportOptions = {}): Promise<FileReport[]> {
  const seenSlugs = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const file of await collectFiles(paths)) {
    reports.push(await importFile(db, file, options, seenSlugs));
  }
  return reports;
}

/** Imports uploaded files (name and bytes), as the command line imports files on disk. */
export async function importUploadedPostings(
  db: Db,
  files: { name: string; content: Buffer }[],
  options: ImportOptions = {},
): Promise<FileReport[]> {
  const seenSlugs = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await importContent(db, file.name, file.content, options, seenSlugs));
  return reports;
}
