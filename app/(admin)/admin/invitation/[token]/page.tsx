import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/ForgottenPasswordForms";
import { RenewInvitationForm } from "@/components/auth/RenewInvitationForm";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { INVITATION_PROBLEMS, invitationLink } from "@/lib/account/invitation";
import { acceptInvitationAction } from "@/lib/account/invitation-actions";
import { FORGOTTEN_PASSWORD_PATH } from "@/lib/account/paths";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { SERVICE_NAME } from "@/lib/brand";

export const metadata: Metadata = { title: "Activer votre compte", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await invitationLink(token);
  return (
    <ReadingColumn>
      <h1>Activer votre compte</h1>
      {link.state === "valid" ? (
        <>
          <p>
            Bienvenue dans l'espace recruteurs de {SERVICE_NAME}, {link.user.name}. Choisissez le mot de passe du compte {link.user.email} :
            vous seul·e le connaîtrez.
          </p>
          <ResetPasswordForm token={token} email={link.user.email} action={acceptInvitationAction} />
        </>
      ) : (
        <>
          <Alert className="fr-mb-3w" severity="error" small description={INVITATION_PROBLEMS[link.state]} />
          {link.state === "expired" && <RenewInvitationForm token={token} />}
          {link.state === "used" && (
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Link className="fr-btn" href={SIGN_IN_PATH}>
                  Se connecter
                </Link>
              </li>
              <li>
                <Link className="fr-btn fr-btn--secondary" href={FORGOTTEN_PASSWORD_PATH}>
                  Mot de passe oublié
                </Link>
              </li>
            </ul>
          )}
        </>
      )}
    </ReadingColumn>
  );
}
