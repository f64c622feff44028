// Invitations: a person is invited by email to organisations, with a role in each, and
// chooses their own password through a single-use link valid seven days, of which only the
// hash is stored (lib/account/links.ts, docs/decisions/0027-invitations.md). Nobody else ever
// sees that password. The rights of whoever invites are checked by the caller
// (./invitations.ts for the back office; the command line is run by whoever holds the server).
// No `server-only` here: `npm run user:create` invites the first admin with it.
import { z } from "zod";
import { failure, type Failure } from "@/lib/admin/command";
import { issueAccountLink } from "@/lib/account/links";
import { INVITATION_PATH } from "@/lib/account/paths";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/email";
import { env } from "@/lib/config/env";
import type { Prisma } from "@/lib/db/models";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { MEMBER_ROLE_LABELS, MEMBER_ROLES } from "./roles";

/** What an unknown organisation and one out of the inviter's hands both answer. */
export const UNKNOWN_ORGANISATION = "Choisissez les organisations dans la liste.";

/** Organisations one invitation may name at once. */
export const MAX_INVITED_ORGANISATIONS = 20;

export const invitationSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(320, "Cette adresse est trop longue.")
      .pipe(z.email("Adresse électronique invalide (nom@domaine.fr)"))
      .transform(normaliseEmail),
    name: z.string().trim().min(1, "Indiquez le nom de la personne.").max(200, "200 caractères au plus."),
    admin: z.boolean(),
    memberships: z
      .array(
        z.object({
          organisationId: z.string().min(1).max(64),
          role: z.enum(MEMBER_ROLES, "Choisissez un rôle dans la liste."),
        }),
      )
      .max(MAX_INVITED_ORGANISATIONS, `${MAX_INVITED_ORGANISATIONS} organisations au plus par invitation.`),
  })
  .refine((v) => new Set(v.memberships.map((m) => m.organisationId)).size === v.memberships.length, {
    path: ["memberships"],
    message: "Chaque organisation ne peut être choisie qu'une fois.",
  })
  .refine((v) => v.admin || v.memberships.length > 0, {
    path: ["memberships"],
    message: "Choisissez au moins une organisation et le rôle de la personne dans celle-ci.",
  });

export type Invitation = z.output<typeof invitationSchema>;

/**
 * What an invitation did: a link for a new or still pending account; for someone who already
 * has an account, only the new memberships (they sign in as before, no link is needed).
 */
export type Invited =
  | { kind: "link"; userId: string; email: string; name: string; token: string; expiresAt: Date }
  | { kind: "added"; userId: string; email: string; name: string };

export const invitationUrl = (token: string) => new URL(`${INVITATION_PATH}/${token}`, env().SITE_URL).toString();

/** The journal's view of the memberships: "Etalab" → "recruteur". */
const roleChanges = (memberships: Invitation["memberships"], names: Map<string, string>) =>
  Object.fromEntries(memberships.map((m) => [names.get(m.organisationId) ?? m.organisationId, MEMBER_ROLE_LABELS[m.role]]));

/**
 * Writes an invitation inside the caller's transaction: creates the account (no password),
 * or renews a pending one (the old link stops working), or adds the memberships to an
 * existing account. An address already a member of one of the organisations is refused.
 */
export async function writeInvitation(
  tx: Prisma.TransactionClient,
  { by, origin }: { by: AuditActor; origin?: RequestOrigin },
  invitation: Invitation,
  now = new Date(),
): Promise<Invited | Failure> {
  const ids = invitation.memberships.map((m) => m.organisationId);
  const organisations = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  if (organisations.length !== ids.length) return failure("not_found", UNKNOWN_ORGANISATION, "memberships");
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const existing = await tx.user.findUnique({
    where: { email: invitation.email },
    select: {
      id: true,
      name: true,
      admin: true,
      invitedAt: true,
      memberships: { select: { organisationId: true, organisation: { select: { name: true } } } },
    },
  });
  const pending = existing?.invitedAt != null;
  const already = existing?.memberships.find((m) => invitation.memberships.some((i) => i.organisationId === m.organisationId));
  if (existing && !pending && already)
    return failure(
      "invalid",
      `Cette personne est déjà membre de « ${already.organisation.name} » : changez son rôle depuis sa page.`,
      "email",
    );
  if (existing && !pending && invitation.admin && existing.admin)
    return failure("invalid", "Cette personne est déjà administratrice.", "email");

  const subject = { type: "user" as const, label: invitation.email };
  if (existing && !pending) {
    await tx.user.update({
      where: { id: existing.id },
      data: {
        admin: existing.admin || invitation.admin,
        memberships: { create: invitation.memberships.map(({ organisationId, role }) => ({ organisationId, role })) },
      },
    });
    await recordAudit(tx, {
      action: "user.invite",
      actor: by,
      origin,
      subject: { ...subject, id: existing.id },
      changes: {
        compte_existant: true,
        organisations: roleChanges(invitation.memberships, names),
        ...(invitation.admin ? { admin: true } : {}),
      },
    });
    return { kind: "added", userId: existing.id, email: invitation.email, name: existing.name };
  }

  const memberships = invitation.memberships.map(({ organisationId, role }) => ({ organisationId, role }));
  const user = existing
    ? await tx.user.update({
        where: { id: existing.id },
        data: {
          name: invitation.name,
          admin: existing.admin || invitation.admin,
          invitedAt: now,
          memberships: {
            upsert: memberships.map((m) => ({
              where: { userId_organisationId: { userId: existing.id, organisationId: m.organisationId } },
              create: m,
              update: { role: m.role },
            })),
          },
        },
        select: { id: true, name: true },
      })
    : await tx.user.create({
        data: {
          email: invitation.email,
          name: invitation.name,
          admin: invitation.admin,
          invitedAt: now,
          memberships: { create: memberships },
        },
        select: { id: true, name: true },
      });
  const { token, expiresAt } = await issueAccountLink(tx, user.id, "INVITATION", now);
  await recordAudit(tx, {
    action: "user.invite",
    actor: by,
    origin,
    subject: { ...subject, id: user.id },
    changes: {
      ...(existing ? { invitation_renouvelée: true } : {}),
      nom: invitation.name,
      organisations: roleChanges(invitation.memberships, names),
      ...(invitation.admin ? { admin: true } : {}),
    },
  });
  return { kind: "link", userId: user.id, email: invitation.email, name: user.name, token, expiresAt };
}
