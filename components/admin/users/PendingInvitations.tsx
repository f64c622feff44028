// The invitations not yet accepted, with what the actor may do of each: send it again (a new
// link; the old one stops working) or revoke it.
import { TableFrame } from "@/components/admin/TableFrame";
import { formatDate } from "@/lib/dates/paris";
import type { MemberRole } from "@/lib/db/models";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/users/actions";
import { MEMBER_ROLE_LABELS, ROLE_LABELS } from "@/lib/users/roles";
import { PersonForm } from "./PersonForm";

export type PendingInvitation = {
  id: string;
  email: string;
  name: string;
  admin: boolean;
  invitedAt: Date | null;
  expiresAt: Date | null;
  memberships: { role: MemberRole; organisation: { name: string } }[];
};

export function PendingInvitations({ invitations, now }: { invitations: PendingInvitation[]; now: Date }) {
  if (invitations.length === 0) return <p>Aucune invitation en attente.</p>;
  return (
    <TableFrame
      caption={`${invitations.length} invitation${invitations.length > 1 ? "s" : ""} en attente`}
      columns={["Personne invitée", "Rôles", "Envoyée le", "Lien", "Actions"]}
    >
      <tbody>
        {invitations.map((i) => (
          <tr key={i.id}>
            <td>
              {i.name}
              <br />
              <span className="fr-text--xs">{i.email}</span>
            </td>
            <td>
              {[
                ...(i.admin ? [ROLE_LABELS.admin] : []),
                ...i.memberships.map((m) => `${m.organisation.name} (${MEMBER_ROLE_LABELS[m.role]})`),
              ].join(", ")}
            </td>
            <td>{i.invitedAt ? formatDate(i.invitedAt) : ""}</td>
            <td>{i.expiresAt && i.expiresAt > now ? `Valable jusqu'au ${formatDate(i.expiresAt)}` : "Expiré"}</td>
            <td>
              <PersonForm
                action={resendInvitationAction}
                hidden={{ userId: i.id }}
                submit="Renvoyer"
                context={`l'invitation de ${i.email}`}
              />
              <PersonForm
                action={revokeInvitationAction}
                hidden={{ userId: i.id }}
                submit="Révoquer"
                context={`l'invitation de ${i.email}`}
                tertiary
              />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
