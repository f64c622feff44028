import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TableFrame } from "@/components/admin/TableFrame";
import { InviteForm } from "@/components/admin/users/InviteForm";
import { PendingInvitations } from "@/components/admin/users/PendingInvitations";
import { UserStatusButton } from "@/components/admin/users/UserStatusButton";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { parseSort, SORT_PARAM, sortHeaders } from "@/lib/admin/sorting";
import { organisationOptions } from "@/lib/organisations/choices";
import { listUsers, USERS_SORT } from "@/lib/users/admin";
import { invitableOrganisations, listPendingInvitations } from "@/lib/users/invitations";
import { MEMBER_ROLE_LABELS, ROLE_LABELS, USERS_NOTICE_PARAM, USERS_PATH, usersNotice } from "@/lib/users/roles";

export const metadata = { title: "Utilisateurs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn(USERS_PATH);
  const params = await searchParams;
  const notice = usersNotice(params[USERS_NOTICE_PARAM]);
  const sort = parseSort(USERS_SORT, params[SORT_PARAM]);
  const headers = sortHeaders(USERS_SORT, sort, (tri) =>
    tri ? `${USERS_PATH}?${new URLSearchParams({ [SORT_PARAM]: tri })}` : USERS_PATH,
  );
  // Admins see every account; a manager, the people of the organisations they manage.
  if (!can(actor, "members:manage")) notFound();
  const admin = can(actor, "users:manage");
  const [users, invitations, organisations] = await Promise.all([
    listUsers(actor, sort),
    listPendingInvitations(actor),
    invitableOrganisations(actor),
  ]);
  return (
    <>
      <h1>Utilisateurs</h1>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} />}
      <TableFrame
        caption={`${users.length} comptes`}
        columns={[
          { label: "Nom et adresse", sort: headers.nom },
          "Rôles",
          { label: "Dernière connexion", sort: headers.connexion },
          { label: "État", sort: headers.etat },
        ]}
      >
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <Link href={`/admin/utilisateurs/${encodeURIComponent(u.id)}`}>{u.name}</Link>
                <br />
                <span className="fr-text--xs">{u.email}</span>
              </td>
              <td>
                {u.admin
                  ? ROLE_LABELS.admin
                  : u.memberships.map((m) => `${m.organisation.name} (${MEMBER_ROLE_LABELS[m.role]})`).join(", ")}
              </td>
              <td>{u.lastSignInAt ? formatDate(u.lastSignInAt) : "Jamais"}</td>
              <td>
                {u.disabledAt && (
                  <Badge small severity="warning">
                    Désactivé
                  </Badge>
                )}
                {admin && u.id !== actor.id && (
                  <UserStatusButton userId={u.id} name={u.name} email={u.email} disabled={u.disabledAt !== null} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      <h2>Invitations en attente</h2>
      <PendingInvitations invitations={invitations} now={new Date()} />
      <h2>Inviter une personne</h2>
      <InviteForm organisations={organisationOptions(organisations)} mayInviteAdmin={admin} />
    </>
  );
}
