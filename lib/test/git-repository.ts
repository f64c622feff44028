// A throwaway git repository for the sync's tests and specs: created in `parent`, its identity
// configured in it only (never the machine's), with a helper that writes, deletes and commits.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

export type TestRepository = {
  root: string;
  git: (...args: string[]) => Promise<string>;
  /** Writes each file (null deletes it), commits them all, returns the new HEAD. */
  commit: (changes: Record<string, string | null>, message?: string) => Promise<string>;
};

export async function gitRepository(
  parent: string,
  files: Record<string, string> = {},
  author = { name: "Camille Dépôt", email: "camille@depot.example" },
): Promise<TestRepository> {
  const root = await mkdtemp(path.join(parent, "depot-"));
  const git = async (...args: string[]) => (await exec("git", args, { cwd: root })).stdout.trim();
  await git("init", "--quiet", "--initial-branch=main");
  await git("config", "user.name", author.name);
  await git("config", "user.email", author.email);
  await git("config", "commit.gpgsign", "false");
  const commit = async (changes: Record<string, string | null>, message = "Des offres") => {
    for (const [name, content] of Object.entries(changes)) {
      const file = path.join(root, name);
      if (content === null) await unlink(file);
      else {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
    await git("add", "--all");
    await git("commit", "--quiet", "-m", message);
    return git("rev-parse", "HEAD");
  };
  if (Object.keys(files).length > 0) await commit(files);
  return { root, git, commit };
}
