// The specs find the postings they need in the demo files that scripts/start.ts loads into
// the e2e database, rather than hard-coding slugs that would rot as the demo set changes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parsePostingFile } from "../lib/postings/import/parse";
import type { ImportedPosting } from "../lib/postings/import/types";
import { isOpen, isPublic } from "../lib/postings/visibility";

const DEMO_DIR = path.resolve(import.meta.dirname, "../prisma/demo-postings");

export type DemoPosting = ImportedPosting & { open: boolean; public: boolean };

let cached: DemoPosting[] | undefined;

export function demoPostings(): DemoPosting[] {
  if (cached) return cached;
  const now = new Date();
  const files = readdirSync(DEMO_DIR, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort();
  cached = files.flatMap((name) => {
    const outcome = parsePostingFile(path.basename(name), readFileSync(path.join(DEMO_DIR, name)));
    if (!outcome.ok || outcome.posting.organisation === null) return [];
    const posting = outcome.posting;
    return [{ ...posting, open: isOpen(posting, now), public: isPublic(posting, now) }];
  });
  return cached;
}

function pick(description: string, test: (posting: DemoPosting) => boolean): DemoPosting {
  const found = demoPostings().find(test);
  if (!found) throw new Error(`prisma/demo-postings/ n'a pas d'offre ${description} : les tests en ont besoin.`);
  return found;
}

/** The open postings, newest first, as the home page lists them. */
export function openPostings(): DemoPosting[] {
  return demoPostings()
    .filter((p) => p.open)
    .sort((a, b) => (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity));
}

export function newestOpenPosting(): DemoPosting {
  const [newest] = openPostings();
  if (!newest) throw new Error("prisma/demo-postings/ n'a aucune offre ouverte : les tests en ont besoin.");
  return newest;
}

export const closedPosting = () => pick("clôturée (non pourvue)", (p) => p.public && !p.open && p.filledAt === null);
export const filledPosting = () => pick("pourvue", (p) => p.public && !p.open && p.filledAt !== null);
export const externalPosting = () => pick("ouverte avec un lien externe", (p) => p.open && p.externalUrl !== null);

export const postingPath = (posting: { slug: string }) => `/offres/${encodeURIComponent(posting.slug)}`;
export const formPosting = () => pick("ouverte sans lien externe", (p) => p.open && p.externalUrl === null);
export const formPath = (posting: { slug: string }) => `${postingPath(posting)}/candidater`;
