import type { Metadata } from "next";
import { ForgottenPasswordForm } from "@/components/auth/ForgottenPasswordForms";
import { BackLink } from "@/components/layout/BackLink";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

export const metadata: Metadata = { title: "Mot de passe oublié", robots: { index: false } };
// Under a path the Content-Security-Policy gives a nonce (lib/http/security-headers.ts): a page
// prerendered once would carry none, and every script of it would be blocked.
export const dynamic = "force-dynamic";

export default function ForgottenPasswordPage() {
  return (
    <ReadingColumn>
      <BackLink href={SIGN_IN_PATH}>Connexion</BackLink>
      <h1>Mot de passe oublié</h1>
      <p>
        Saisissez l'adresse de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe, valable une heure et une seule
        fois.
      </p>
      <ForgottenPasswordForm />
    </ReadingColumn>
  );
}
