"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { fieldDomId } from "@/components/forms/feedback";
import { COMMUNE_SUGGESTIONS_PATH } from "@/lib/urls/admin";
import { errorProps, type FieldContext, textValue } from "./fields";

type Props = { context: FieldContext; name: string; label: string; hint?: string };

/** The communes typed before the last « ; », kept in front of each suggestion for the last one. */
function splitTyped(value: string): { before: string; current: string } {
  const cut = value.lastIndexOf(";");
  return cut < 0
    ? { before: "", current: value.trim() }
    : { before: `${value.slice(0, cut + 1).trimEnd()} `, current: value.slice(cut + 1).trim() };
}

/**
 * The "Communes" field: a text input whose browser list (datalist) suggests communes of the
 * official list as the recruiter types, asked of the back office after a short pause.
 * Without JavaScript it is a plain text input: the server resolves what was typed on saving
 * and says next to the field when a name is ambiguous or unknown.
 */
export function CommunesField({ context, name, label, hint }: Props) {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; request?: AbortController }>({});
  const id = fieldDomId(name);
  const listId = `${id}-suggestions`;

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.request?.abort();
    };
  }, []);

  const suggest = (event: FormEvent<HTMLInputElement>) => {
    const { before, current } = splitTyped(event.currentTarget.value);
    clearTimeout(pending.current.timer);
    pending.current.request?.abort();
    if (current.length < 2) {
      setSuggestions([]);
      return;
    }
    pending.current.timer = setTimeout(async () => {
      const request = new AbortController();
      pending.current.request = request;
      try {
        const response = await fetch(`${COMMUNE_SUGGESTIONS_PATH}?q=${encodeURIComponent(current)}`, { signal: request.signal });
        if (!response.ok) return setSuggestions([]);
        const body = (await response.json()) as { suggestions: string[] };
        setSuggestions(body.suggestions.map((label) => `${before}${label}`));
      } catch {
        // Typing on, or offline: the field stays a plain text input.
      }
    }, 150);
  };

  return (
    <>
      <Input
        label={label}
        hintText={hint}
        {...errorProps(context, name)}
        nativeInputProps={{
          id,
          name,
          defaultValue: textValue(context, name),
          list: listId,
          autoComplete: "off",
          onInput: suggest,
        }}
      />
      <datalist id={listId} data-testid="suggestions-communes">
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <p className="fr-sr-only" aria-live="polite">
        {suggestions.length > 0 ? `${suggestions.length} communes suggérées` : ""}
      </p>
    </>
  );
}
