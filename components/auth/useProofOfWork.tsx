"use client";

import type {} from "altcha/types/react";
import { type ReactNode, useCallback, useEffect, useRef } from "react";

// A browser solves a challenge in about a second; past this, the form is sent without one.
const WAIT_MS = 15_000;

type ProofOfWork = {
  /** The invisible ALTCHA widget, to render inside the form. */
  widget: ReactNode;
  /** The payload of a solved challenge ("" when none could be solved), then starts the next one. */
  take: () => Promise<string>;
};

/**
 * An invisible ALTCHA proof of work, solved as soon as the page loads, and again after each
 * use: a challenge serves once (docs/decisions/0022).
 */
export function useProofOfWork(): ProofOfWork {
  const element = useRef<HTMLElementTagNameMap["altcha-widget"]>(null);
  const pending = useRef<Promise<string>>(Promise.resolve(""));

  const solve = useCallback(() => {
    pending.current = (async () => {
      await import("altcha/i18n");
      await customElements.whenDefined("altcha-widget");
      const widget = element.current;
      if (!widget) return "";
      widget.reset();
      const result = await widget.verify();
      return result?.payload ?? "";
    })().catch(() => "");
  }, []);

  useEffect(() => solve(), [solve]);

  const take = useCallback(async () => {
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(""), WAIT_MS));
    const payload = await Promise.race([pending.current, timeout]);
    solve();
    return payload;
  }, [solve]);

  return {
    widget: <altcha-widget ref={element} challenge="/api/altcha" display="invisible" auto="off" name="altcha" language="fr" />,
    take,
  };
}
