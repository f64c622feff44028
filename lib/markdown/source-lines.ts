// The editor's preview follows the caret: each top-level block of the rendered body says on
// which line of the markdown it starts, so that a caret on line n finds the block it is in.
import type { Root } from "hast";

export const SOURCE_LINE_ATTRIBUTE = "data-source-line";

/** Marks each top-level element with the line its markdown starts on (`data-source-line`). */
export function rehypeSourceLines() {
  return (tree: Root) => {
    for (const node of tree.children) {
      const line = node.type === "element" ? node.position?.start.line : undefined;
      if (node.type === "element" && line !== undefined) node.properties.dataSourceLine = line;
    }
  };
}

/** The block a caret on `line` is in: the last one starting at or before it, else the first. */
export function blockAtLine(container: ParentNode, line: number): HTMLElement | null {
  const blocks = [...container.querySelectorAll<HTMLElement>(`[${SOURCE_LINE_ATTRIBUTE}]`)];
  let found = blocks[0] ?? null;
  for (const block of blocks) {
    if (Number(block.getAttribute(SOURCE_LINE_ATTRIBUTE)) <= line) found = block;
    else break;
  }
  return found;
}
