import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { notFound } from "next/navigation";
import { TableFrame } from "@/components/admin/TableFrame";
import { FocusedAlert } from "@/components/admin/FocusedAlert";
import { DisablePersonDialog } from "@/components/admin/users/DisablePersonForm";
import { PersonForm } from "@/components/admin/users/PersonForm";
import { BackLink } from "@/components/layout/BackLink";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { organisationOptions } from "@/lib/organisations/choices";
import {
  addMembershipAction,
  changeMembershipRoleAction,
  removeMembershipAction,
  resetSecondFactorAction,
  setAdminAction,
  setUserDisabledAction,
  unlinkProConnectAction,
} from "@/lib/users/actions";
import { getPerson } from "@/lib/users/admin";
import { DISABLED_PARAM, disablePath, MEMBER_ROLE_LABELS, MEMBER_ROLES, UNLINKED_PARAM } from "@/lib/users/roles";

export const metadata = { title: "Utilisateur" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROLE_OPTIONS = MEMBER_ROLES.map((role) => ({ value: role, label: MEMBER_ROLE_LABELS[role] }));

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const flags = await searchParams;
  const unlinked = flags[UNLINKED_PARAM] === "1";
  const actor = await requireActorOrSignIn(`/admin/utilisateurs/${encodeURIComponent(id)}`);
  // Someone out of the actor's sight gets the page of an unknown id.
  if (!can(actor, "members:manage")) notFound();
  const found = await getPerson(actor, id);
  if (!found) notFound();
  const { person, rights, addable } = found;
  const userId = { userId: person.id };
  return (
    <>
      <BackLink href="/admin/utilisateurs">Retour aux utilisateurs</BackLink>
      {flags[DISABLED_PARAM] === "1" && person.disabledAt && <FocusedAlert message="Compte désactivé : ses sessions sont fermées." />}
      <h1>{person.name}</h1>
      <p>
        {person.email}
        <br />
        Dernière connexion : {person.lastSignInAt ? formatDate(person.lastSignInAt) : "jamais"}
      </p>
      <ul className="fr-badges-group">
        {person.admin && (
          <li>
            <Badge as="span" small severity="info">
              Administrateur
            </Badge>
          </li>
        )}
        {person.disabledAt && (
          <li>
            <Badge as="span" small severity="warning">
              Désactivé
            </Badge>
          </li>
        )}
      </ul>

      <h2>Organisations et rôles</h2>
      {person.memberships.length === 0 ? (
        <p>Membre d'aucune organisation que vous gérez.</p>
      ) : (
        <TableFrame
          caption={`${person.memberships.length} organisation${person.memberships.length > 1 ? "s" : ""}`}
          columns={["Organisation", "Rôle", "Retrait"]}
        >
          <tbody>
            {person.memberships.map((m, index) => {
              const membership = { ...userId, organisationId: m.organisation.id };
              return (
                <tr key={m.organisation.id}>
                  <td>{m.organisation.name}</td>
                  <td>
                    {rights.memberships[index] ? (
                      <PersonForm
                        action={changeMembershipRoleAction}
                        hidden={membership}
                        selects={[{ name: "role", label: `Rôle dans ${m.organisation.name}`, options: ROLE_OPTIONS, defaultValue: m.role }]}
                        submit="Enregistrer le rôle"
                        context={`dans ${m.organisation.name}`}
                      />
                    ) : (
                      MEMBER_ROLE_LABELS[m.role]
                    )}
                  </td>
                  <td>
                    {rights.memberships[index] && (
                      <PersonForm
                        action={removeMembershipAction}
                        hidden={membership}
                        submit="Retirer"
                        context={`de ${m.organisation.name}`}
                        tertiary
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableFrame>
      )}

      {addable.length > 0 && (
        <>
          <h2>Ajouter à une organisation</h2>
          <PersonForm
            action={addMembershipAction}
            hidden={userId}
            selects={[
              { name: "organisationId", label: "Organisation", options: organisationOptions(addable) },
              { name: "role", label: "Rôle", options: ROLE_OPTIONS, defaultValue: "RECRUITER" },
            ]}
            submit="Ajouter"
            context={`${person.name} à l'organisation choisie`}
          />
        </>
      )}

      {rights.admin && (
        <>
          <h2>Administration du portail</h2>
          <p>Un administrateur agit pour toutes les organisations, gère tous les comptes et lit le journal.</p>
          <PersonForm
            action={setAdminAction}
            hidden={{ ...userId, admin: String(!person.admin) }}
            submit={person.admin ? "Retirer les droits d'administrateur" : "Donner les droits d'administrateur"}
            context={`à ${person.name}`}
          />
        </>
      )}

      {rights.secondFactor && person.totpEnabledAt && (
        <>
          <h2>Double authentification</h2>
          <p>
            Activée le {formatDate(person.totpEnabledAt)}. Si la personne a perdu son application et ses codes de secours, réinitialisez-la
            : ses sessions ouvertes sont fermées, et elle la configurera de nouveau à sa prochaine connexion.
          </p>
          <PersonForm
            action={resetSecondFactorAction}
            hidden={userId}
            submit="Réinitialiser la double authentification"
            context={`de ${person.name}`}
          />
        </>
      )}

      {(person.oidcSubject || unlinked) && (
        <>
          <h2>ProConnect</h2>
          {person.oidcSubject ? (
            <p>
              {person.oidcLinkedAt ? `Relié à ProConnect depuis le ${formatDate(person.oidcLinkedAt)}.` : "Relié à ProConnect."} La personne
              peut se connecter avec son identité ProConnect.
            </p>
          ) : (
            <div role="status">
              <Alert
                small
                severity="success"
                description="Liaison ProConnect retirée : la personne se connectera avec son mot de passe, ou avec ProConnect selon les règles d'une première connexion."
              />
            </div>
          )}
          {rights.proConnect && (
            <PersonForm
              action={unlinkProConnectAction}
              hidden={userId}
              submit="Retirer la liaison ProConnect"
              context={`de ${person.name}`}
            />
          )}
        </>
      )}

      {rights.account && (
        <>
          <h2>Compte</h2>
          <p>
            {person.disabledAt
              ? `Désactivé le ${formatDate(person.disabledAt)} : la personne ne peut plus se connecter.`
              : "Désactiver le compte ferme aussitôt ses sessions ; ses droits sont conservés pour une réactivation."}
          </p>
          {person.disabledAt ? (
            <PersonForm
              action={setUserDisabledAction}
              hidden={{ ...userId, disabled: "false" }}
              submit="Réactiver le compte"
              context={`de ${person.name}`}
            />
          ) : (
            <DisablePersonDialog
              userId={person.id}
              name={person.name}
              email={person.email}
              confirmationPath={disablePath(person.id)}
              buttonClassName="fr-btn fr-btn--sm fr-btn--secondary"
              trigger={
                <>
                  Désactiver le compte<span className="fr-sr-only"> de {person.name}</span>
                </>
              }
            />
          )}
        </>
      )}
    </>
  );
}
