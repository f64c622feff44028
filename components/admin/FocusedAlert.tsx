"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef } from "react";

/** The result of an action that led to another page (a confirmation page's), focused when it shows, as FormStatus does. */
export function FocusedAlert({ message }: { message: string }) {
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => answer.current?.focus(), []);
  return (
    <div role="status" ref={answer} tabIndex={-1} className="fr-mb-3w">
      <Alert severity="success" small description={message} />
    </div>
  );
}
