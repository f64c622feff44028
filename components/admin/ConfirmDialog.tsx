"use client";
// A destructive action asks first. Without JavaScript its trigger is a link to a confirmation
// page; once the page is hydrated, the same trigger opens a DSFR modal holding the same form.
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { type ReactNode, useEffect, useMemo, useState } from "react";

type Props = {
  /** The modal's id in the page: unique per dialog. */
  id: string;
  /** The trigger's text, and the page that confirms without JavaScript. */
  trigger: string;
  confirmationPath: string;
  title: string;
  /** What will happen, then the form that does it. */
  children: ReactNode;
  secondary?: boolean;
};

export function ConfirmDialog({ id, trigger, confirmationPath, title, children, secondary = true }: Props) {
  const modal = useMemo(() => createModal({ id, isOpenedByDefault: false }), [id]);
  // The server's HTML and the first render hold the link: React finds the markup it sent.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const className = `fr-btn${secondary ? " fr-btn--secondary" : ""}`;
  if (!hydrated) {
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
