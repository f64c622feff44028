import type { ReactNode } from "react";

/** DSFR's table wrappers (scrolling on small screens) around a table with a caption. */
export function TableFrame({ caption, hideCaption, children }: { caption: string; hideCaption?: boolean; children: ReactNode }) {
  return (
    <div className={`fr-table fr-table--layout-fixed${hideCaption ? " fr-table--no-caption" : ""}`}>
      <div className="fr-table__wrapper">
        {/* Focusable, so that keyboard users can scroll a table wider than the screen. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled with the keyboard (WCAG 2.1.1). */}
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
