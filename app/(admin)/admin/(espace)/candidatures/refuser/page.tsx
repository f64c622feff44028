import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { BulkRejectForm } from "@/components/admin/applications/BulkRejectForm";
import { BackLink } from "@/components/layout/BackLink";
import { inboxQueryString, parseInboxParams } from "@/lib/applications/admin/filters";
import { selectionCount } from "@/lib/applications/admin/queries";
import { isRejectionReason, REJECTION_REASONS } from "@/lib/applications/admin/rejection";
import { applicationCount, parseSelection, SELECTION_FIELDS, searchParamsOf } from "@/lib/applications/admin/selection";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";

export const metadata = { title: "Refuser des candidatures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What of the inbox's form the confirmation posts again. */
const KEPT = new Set<string>([...Object.values(SELECTION_FIELDS), "offre", "statut", "du", "au", "q", "reason", "send"]);

// The confirmation of a bulk rejection without JavaScript (with it, a modal of the inbox asks the same).
export default async function BulkRejectPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/candidatures");
  if (!can(actor, "applications:write")) notFound();
  const params = searchParamsOf(await searchParams);
  const { filters, page, sort } = parseInboxParams(params);
  const back = `/admin/candidatures${inboxQueryString(filters, page, sort)}`;
  const parsed = parseSelection(params);
  const reason = params.get("reason");
  const problem = !parsed.ok
    ? parsed.message
    : !isRejectionReason(reason)
      ? "Choisissez un motif de refus dans la liste, puis recommencez."
      : null;
  const count = parsed.ok && !problem ? await selectionCount(actor, parsed.selection) : 0;
  // A row of another organisation answers as an unknown one: there is nothing to confirm.
  if (parsed.ok && parsed.selection.scope === "rows" && count !== parsed.selection.rows.length) notFound();
  const send = params.get("send") === "on";
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir à la liste
      </BackLink>
      <h1>{problem ? "Refuser des candidatures" : `Refuser ${applicationCount(count)} ?`}</h1>
      {problem || !isRejectionReason(reason) ? (
        <Alert className="fr-mb-3w" small severity="error" description={problem ?? ""} />
      ) : (
        <>
          <p>
            {count > 1 ? `Ces ${applicationCount(count)} passeront` : "Cette candidature passera"} à l'étape « Non retenue », motif «{" "}
            {REJECTION_REASONS[reason].label} ».{" "}
            {send
              ? "Chaque personne recevra son propre courriel, prérempli d'après le motif et adressé à son prénom."
              : "Aucun courriel ne sera envoyé."}
          </p>
          <p>Rien ne sera fait si l'une d'elles a changé d'étape entre-temps.</p>
          <BulkRejectForm fields={[...params.entries()].filter(([name]) => KEPT.has(name))} cancelHref={back} />
        </>
      )}
    </>
  );
}
