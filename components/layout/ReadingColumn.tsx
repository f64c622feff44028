import type { ReactNode } from "react";

/** The layout of text pages (legal notices, declarations): one column of readable width. */
export function ReadingColumn({ children }: { children: ReactNode }) {
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">{children}</div>
      </div>
    </div>
  );
}
