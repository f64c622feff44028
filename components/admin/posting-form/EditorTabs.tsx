"use client";
import { type KeyboardEvent, useSyncExternalStore } from "react";
import "./editor.css";

// DSFR's lg breakpoint: from there the form and its preview stand side by side.
const WIDE_SCREEN = "(min-width: 62em)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE_SCREEN);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is wide enough for two columns. The server (and a page without JavaScript) lays them out by CSS alone. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE_SCREEN).matches,
    () => true,
  );
}

export type EditorTab = "modifier" | "apercu";

const TABS: { id: EditorTab; label: string }[] = [
  { id: "modifier", label: "Modifier" },
  { id: "apercu", label: "Aperçu" },
];

const tabId = (tab: EditorTab) => `onglet-${tab}`;
const panelId = (tab: EditorTab) => `panneau-${tab}`;

/** What makes a column the panel of its tab on a narrow screen. */
export function tabPanelProps(tab: EditorTab, selected: EditorTab) {
  return { id: panelId(tab), role: "tabpanel", "aria-labelledby": tabId(tab), hidden: tab !== selected };
}

/**
 * The two tabs of the editor on a narrow screen, with the keys of the ARIA tabs pattern
 * (arrows, Home, End; only the selected tab is a tab stop). DSFR's tab buttons, but not its tab
 * list or panels, whose script would own the keys and the panels: here the panels stay the same
 * columns at every width, so that nothing typed is lost when the screen turns.
 */
export function EditorTabs({ selected, onSelect }: { selected: EditorTab; onSelect: (tab: EditorTab) => void }) {
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length]!;
    onSelect(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <div className="rj-editor-tabs fr-mb-3w" role="tablist" aria-label="Rédaction de l'offre">
      {TABS.map((tab, index) => (
        <button
          key={tab.id}
          type="button"
          id={tabId(tab.id)}
          className="fr-tabs__tab"
          role="tab"
          aria-selected={selected === tab.id}
          aria-controls={panelId(tab.id)}
          tabIndex={selected === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
