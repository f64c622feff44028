"use client";
import { useEffect, useRef, useState } from "react";
import { RESULTS_ANCHOR } from "@/lib/urls/public";

/**
 * The line above the cards, where a search lands (the form's action ends in its anchor). After
 * a search it takes the focus, so reading goes on from there, and a status region says it, since
 * a page that loads with its text already there is not read out by itself.
 */
export function ResultCount({ label }: { label: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (window.location.hash !== `#${RESULTS_ANCHOR}`) return;
    setAnnounced(label);
    line.current?.focus();
  }, [label]);
  return (
    <>
      {/* Not flush with the top of the screen when a search lands here. */}
      <p ref={line} id={RESULTS_ANCHOR} tabIndex={-1} className="fr-text--bold" style={{ scrollMarginTop: "1.5rem" }}>
        {label}
      </p>
      <p role="status" className="fr-sr-only">
        {announced}
      </p>
    </>
  );
}
