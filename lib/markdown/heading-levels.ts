// A posting page has one h1, its title. Bodies were written as standalone documents:
// some repeat the title as "# Title", some start at h1, others at h2 or h3.
import type { Element, Root, RootContent } from "hast";

const HEADING = /^h([1-6])$/;

function headingLevel(node: RootContent): number | null {
  if (node.type !== "element") return null;
  const match = HEADING.exec(node.tagName);
  return match ? Number(match[1]) : null;
}

function textOf(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}

/** Case, accents, punctuation and spacing do not make two titles different. */
export function normaliseTitle(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isBlank(node: RootContent): boolean {
  return node.type === "comment" || node.type === "doctype" || (node.type === "text" && node.value.trim() === "");
}

function dropLeadingTitle(tree: Root, title: string): void {
  const first = tree.children.findIndex((node) => !isBlank(node));
  const node = tree.children[first];
  if (node && headingLevel(node) === 1 && normaliseTitle(textOf(node)) === normaliseTitle(title)) {
    tree.children.splice(first, 1);
  }
}

function eachHeading(node: Root | Element, visit: (heading: Element, level: number) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const level = headingLevel(child);
    if (level !== null) visit(child, level);
    eachHeading(child, visit);
  }
}

/**
 * Rehype plugin: removes a leading h1 that repeats `title`, then shifts every heading so
 * that the highest remaining one becomes h2 (deeper ones keep their relative depth,
 * capped at h6).
 */
export function rehypeNestHeadings(options: { title?: string } = {}) {
  return (tree: Root) => {
    if (options.title) dropLeadingTitle(tree, options.title);
    let highest = 7;
    eachHeading(tree, (_, level) => {
      highest = Math.min(highest, level);
    });
    if (highest === 7) return;
    const shift = 2 - highest;
    eachHeading(tree, (heading, level) => {
      heading.tagName = `h${Math.min(6, Math.max(2, level + shift))}`;
    });
  };
}
