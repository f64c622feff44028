"use client";
import { useActionState } from "react";
import { ConfirmButtons } from "@/components/admin/ConfirmButtons";
import { FormStatus } from "@/components/forms/feedback";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { bulkApplicationsAction } from "@/lib/applications/admin/actions";

/** The bulk rejection's confirmation without JavaScript: the same fields as the inbox's form, posted again. */
export function BulkRejectForm({ fields, cancelHref }: { fields: [string, string][]; cancelHref: string }) {
  const [state, action, pending] = useActionState(bulkApplicationsAction, INITIAL_FORM_STATE);
  return (
    <>
      <FormStatus state={state} />
      <form action={action}>
        {fields.map(([name, value], index) => (
          // Several rows share a name ("choix"): the index keeps each one.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the page's life.
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="operation" value="refuser" />
        <input type="hidden" name="retour" value={cancelHref} />
        <ConfirmButtons submit="Confirmer le refus" pending={pending} cancelHref={cancelHref} />
      </form>
    </>
  );
}
