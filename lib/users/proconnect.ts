import "server-only";
// An admin removes the ProConnect identity linked to an account (docs/decisions/0028): a link
// made to the wrong person, or an agent who left their administration. The person then signs
// in with their password, or links again at their next ProConnect sign-in under the rules.
import { Abort, failure, inCommandTransaction, type CommandContext, type CommandResult } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { canUnlinkProConnect, Forbidden, userScope } from "@/lib/auth/permissions";
import { UNKNOWN_PERSON } from "./members";

export async function unlinkProConnect({ actor, origin }: CommandContext, userId: string): Promise<CommandResult> {
  if (!canUnlinkProConnect(actor) || !actor) throw new Forbidden();
  return inCommandTransaction(async (tx) => {
    const person = await tx.user.findFirst({
      where: { AND: [{ id: userId }, userScope(actor)] },
      select: { id: true, email: true, oidcSubject: true, oidcLinkedAt: true },
    });
    if (!person) throw new Abort(failure("not_found", UNKNOWN_PERSON));
    if (!person.oidcSubject) throw new Abort(failure("conflict", "Ce compte n'est relié à aucune identité ProConnect."));
    await tx.user.update({ where: { id: person.id }, data: { oidcSubject: null, oidcLinkedAt: null } });
    await recordAudit(tx, {
      action: "user.proconnect_unlink",
      actor,
      origin,
      subject: { type: "user", id: person.id, label: person.email },
      changes: {
        avant: { ProConnect: person.oidcSubject, relié_le: person.oidcLinkedAt?.toISOString() ?? null },
        après: { ProConnect: null, relié_le: null },
      },
    });
    return { ok: true as const };
  });
}
