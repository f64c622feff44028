"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useProofOfWork } from "./useProofOfWork";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  "proof-of-work":
    "La vérification anti-robot de votre navigateur n'a pas abouti. Vérifiez que JavaScript est activé, rechargez la page et réessayez.",
  "second-factor-wrong": "Ce code n'est pas valable. Saisissez les 6 chiffres affichés en ce moment, ou un code de secours non utilisé.",
  "second-factor-expired":
    "Le délai de saisie du code est dépassé, ou trop de codes erronés ont été saisis : reconnectez-vous avec votre mot de passe.",
  // The same words for every refusal (no account, an address ProConnect has not verified, an
  // admin's account, an identity linked elsewhere): they never tell whether an address has an account.
  AccessDenied:
    "Cette identité ProConnect ne permet pas de vous connecter ici. Connectez-vous avec l'adresse de votre invitation et votre mot de passe, ou demandez une invitation à un administrateur.",
  "proconnect-second-factor":
    "Votre compte demande une double authentification, et votre connexion ProConnect n'en comportait pas. Connectez-vous avec votre mot de passe et votre code, ou choisissez chez ProConnect une méthode de connexion à deux facteurs.",
};
const GENERIC = "La connexion a échoué. Réessayez dans quelques instants.";

/** The French message for a code of lib/auth/options.ts's SIGN_IN_ERRORS. */
function messageFor(code: string): string {
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (!throttled) return MESSAGES[code] ?? GENERIC;
  const minutes = Number(throttled[1]);
  const wait = minutes >= 120 ? `${Math.ceil(minutes / 60)} heures` : `${minutes} minute${minutes > 1 ? "s" : ""}`;
  return `Trop de tentatives de connexion ont échoué depuis votre connexion. Réessayez dans ${wait}.`;
}

type Props = { returnTo: string; initialError: string | null; proConnect: boolean };

/** What is missing from the sign-in form, by field: said next to the field, and nothing is sent. */
type Missing = Partial<Record<"email" | "password" | "code", string>>;
const MISSING = {
  email: "Saisissez l'adresse électronique de votre compte.",
  password: "Saisissez votre mot de passe.",
  code: "Saisissez le code affiché par votre application, ou un code de secours.",
} as const;

function missingFields(form: FormData, names: readonly (keyof Missing)[]): Missing {
  return Object.fromEntries(names.filter((name) => String(form.get(name) ?? "").trim() === "").map((name) => [name, MISSING[name]]));
}

/** Focuses the first field left empty, so that its message is read. */
function focusFirst(form: HTMLFormElement, missing: Missing) {
  const first = Object.keys(missing)[0];
  if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
}

const SECOND_FACTOR = /^second-factor:([A-Za-z0-9_-]{43})$/;

export function SignInForm({ returnTo, initialError, proConnect }: Props) {
  const [ticket, setTicket] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(initialError ? messageFor(initialError) : null);
  const [pending, setPending] = useState(false);
  const [missing, setMissing] = useState<Missing>({});
  const proofOfWork = useProofOfWork();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const empty = missingFields(form, ["email", "password"]);
    setMissing(empty);
    if (Object.keys(empty).length > 0) {
      setError(null);
      focusFirst(event.currentTarget, empty);
      return;
    }
    setPending(true);
    setError(null);
    const attempt = (altcha: string) =>
      signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        altcha,
        callbackUrl: returnTo,
      });
    // The proof of work goes along when already solved; when the account is failing and the
    // server asks for one, the form waits for it and sends again.
    let result = await attempt(proofOfWork.ready());
    if (result?.error === "proof-of-work") result = await attempt(await proofOfWork.solved());
    const second = SECOND_FACTOR.exec(result?.error ?? "");
    if (second) {
      setPending(false);
      setTicket(second[1]!);
      return;
    }
    settle(result);
  }

  function settle(result: Awaited<ReturnType<typeof signIn>>) {
    if (result?.ok && !result.error) {
      // A full load, so that the admin layout renders with the new session.
      window.location.assign(returnTo);
      return;
    }
    setPending(false);
    if (result?.error === "second-factor-expired") setTicket(null);
    setError(messageFor(result?.error ?? ""));
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const empty = missingFields(form, ["code"]);
    setMissing(empty);
    if (empty.code) {
      focusFirst(event.currentTarget, empty);
      return;
    }
    setPending(true);
    setError(null);
    settle(await signIn("second-factor", { redirect: false, ticket, code: String(form.get("code") ?? ""), callbackUrl: returnTo }));
  }

  if (ticket) {
    return (
      <>
        <div aria-live="polite" role="status">
          {error ? (
            <Alert severity="error" small description={error} className="fr-mb-3w" />
          ) : (
            <Alert
              severity="info"
              small
              description="Mot de passe correct. Il reste à saisir votre code de double authentification."
              className="fr-mb-3w"
            />
          )}
        </div>
        {/* Its own key: otherwise React reuses the address field, and the code field opens holding the address. */}
        <form key="second-factor" onSubmit={submitCode} noValidate>
          <Input
            label="Code de double authentification"
            hintText="Les 6 chiffres affichés par votre application, ou l'un de vos codes de secours."
            {...(missing.code ? { state: "error" as const, stateRelatedMessage: missing.code } : {})}
            nativeInputProps={{
              name: "code",
              autoComplete: "one-time-code",
              inputMode: "text",
              required: true,
              autoFocus: true,
              maxLength: 20,
            }}
          />
          <Button type="submit" disabled={pending}>
            Valider le code
          </Button>
        </form>
      </>
    );
  }

  return (
    <>
      <div aria-live="polite" role="status">
        {error && <Alert severity="error" small description={error} className="fr-mb-3w" />}
      </div>
      {/* Without JavaScript the form still posts to next-auth, never puts the password in a URL. */}
      <form method="post" action="/api/auth/callback/credentials" onSubmit={submit} noValidate>
        <Input
          label="Adresse électronique"
          {...(missing.email ? { state: "error" as const, stateRelatedMessage: missing.email } : {})}
          nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }}
        />
        <PasswordInput
          label="Mot de passe"
          messagesHint=""
          messages={missing.password ? [{ severity: "error", message: missing.password }] : []}
          nativeInputProps={{ name: "password", autoComplete: "current-password", required: true }}
        />
        {proofOfWork.widget}
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
