// Imported postings often write links as raw HTML: `<a href="mailto:x@y.fr">x@y.fr</a>`.
// remark-gfm sees the address between the two tags as plain text and turns it into a link
// of its own; once the HTML is parsed, that nested link splits into an empty anchor (no
// accessible name) followed by a duplicate. This remark plugin undoes such autolinks.
import type { Link, Parent, PhrasingContent, Root, RootContent } from "mdast";

const OPENING_ANCHOR = /^<a(\s|>)/i;
const CLOSING_ANCHOR = /^<\/a\s*>/i;

function unwrapLinksInsideRawAnchors(parent: Parent): void {
  let openAnchors = 0;
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === "html") {
      if (OPENING_ANCHOR.test(child.value)) openAnchors += 1;
      else if (CLOSING_ANCHOR.test(child.value)) openAnchors = Math.max(0, openAnchors - 1);
    }
    if (child.type === "link" && openAnchors > 0) {
      children.push(...((child as Link).children as PhrasingContent[]));
      continue;
    }
    if ("children" in child) unwrapLinksInsideRawAnchors(child as Parent);
    children.push(child);
  }
  parent.children = children as Parent["children"];
}

export function remarkUnwrapLinksInsideRawAnchors() {
  return (tree: Root) => unwrapLinksInsideRawAnchors(tree);
}
