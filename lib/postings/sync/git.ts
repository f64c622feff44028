// The git side of the sync, on simple-git: what a working tree holds at HEAD, what changed since
// a commit, and one commit per posting written back. Every call names its arguments, so a path
// that looks like an option stays a path.
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import { SERVICE_NAME } from "@/lib/brand";

export const POSTING_FILE = /\.(md|markdown)$/i;

export type Change =
  | { kind: "added" | "modified"; path: string }
  | { kind: "deleted"; path: string }
  | { kind: "renamed"; from: string; path: string };

export type CommitInfo = { commit: string; commitAt: Date | null; author: string | null };

export type Repository = { root: string; git: SimpleGit; head: string };

export type OpenOutcome = { ok: true; repository: Repository } | { ok: false; reason: string };

/** The working tree at `folder`, or why it cannot be synced: not a folder, not a git working tree's root, no commit, uncommitted changes. */
export async function openRepository(folder: string): Promise<OpenOutcome> {
  const absolute = path.resolve(folder);
  const found = await stat(absolute).catch(() => null);
  if (!found?.isDirectory()) return { ok: false, reason: `« ${absolute} » n'est pas un dossier.` };
  const root = await realpath(absolute);
  const git = simpleGit({ baseDir: root, trimmed: true });
  const top = await git.raw(["rev-parse", "--show-toplevel"]).catch(() => null);
  if (top === null) return { ok: false, reason: `« ${root} » n'est pas un dépôt git (pas de dossier .git).` };
  if ((await realpath(top)) !== root) {
    return { ok: false, reason: `« ${root} » est dans le dépôt git « ${top} » : donnez la racine du dépôt.` };
  }
  const head = await git.raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => "");
  if (head === "") return { ok: false, reason: `Le dépôt « ${root} » n'a encore aucun commit : rien à synchroniser.` };
  const status = await git.status();
  if (!status.isClean()) {
    const files = status.files.map((file) => file.path);
    const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, … (${files.length} en tout)` : "");
    return {
      ok: false,
      reason: `Le dépôt « ${root} » a des modifications non enregistrées (${shown}) : faites un commit ou annulez-les avant de synchroniser.`,
    };
  }
  return { ok: true, repository: { root, git, head } };
}

export async function headOf(git: SimpleGit): Promise<string> {
  return git.raw(["rev-parse", "--verify", "HEAD^{commit}"]);
}

export async function commitExists(git: SimpleGit, commit: string): Promise<boolean> {
  return git.raw(["cat-file", "-e", `${commit}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Every posting file at HEAD, as paths inside the repository. */
export async function postingFilesAtHead(git: SimpleGit): Promise<string[]> {
  const listing = await git.raw(["ls-tree", "-r", "-z", "--name-only", "HEAD"]);
  return listing.split("\0").filter((file) => file !== "" && POSTING_FILE.test(file));
}

/** The posting files added, modified, deleted or renamed between two commits. */
export async function changesBetween(git: SimpleGit, from: string, to: string): Promise<Change[]> {
  const output = await git.raw(["diff", "--name-status", "-z", "-M", "--no-color", from, to, "--"]);
  const fields = output.split("\0").filter((field) => field !== "");
  const changes: Change[] = [];
  for (let index = 0; index < fields.length; ) {
    const status = fields[index] ?? "";
    if (status.startsWith("R")) {
      const [fromPath, toPath] = [fields[index + 1] ?? "", fields[index + 2] ?? ""];
      index += 3;
      if (POSTING_FILE.test(toPath)) changes.push({ kind: "renamed", from: fromPath, path: toPath });
      else if (POSTING_FILE.test(fromPath)) changes.push({ kind: "deleted", path: fromPath });
      continue;
    }
    const file = fields[index + 1] ?? "";
    index += 2;
    if (!POSTING_FILE.test(file)) continue;
    if (status === "D") changes.push({ kind: "deleted", path: file });
    else if (status === "A" || status === "C") changes.push({ kind: "added", path: file });
    else changes.push({ kind: "modified", path: file });
  }
  return changes;
}

/** The file's bytes at HEAD; null when HEAD has no such file. */
export async function fileAtHead(git: SimpleGit, file: string): Promise<Buffer | null> {
  return git.showBuffer([`HEAD:${file}`]).catch(() => null);
}

/** The last commit that touched the file, with its author ("Nom <adresse>") and date. */
export async function lastCommitOf(git: SimpleGit, file: string): Promise<CommitInfo> {
  const line = await git.raw(["log", "-1", "--format=%H%x00%aI%x00%an <%ae>", "HEAD", "--", file]);
  const [commit = "", at = "", author = ""] = line.split("\0");
  return { commit, commitAt: at ? new Date(at) : null, author: author || null };
}

export type Identity = { name: string; email: string };

/** Used for commits when nobody can be named, and as committer where the repository has no identity. */
export const SYNC_IDENTITY: Identity = { name: SERVICE_NAME, email: "rejoindre@localhost" };

async function hasIdentity(git: SimpleGit): Promise<boolean> {
  const [name, email] = await Promise.all(["user.name", "user.email"].map((key) => git.raw(["config", "--get", key]).catch(() => "")));
  return Boolean(name && email);
}

/** Commits one file already written in the working tree, authored by `author`; returns the new HEAD. */
export async function commitFile(git: SimpleGit, file: string, message: string, author: Identity): Promise<string> {
  const committer = (await hasIdentity(git)) ? [] : ["-c", `user.name=${SYNC_IDENTITY.name}`, "-c", `user.email=${SYNC_IDENTITY.email}`];
  await git.raw(["add", "--", file]);
  await git.raw([...committer, "commit", "--quiet", `--author=${author.name} <${author.email}>`, "-m", message, "--", file]);
  return headOf(git);
}
