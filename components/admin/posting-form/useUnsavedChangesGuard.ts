"use client";
import { useEffect } from "react";

export const LEAVE_UNSAVED_QUESTION = "Vos modifications ne sont pas enregistrées. Quitter la page et les perdre ?";

/** A click that opens another page in this tab: not one in a new tab, a download, or an anchor of this page. */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const to = new URL(link.href, window.location.href);
  const here = new URL(window.location.href);
  // The error summary's links and the skip links move within the page.
  if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search && to.hash) return null;
  return link;
}

/**
 * While `active`, leaving the page asks first. Closing the tab, reloading or typing an address
 * gets the browser's own question (beforeunload); a link of the page, which the App Router
 * follows without unloading anything, is asked about with the browser's confirm dialog, which
 * every screen reader and keyboard handles and which can stop the click before Next's Link sees it.
 */
export function useUnsavedChangesGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    // Once the person said yes to a link, a full page load after it must not ask a second time.
    let confirmed = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!confirmed) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (!leavingLink(event)) return;
      if (window.confirm(LEAVE_UNSAVED_QUESTION)) {
        confirmed = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    // The capture phase on the document comes before React's handlers on the root, hence before Link's.
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active]);
}
