"use client";
// A destructive action asks first. Without JavaScript its trigger is a link to a confirmation
// page; once the page is hydrated, the same trigger opens a DSFR modal holding the same form.
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { type ReactNode, useEffect, useMemo, useState } from "react";

type Props = {
  /** The modal's id in the page: unique per dialog. */
  id: string;
  /** The trigger's text, and the page that confirms without JavaScript. */
  trigger: ReactNode;
  confirmationPath?: string;
  /** Instead of a link to `confirmationPath`, what leads to the confirmation without JavaScript (a button submitting a form there). */
  fallback?: ReactNode;
  title: string;
  /** What will happen, then the form that does it. */
  children: ReactNode;
  secondary?: boolean;
  /** The trigger's classes, when not a plain (secondary) button. */
  buttonClassName?: string;
};

export function ConfirmDialog({ id, trigger, confirmationPath, fallback, title, children, secondary = true, buttonClassName }: Props) {
  const modal = useMemo(() => createModal({ id, isOpenedByDefault: false }), [id]);
  // The server's HTML and the first render hold the link: React finds the markup it sent.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const className = buttonClassName ?? `fr-btn${secondary ? " fr-btn--secondary" : ""}`;
  if (!hydrated) {
    if (fallback) return fallback;
    return (
      <a className={className} href={confirmationPath}>
        {trigger}
      </a>
    );
  }
  return (
    <>
      <button type="button" className={className} {...modal.buttonProps}>
        {trigger}
      </button>
      <modal.Component title={title} size="medium">
        {children}
      </modal.Component>
    </>
  );
}
