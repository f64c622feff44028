import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { TableFrame } from "@/components/admin/TableFrame";
import { ChangePasswordForm } from "@/components/admin/account/ChangePasswordForm";
import { EndSessionsButton } from "@/components/admin/account/EndSessionsButton";
import Link from "next/link";
import { RenewRecoveryCodesForm } from "@/components/admin/account/SecondFactorForms";
import { ACCOUNT_PATH, SECOND_FACTOR_PATH } from "@/lib/account/paths";
import { secondFactorStatus } from "@/lib/account/second-factor";
import { listOwnSessions } from "@/lib/account/queries";
import { currentSessionId, requireActorOrSignIn } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/dates/paris";
import { oneValue } from "@/lib/validation/query-params";

export const metadata = { title: "Mon compte" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ended = Number(oneValue((await searchParams).fermees));
  const actor = await requireActorOrSignIn(ACCOUNT_PATH);
  const [sessions, secondFactor] = await Promise.all([listOwnSessions(actor, await currentSessionId()), secondFactorStatus(actor)]);
  const { withPassword } = secondFactor;
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1>Mon compte</h1>
      <p>
        {actor.name} — {actor.email}
      </p>

      <h2 id="mot-de-passe">Mot de passe</h2>
      {withPassword ? (
        <>
          <p>Changer de mot de passe ferme vos autres sessions ; un message vous le confirme par courriel.</p>
          <ChangePasswordForm email={actor.email} />
        </>
      ) : (
        <p>Vous vous connectez avec ProConnect : votre compte n'a pas de mot de passe sur ce portail.</p>
      )}

      <h2 id="double-authentification" className="fr-mt-6w">
        Double authentification
      </h2>
      {secondFactor.enabledAt ? (
        <>
          <p>
            Activée le {formatDateTime(secondFactor.enabledAt)}. Codes de secours encore valables : {secondFactor.recoveryCodesLeft} sur 10.
          </p>
          <RenewRecoveryCodesForm withPassword={withPassword} />
        </>
      ) : (
        <>
          <p>
            {secondFactor.required
              ? "Obligatoire pour votre rôle : configurez-la maintenant."
              : "Un code de votre téléphone en plus du mot de passe : votre compte reste protégé si le mot de passe fuit."}
          </p>
          <Link className="fr-btn" href={SECOND_FACTOR_PATH}>
            Configurer la double authentification
          </Link>
        </>
      )}

      <h2 id="sessions" className="fr-mt-6w">
        Sessions ouvertes
      </h2>
      <div role="status">
        {Number.isInteger(ended) && ended > 0 && (
          <Alert
            className="fr-mb-3w"
            severity="success"
            small
            description={ended === 1 ? "Session fermée." : `${ended} sessions fermées.`}
          />
        )}
      </div>
      <TableFrame
        caption={`${sessions.length} ${sessions.length > 1 ? "sessions ouvertes" : "session ouverte"}`}
        columns={["Navigateur", "Ouverte le", "Dernière activité", "Action"]}
      >
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>{s.browser}</td>
              <td>{formatDateTime(s.createdAt)}</td>
              <td>{formatDateTime(s.lastSeenAt)}</td>
              <td>
                {s.current ? (
                  <Badge small severity="info" as="span">
                    Cette session
                  </Badge>
                ) : (
                  <EndSessionsButton sessionId={s.id} label={`${s.browser} ouverte le ${formatDateTime(s.createdAt)}`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {others > 0 && <EndSessionsButton label="toutes les autres" />}
    </>
  );
}
