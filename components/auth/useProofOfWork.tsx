"use client";

import type {} from "altcha/types/react";
import { type ReactNode, useCallback, useEffect, useRef } from "react";

// A browser solves a challenge in about a second; past this, the form is sent without one.
const WAIT_MS = 20_000;

type ProofOfWork = {
  /** The invisible ALTCHA widget, to render inside the form. */
  widget: ReactNode;
  /** The payload solved so far, "" when it is not solved yet: for a first attempt, sent at once. */
  ready: () => string;
  /** The payload once solved ("" when none could be), for when the server asks for one. */
  solved: () => Promise<string>;
};

/**
 * An invisible ALTCHA proof of work, solved as soon as the page loads, and again once a
 * payload has been sent: a challenge serves once (docs/decisions/0022).
 */
export function useProofOfWork(): ProofOfWork {
  const element = useRef<HTMLElementTagNameMap["altcha-widget"]>(null);
  const pending = useRef<Promise<string>>(Promise.resolve(""));
  const payload = useRef("");

  const solve = useCallback(() => {
    payload.current = "";
    pending.current = (async () => {
      await import("altcha/i18n");
      await customElements.whenDefined("altcha-widget");
      const widget = element.current;
      if (!widget) return "";
      widget.reset();
      payload.current = (await widget.verify())?.payload ?? "";
      return payload.current;
    })().catch(() => "");
  }, []);

  useEffect(() => solve(), [solve]);

  const ready = useCallback(() => {
    const sent = payload.current;
    if (sent) solve();
    return sent;
  }, [solve]);

  const solved = useCallback(async () => {
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(""), WAIT_MS));
    const sent = await Promise.race([pending.current, timeout]);
    solve();
    return sent;
  }, [solve]);

  return {
    widget: <altcha-widget ref={element} challenge="/api/altcha" display="invisible" auto="off" name="altcha" language="fr" />,
    ready,
    solved,
  };
}
