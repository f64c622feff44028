import { Alert } from "@codegouvfr/react-dsfr/Alert";
import QRCode from "qrcode";
import { BackLink } from "@/components/layout/BackLink";
import { EnrolmentSteps } from "@/components/admin/account/SecondFactorForms";
import { ACCOUNT_PATH, SECOND_FACTOR_PATH } from "@/lib/account/paths";
import { pendingTotpSecret } from "@/lib/account/second-factor";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { type Actor, secondFactorPending } from "@/lib/auth/permissions";
import { groupedSecret, totpUri } from "@/lib/auth/totp";

export const metadata = { title: "Configurer la double authentification" };

/** The role that requires the second factor, as the person reads it. */
const requiringRole = (actor: Actor) => (actor.admin ? "d'administrateur du portail" : "de gestionnaire d'une organisation");

export default async function SecondFactorEnrolmentPage() {
  // The one page of the back office a pending session reaches (docs/decisions/0026).
  const actor = await requireActorOrSignIn(SECOND_FACTOR_PATH, { whilePending: true });
  const pending = secondFactorPending(actor);
  const secret = await pendingTotpSecret(actor);
  return (
    <>
      {!pending && <BackLink href={ACCOUNT_PATH}>Mon compte</BackLink>}
      <h1>Configurer la double authentification</h1>
      {pending && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          as="h2"
          title={`Votre rôle ${requiringRole(actor)} exige la double authentification`}
          description="Vous gérez des comptes ou des droits : un mot de passe seul ne suffit pas à les protéger. Configurez-la maintenant pour accéder à l'espace recruteurs ; vous n'aurez pas à vous reconnecter."
        />
      )}
      <p>
        À chaque connexion, en plus de votre mot de passe, vous saisirez un code à 6 chiffres donné par une application d'authentification
        de votre téléphone ou de votre ordinateur (par exemple FreeOTP, Aegis, Google Authenticator ou celle de votre gestionnaire de mots
        de passe).
      </p>
      <EnrolmentSteps
        scan={
          secret && (
            <>
              <h2 className="fr-h4">1. Ajoutez le compte dans l'application</h2>
              <p>Scannez ce QR code avec l'application, ou saisissez-y la clé ci-dessous (clé basée sur le temps).</p>
              {/* biome-ignore lint/performance/noImgElement: a data: URI drawn on the server, nothing for next/image to optimise. */}
              <img
                src={`data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(totpUri(secret, actor.email), { type: "svg", margin: 2 })).toString("base64")}`}
                alt="QR code à scanner avec votre application d'authentification ; la même clé est écrite ci-dessous."
                width={200}
                height={200}
              />
              <p>
                Clé à saisir : <code data-testid="cle-totp">{groupedSecret(secret)}</code>
                <br />
                <span className="fr-text--sm">Compte : {actor.email}. Type : basé sur le temps, 6 chiffres, toutes les 30 secondes.</span>
              </p>
            </>
          )
        }
      />
    </>
  );
}
