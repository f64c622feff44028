import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/ForgottenPasswordForms";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { FORGOTTEN_PASSWORD_PATH } from "@/lib/account/paths";
import { LINK_PROBLEMS, passwordResetLink } from "@/lib/account/reset";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await passwordResetLink(token);
  return (
    <ReadingColumn>
      <h1>Choisir un nouveau mot de passe</h1>
      {link.state === "valid" ? (
        <>
          <p>Pour le compte {link.user.email}. Vos sessions ouvertes seront fermées.</p>
          <ResetPasswordForm token={token} email={link.user.email} />
        </>
      ) : (
        <>
          <Alert className="fr-mb-3w" severity="error" small description={LINK_PROBLEMS[link.state]} />
          <Link className="fr-btn" href={FORGOTTEN_PASSWORD_PATH}>
            Demander un nouveau lien
          </Link>
        </>
      )}
    </ReadingColumn>
  );
}
