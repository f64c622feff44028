"use client";
import { useEffect, useRef } from "react";
import { PostingView } from "@/components/postings/PostingView";
import { blockAtLine } from "@/lib/markdown/source-lines";
import type { PublicPosting } from "@/lib/postings/queries";
import "./editor.css";

/** The field being written in, and for the body the line of the caret. */
export type Caret = { field: string; line: number };

// Which part of the posting shows a field (PostingView's data-preview-part); the others are facts.
const PART_OF_FIELD: Record<string, string> = {
  title: "heading",
  slug: "heading",
  organisationId: "heading",
  roles: "heading",
  externalUrl: "apply",
  opensAt: "apply",
  body: "body",
};

function targetOf(root: HTMLElement, caret: Caret): HTMLElement | null {
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-preview-part="${name}"]`);
  // "How to apply" is left out while the posting is not open: its dates are among the facts then.
  const area = part(PART_OF_FIELD[caret.field] ?? "facts") ?? part("facts");
  return area && caret.field === "body" ? (blockAtLine(area, caret.line) ?? area) : area;
}

/** Scrolls the preview's own frame, not the page, just enough for `target` to be in view. */
function reveal(frame: HTMLElement, target: HTMLElement) {
  const margin = 16;
  const box = frame.getBoundingClientRect();
  const place = target.getBoundingClientRect();
  if (place.top < box.top + margin || place.bottom > box.bottom - margin) frame.scrollTop += place.top - box.top - margin;
}

type Props = {
  posting: PublicPosting | null;
  caret: Caret | null;
  /** Two columns: the preview stands beside the form in a frame of its own. */
  wide: boolean;
  /** On a narrow screen, whether its tab is the one shown. */
  shown: boolean;
};

/**
 * The posting as candidates will read it, redrawn as the recruiter types. Beside the form it
 * stays in view and follows the caret: the part drawn from the field being written in (for the
 * body, the block under the caret) is scrolled into its frame and marked. In a tab, it opens at that part.
 */
export function LivePreview({ posting, caret, wide, shown }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new posting is drawn anew, and its blocks are looked up again.
  useEffect(() => {
    const root = frame.current;
    if (!root || !caret || !shown) return;
    const target = targetOf(root, caret);
    for (const marked of root.querySelectorAll("[data-preview-current]"))
      if (marked !== target) marked.removeAttribute("data-preview-current");
    if (!target) return;
    target.setAttribute("data-preview-current", "");
    if (wide) reveal(root, target);
    else target.scrollIntoView({ block: "center" });
  }, [posting, caret, wide, shown]);

  return (
    <section className="rj-live-preview" aria-labelledby="apercu-titre">
      <h2 id="apercu-titre" className="fr-h6 fr-mb-1w">
        Aperçu, tel que les candidats le verront
      </h2>
      <noscript>
        <p className="fr-text--sm">
          Sans JavaScript, cet aperçu montre l'offre telle qu'elle a été chargée. Enregistrez, puis ouvrez « Aperçu de la version
          enregistrée » en haut de la page.
        </p>
      </noscript>
      {/* Focusable, so that a keyboard scrolls it; nothing inside is a link or a button. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1). */}
      <div ref={frame} className="rj-live-preview__frame fr-p-2w" tabIndex={0}>
        {posting && <PostingView posting={posting} preview />}
      </div>
    </section>
  );
}
