"use client";
import { type ReactNode, useActionState } from "react";
import { ConfirmButtons } from "@/components/admin/ConfirmButtons";
import { ConfirmDialog } from "@/components/admin/ConfirmDialog";
import { FormStatus } from "@/components/forms/feedback";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { disableUserAction } from "@/lib/users/actions";

/** The confirmed disabling of an account, in its modal or on its confirmation page; success leads to the person's page. */
export function DisablePersonForm({ userId, cancelHref }: { userId: string; cancelHref?: string }) {
  const [state, action, pending] = useActionState(disableUserAction, INITIAL_FORM_STATE);
  return (
    <>
      <FormStatus state={state} />
      <form action={action}>
        <input type="hidden" name="userId" value={userId} />
        <ConfirmButtons submit="Désactiver le compte" pending={pending} cancelHref={cancelHref} />
      </form>
    </>
  );
}

/** What disabling does, said the same in the modal and on the page. */
export function DisableConsequences({ name, email }: { name: string; email: string }) {
  return (
    <p>
      {name} ({email}) ne pourra plus se connecter et ses sessions ouvertes seront fermées aussitôt. Ses droits sont conservés : le compte
      peut être réactivé.
    </p>
  );
}

type DialogProps = { userId: string; name: string; email: string; confirmationPath: string; trigger: ReactNode; buttonClassName?: string };

/** "Désactiver le compte", which asks first: a DSFR modal, or its confirmation page without JavaScript. */
export function DisablePersonDialog({ userId, name, email, confirmationPath, trigger, buttonClassName }: DialogProps) {
  return (
    <ConfirmDialog
      id={`desactiver-${userId}`}
      trigger={trigger}
      confirmationPath={confirmationPath}
      title={`Désactiver le compte de ${name} ?`}
      buttonClassName={buttonClassName}
    >
      <DisableConsequences name={name} email={email} />
      <DisablePersonForm userId={userId} />
    </ConfirmDialog>
  );
}
