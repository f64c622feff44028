"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  throttled: "Trop de tentatives de connexion ont échoué. Réessayez dans quinze minutes.",
  AccessDenied: "Aucun compte actif ne correspond à cette identité ProConnect. Demandez à un administrateur de vous inviter.",
};
const GENERIC = "La connexion a échoué. Réessayez dans quelques instants.";

type Props = { returnTo: string; initialError: string | null; proConnect: boolean };

export function SignInForm({ returnTo, initialError, proConnect }: Props) {
  const [error, setError] = useState<string | null>(initialError ? (MESSAGES[initialError] ?? GENERIC) : null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl: returnTo,
    });
    if (result?.ok && !result.error) {
      // A full load, so that the admin layout renders with the new session.
      window.location.assign(returnTo);
      return;
    }
    setPending(false);
    setError(MESSAGES[result?.error ?? ""] ?? GENERIC);
  }

  return (
    <>
      <div aria-live="polite" role="status">
        {error && <Alert severity="error" small description={error} className="fr-mb-3w" />}
      </div>
      {/* Without JavaScript the form still posts to next-auth, never puts the password in a URL. */}
      <form method="post" action="/api/auth/callback/credentials" onSubmit={submit} noValidate>
        <Input label="Adresse électronique" nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }} />
        <PasswordInput
          label="Mot de passe"
          messagesHint=""
          nativeInputProps={{ name: "password", autoComplete: "current-password", required: true }}
        />
        <Button type="submit" disabled={pending}>
          Se connecter
        </Button>
      </form>
      {proConnect && (
        <>
          <p className="fr-hr-or fr-mt-4w">ou</p>
          <ProConnectButton onClick={() => void signIn("proconnect", { callbackUrl: returnTo })} />
        </>
      )}
    </>
  );
}
