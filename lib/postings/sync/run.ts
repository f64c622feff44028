// `npm run sync-postings`: a git working tree of posting files and the database kept in step
// (docs/decisions/0037-postings-as-code.md). Files changed in git since the last synced commit
// are imported, deleted files close their posting, postings edited in the admin since are written
// back as one commit each; a posting changed on both sides is a conflict and neither side is
// overwritten. The database's sync state is written last, in one transaction, once git is done.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { SimpleGit } from "simple-git";
import { AUDIT_ACTIONS, type AuditAction, recordAudit } from "@/lib/audit/record";
import { describeChanges } from "@/lib/audit/describe";
import { SERVICE_NAME } from "@/lib/brand";
import type { Db } from "@/lib/db/client";
import { loadExportablePostings, toExportable } from "@/lib/postings/export/load";
import { postingToMarkdown } from "@/lib/postings/export/markdown";
import { importUploadedPostings } from "@/lib/postings/import/run";
import type { OrganisationRef } from "@/lib/postings/import/types";
import {
  type Change,
  type CommitInfo,
  changesBetween,
  commitExists,
  commitFile,
  fileAtHead,
  headOf,
  type Identity,
  lastCommitOf,
  openRepository,
  postingFilesAtHead,
  SYNC_IDENTITY,
} from "@/lib/postings/sync/git";
import { postingPath } from "@/lib/urls/public";

export type SyncOutcome = "created" | "updated" | "closed" | "written" | "renamed" | "conflict" | "rejected";

export type SyncFileReport = { path: string; outcome: SyncOutcome; slug?: string; reason?: string; warnings: string[] };

export type SyncReport =
  | { ok: true; root: string; from: string | null; to: string; files: SyncFileReport[]; warnings: string[] }
  | { ok: false; reason: string };

export type SyncOptions = {
  /** The organisation of files that name none (as `npm run import --organisation`). */
  defaultOrganisation?: OrganisationRef;
  /** Conflicts settled by a person: the file wins for these paths… */
  keepFile?: string[];
  /** …the posting wins for these. */
  keepPosting?: string[];
};

export const SYNC_ACTOR_LABEL = "synchronisation git";

export function contentHash(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}

type Row = {
  postingId: string;
  path: string;
  commit: string;
  contentHash: string;
  version: number;
  conflict: string | null;
  conflictAt: Date | null;
  posting: { id: string; slug: string; title: string; version: number; status: string; organisationId: string };
};

/** What the final transaction writes: rows to upsert, rows to drop, postings to close. */
type Pending = {
  rows: {
    postingId: string;
    path: string;
    info: CommitInfo;
    contentHash: string;
    version: number;
    conflict: string | null;
    conflictAt: Date | null;
  }[];
  dropped: string[];
  closed: { postingId: string; path: string; status: string; organisationId: string; title: string }[];
};

/** What to do with one path, from whether its file and its posting changed since the last sync. */
type Step =
  | { kind: "import"; path: string; content: Buffer; row: Row | undefined }
  | { kind: "close"; row: Row }
  | { kind: "write"; row: Row }
  | { kind: "rename"; row: Row; path: string }
  | { kind: "conflict"; row: Row; path: string; content: Buffer | null }
  | { kind: "settled"; row: Row };

async function plan(git: SimpleGit, changes: Change[], rows: Row[], options: SyncOptions): Promise<Step[]> {
  const byPath = new Map(rows.map((row) => [row.path, row]));
  const keepFile = new Set(options.keepFile ?? []);
  const keepPosting = new Set(options.keepPosting ?? []);
  // A conflict or an admin edit is looked at again whether or not git touched the file since.
  const paths = new Map<string, { path: string; row: Row | undefined }>();
  for (const change of changes) {
    const row = byPath.get(change.kind === "renamed" ? change.from : change.path);
    paths.set(change.path, { path: change.path, row });
    if (change.kind === "renamed") byPath.delete(change.from);
  }
  for (const row of byPath.values()) {
    if (!paths.has(row.path) && (row.posting.version > row.version || row.conflict)) paths.set(row.path, { path: row.path, row });
  }

  const steps: Step[] = [];
  for (const { path: file, row } of paths.values()) {
    const content = await fileAtHead(git, file);
    if (!row) {
      if (content) steps.push({ kind: "import", path: file, content, row });
      continue;
    }
    const fileChanged = content === null || contentHash(content) !== row.contentHash;
    const postingChanged = row.posting.version > row.version;
    if (fileChanged && postingChanged && !keepFile.has(file) && !keepPosting.has(file)) {
      steps.push({ kind: "conflict", row, path: file, content });
    } else if (postingChanged && (!fileChanged || keepPosting.has(file))) {
      steps.push({ kind: "write", row: file === row.path ? row : { ...row, path: file } });
    } else if (fileChanged) {
      steps.push(content ? { kind: "import", path: file, content, row } : { kind: "close", row });
    } else if (file !== row.path) {
      steps.push({ kind: "rename", row, path: file });
    } else if (row.conflict) {
      steps.push({ kind: "settled", row });
    }
  }
  return steps;
}

const cleanIdentity = (text: string) => text.replace(/[<>\n\r]+/g, " ").trim();

/** Who edited the posting in the admin since the last sync, and what they changed, from the audit log. */
async function editsSince(db: Db, postingId: string, since: Date | null) {
  const events = await db.auditEvent.findMany({
    where: { subjectType: "posting", subjectId: postingId, ...(since && { at: { gt: since } }), NOT: { actorLabel: SYNC_ACTOR_LABEL } },
    orderBy: { at: "asc" },
  });
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((user) => [
      user.id,
      user,
    ]),
  );
  const lastEditor = events.findLast((event) => event.actorId && users.has(event.actorId));
  const user = lastEditor?.actorId ? users.get(lastEditor.actorId) : undefined;
  const author: Identity = user ? { name: cleanIdentity(user.name || user.email), email: cleanIdentity(user.email) } : SYNC_IDENTITY;
  const lines = events.flatMap((event) => {
    const who = event.actorId ? (users.get(event.actorId)?.name ?? event.actorLabel) : event.actorLabel;
    const action = AUDIT_ACTIONS[event.action as AuditAction] ?? event.action;
    return [`${action}${who ? ` (${who})` : ""} :`, ...describeChanges(event.changes).map((line) => `- ${line}`)];
  });
  return { author, lines };
}

/** The commit message: what changed, with the form's labels, from the audit log. */
export function writeBackMessage(title: string, lines: string[]): string {
  const body = lines.length > 0 ? lines.join("\n") : `Modifiée dans ${SERVICE_NAME} (le journal ne dit pas quels champs).`;
  return `Offre « ${title} » modifiée dans ${SERVICE_NAME}\n\n${body}\n`;
}

function short(commit: string): string {
  return commit.slice(0, 7);
}

/** Syncs the working tree at `folder` with the database; every file gets a line in the report. */
export async function syncPostings(db: Db, folder: string, options: SyncOptions = {}): Promise<SyncReport> {
  const opened = await openRepository(folder);
  if (!opened.ok) return opened;
  const { root, git, head } = opened.repository;
  const source = await db.syncSource.findUnique({
    where: { path: root },
    include: {
      postings: {
        include: { posting: { select: { id: true, slug: true, title: true, version: true, status: true, organisationId: true } } },
      },
    },
  });
  const rows: Row[] = source?.postings ?? [];
  const warnings: string[] = [];

  let changes: Change[];
  const from = source?.lastCommit ?? null;
  if (from && (await commitExists(git, from))) {
    changes = from === head ? [] : await changesBetween(git, from, head);
  } else {
    if (from) warnings.push(`le dernier commit synchronisé (${short(from)}) n'est plus dans l'historique : tous les fichiers sont relus`);
    const atHead = await postingFilesAtHead(git);
    const present = new Set(atHead);
    changes = [
      ...atHead.map((file): Change => ({ kind: "modified", path: file })),
      ...rows.filter((row) => !present.has(row.path)).map((row): Change => ({ kind: "deleted", path: row.path })),
    ];
  }

  const steps = await plan(git, changes, rows, options);
  const files: SyncFileReport[] = [];
  const pending: Pending = { rows: [], dropped: [], closed: [] };
  const keep = (row: Row, conflict: string | null, conflictAt: Date | null, info?: CommitInfo) =>
    pending.rows.push({
      postingId: row.postingId,
      path: row.path,
      info: info ?? { commit: row.commit, commitAt: null, author: null },
      contentHash: row.contentHash,
      version: row.version,
      conflict,
      conflictAt,
    });

  // Write-backs first: each is one commit, so imports and the final state see the new HEAD.
  for (const step of steps.filter((s) => s.kind === "write")) {
    const { row } = step;
    try {
      const [loaded] = await loadExportablePostings(db, { id: row.postingId });
      if (!loaded) throw new Error("offre introuvable");
      const markdown = postingToMarkdown(toExportable(loaded));
      const current = await fileAtHead(git, row.path);
      if (current === null || contentHash(current) !== contentHash(markdown)) {
        await writeFile(path.join(root, row.path), markdown);
        const { author, lines } = await editsSince(db, row.postingId, source?.syncedAt ?? null);
        await commitFile(git, row.path, writeBackMessage(loaded.title, lines), author);
      }
      pending.rows.push({
        postingId: row.postingId,
        path: row.path,
        info: await lastCommitOf(git, row.path),
        contentHash: contentHash(markdown),
        version: loaded.version,
        conflict: null,
        conflictAt: null,
      });
      files.push({ path: row.path, outcome: "written", slug: loaded.slug, warnings: [] });
    } catch (error) {
      // Leave the working tree as it was: a file written but not committed would block the next sync.
      await git.raw(["checkout", "HEAD", "--", row.path]).catch(() => undefined);
      files.push({
        path: row.path,
        outcome: "rejected",
        slug: row.posting.slug,
        reason: `écriture dans git impossible : ${(error as Error).message}`,
        warnings: [],
      });
    }
  }

  for (const step of steps) {
    if (step.kind === "write") continue;
    if (step.kind === "conflict") {
      const info = await lastCommitOf(git, step.path);
      const gitSide =
        step.content === null
          ? "a été supprimé dans git"
          : `a changé dans git (commit ${short(info.commit)}${info.author ? ` de ${info.author}` : ""})`;
      const conflict =
        `Le fichier « ${step.path} » ${gitSide} et l'offre a été modifiée dans ${SERVICE_NAME} depuis la dernière synchronisation : ` +
        "rien n'a été écrasé. Reportez les changements d'un côté dans l'autre, puis relancez la synchronisation avec " +
        `--garder-fichier ${step.path} (le fichier l'emporte) ou --garder-offre ${step.path} (l'offre l'emporte).`;
      keep(step.row, conflict, step.row.conflictAt ?? new Date());
      files.push({ path: step.path, outcome: "conflict", slug: step.row.posting.slug, reason: conflict, warnings: [] });
    } else if (step.kind === "settled") {
      keep(step.row, null, null);
    } else if (step.kind === "rename") {
      keep({ ...step.row, path: step.path }, null, null, await lastCommitOf(git, step.path));
      files.push({ path: step.path, outcome: "renamed", slug: step.row.posting.slug, warnings: [`renommé depuis ${step.row.path}`] });
    } else if (step.kind === "close") {
      pending.closed.push({ ...step.row.posting, postingId: step.row.postingId, path: step.row.path });
      pending.dropped.push(step.row.postingId);
      files.push({
        path: step.row.path,
        outcome: "closed",
        slug: step.row.posting.slug,
        warnings: ["fichier supprimé dans git : l'offre est clôturée, pas effacée (des candidatures peuvent y être rattachées)"],
      });
    } else {
      const [report] = await importUploadedPostings(db, [{ name: step.path, content: step.content }], {
        defaultOrganisation: options.defaultOrganisation,
      });
      if (!report || report.outcome === "rejected" || !report.slug) {
        files.push({
          path: step.path,
          outcome: "rejected",
          slug: report?.slug,
          reason: report?.reason ?? "import impossible",
          warnings: report?.warnings ?? [],
        });
        continue;
      }
      const posting = await db.posting.findUniqueOrThrow({ where: { slug: report.slug }, select: { id: true, version: true } });
      pending.rows.push({
        postingId: posting.id,
        path: step.path,
        info: await lastCommitOf(git, step.path),
        contentHash: contentHash(step.content),
        version: posting.version,
        conflict: null,
        conflictAt: null,
      });
      if (step.row && step.row.postingId !== posting.id) pending.dropped.push(step.row.postingId);
      files.push({ path: step.path, outcome: report.outcome, slug: report.slug, warnings: report.warnings });
    }
  }

  const to = await headOf(git);
  await writeState(db, root, to, pending);
  return { ok: true, root, from, to, files, warnings };
}

/** The sync's state, all or nothing: the source's last commit, the rows, and the postings closed. */
async function writeState(db: Db, root: string, lastCommit: string, pending: Pending): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const source = await tx.syncSource.upsert({
      where: { path: root },
      create: { path: root, lastCommit, syncedAt: now },
      update: { lastCommit, syncedAt: now },
    });
    await tx.postingSync.deleteMany({ where: { postingId: { in: pending.dropped } } });
    for (const row of pending.rows) {
      // A path belongs to one posting: another posting that had it (a slug changed in the file) lets go.
      await tx.postingSync.deleteMany({ where: { sourceId: source.id, path: row.path, NOT: { postingId: row.postingId } } });
      const data = {
        sourceId: source.id,
        path: row.path,
        commit: row.info.commit,
        ...(row.info.commitAt !== null || row.info.author !== null ? { commitAt: row.info.commitAt, author: row.info.author } : {}),
        contentHash: row.contentHash,
        version: row.version,
        conflict: row.conflict,
        conflictAt: row.conflictAt,
      };
      await tx.postingSync.upsert({ where: { postingId: row.postingId }, create: { postingId: row.postingId, ...data }, update: data });
    }
    for (const closed of pending.closed) {
      if (closed.status === "CLOSED") continue;
      await tx.posting.update({ where: { id: closed.postingId }, data: { status: "CLOSED", closedAt: now, version: { increment: 1 } } });
      await recordAudit(tx, {
        action: "posting.close",
        actor: { label: SYNC_ACTOR_LABEL },
        subject: { type: "posting", id: closed.postingId, label: closed.title },
        organisationId: closed.organisationId,
        changes: { status: [closed.status, "CLOSED"], fichier: closed.path },
      });
    }
  });
}

const OUTCOME_WORDS: Record<SyncOutcome, string> = {
  created: "importée",
  updated: "mise à jour",
  closed: "CLÔTURÉE",
  written: "écrite dans git",
  renamed: "renommée",
  conflict: "CONFLIT",
  rejected: "REJETÉE",
};

export function formatSyncReport(report: SyncReport): string {
  if (!report.ok) return `Synchronisation refusée : ${report.reason}`;
  const lines = [`Dépôt ${report.root} : ${report.from ? short(report.from) : "première synchronisation"} → ${short(report.to)}`];
  for (const warning of report.warnings) lines.push(`  attention : ${warning}`);
  for (const file of report.files) {
    lines.push(`${OUTCOME_WORDS[file.outcome]} : ${file.path}${file.slug ? ` → ${postingPath(file.slug)}` : ""}`);
    if (file.reason) lines.push(`    motif : ${file.reason}`);
    for (const warning of file.warnings) lines.push(`    ${warning}`);
  }
  const count = (outcome: SyncOutcome) => report.files.filter((file) => file.outcome === outcome).length;
  lines.push(
    `${report.files.length} fichier(s) : ${count("created")} importé(s), ${count("updated")} mis à jour, ${count("written")} écrit(s) dans git, ` +
      `${count("closed")} clôturé(s), ${count("conflict")} conflit(s), ${count("rejected")} rejeté(s)`,
  );
  return lines.join("\n");
}
