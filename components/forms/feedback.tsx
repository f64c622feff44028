"use client";
// What the back office's forms show from a FormState: the message above the form, read out by
// screen readers, and each field's error next to it (as the DSFR Input and Select take it).
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type ReactNode, useEffect, useRef } from "react";
import type { FormState } from "@/lib/admin/form-state";

/** The id of a field's input, so that an error summary can link to it (with or without JavaScript). */
export const fieldDomId = (name: string) => `champ-${name}`;

export function errorOf(state: FormState<unknown>, field: string) {
  const messages = state.errors[field];
  return messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};
}

/**
 * The answer to the last submission, above the form. Focus moves to it when it comes, so that
 * the person sees it even after pressing a button at the bottom of a long page. Given the
 * form's `fields` (name → label, in the form's order), the fields in error are listed, each a
 * link to its input (whose id is fieldDomId(name)).
 */
export function FormStatus({ state, fields }: { state: FormState<unknown>; fields?: Readonly<Record<string, string>> }) {
  const answer = useRef<HTMLDivElement>(null);
  const { submission, message } = state;
  useEffect(() => {
    if (submission > 0 && message) answer.current?.focus();
  }, [submission, message]);
  const inError = fields ? Object.keys(fields).filter((name) => state.errors[name]?.length) : [];
  return (
    <div aria-live="polite" role="status">
      {message && (
        <div ref={answer} tabIndex={-1} className="fr-mb-3w">
          <Alert
            severity={state.severity === "success" ? "success" : "error"}
            small
            description={
              inError.length > 0 ? (
                <>
                  {message}
                  <ul className="fr-mt-1w">
                    {inError.map((name) => (
                      <li key={name}>
                        <a href={`#${fieldDomId(name)}`}>
                          {fields![name]} : {state.errors[name]!.join(" ")}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                message
              )
            }
          />
        </div>
      )}
    </div>
  );
}

/**
 * A form posting to a server action, with its status above it. Each answer remounts the form
 * (keyed by the submission), so that its fields show what the server sent back, not what the
 * browser kept; the browser's own validation is off, the server's French messages say it all.
 */
export function StatusForm({
  state,
  action,
  children,
}: {
  state: FormState<unknown>;
  action: (form: FormData) => void;
  children: ReactNode;
}) {
  return (
    <>
      <FormStatus state={state} />
      <form key={state.submission} action={action} noValidate>
        {children}
      </form>
    </>
  );
}

/**
 * A new password and its confirmation, for every form where a person chooses one, with the
 * account's address for password managers (which account this password belongs to).
 */
export function NewPasswordFields({ state, account }: { state: FormState<unknown>; account: string }) {
  return (
    <>
      <input type="text" name="username" value={account} autoComplete="username" readOnly hidden />
      <Input
        label="Nouveau mot de passe"
        hintText="Au moins 12 caractères, sans votre nom ni votre adresse. Une phrase de plusieurs mots sans lien entre eux convient bien."
        {...errorOf(state, "next")}
        nativeInputProps={{ name: "next", type: "password", autoComplete: "new-password", required: true, maxLength: 1000 }}
      />
      <Input
        label="Confirmation du nouveau mot de passe"
        {...errorOf(state, "confirmation")}
        nativeInputProps={{ name: "confirmation", type: "password", autoComplete: "new-password", required: true, maxLength: 1000 }}
      />
    </>
  );
}
