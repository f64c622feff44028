"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { type ReactNode, useActionState } from "react";
import { errorOf, FormStatus } from "@/components/forms/feedback";
import { confirmTotpEnrolmentAction, renewRecoveryCodesAction, startTotpEnrolmentAction } from "@/lib/account/actions";
import { ACCOUNT_PATH } from "@/lib/account/paths";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { RecoveryCodes } from "./RecoveryCodes";

/** Draws a secret to scan, then opens the enrolment page. */
export function StartEnrolmentButton({ label }: { label: string }) {
  const [state, action, pending] = useActionState(startTotpEnrolmentAction, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}

/**
 * The enrolment, from the key to scan to the recovery codes. The codes come back in this
 * component's state, so it stays mounted when the page, refreshed, has no key left to show.
 */
export function EnrolmentSteps({ scan }: { scan: ReactNode | null }) {
  const [state, action, pending] = useActionState(confirmTotpEnrolmentAction, INITIAL_FORM_STATE);
  if (state.data) {
    return (
      <>
        <FormStatus state={state} />
        <RecoveryCodes codes={state.data.recoveryCodes} />
        <Link className="fr-btn" href={ACCOUNT_PATH}>
          J'ai noté mes codes : revenir à mon compte
        </Link>
      </>
    );
  }
  if (!scan) return <StartEnrolmentButton label="Commencer la configuration" />;
  return (
    <>
      {scan}
      <h2 className="fr-h4">2. Saisissez le code affiché</h2>
      <FormStatus state={state} />
      <form key={state.submission} action={action} noValidate>
        <Input
          label="Code à 6 chiffres affiché par l'application"
          hintText="Il change toutes les 30 secondes."
          {...errorOf(state, "code")}
          nativeInputProps={{ name: "code", inputMode: "numeric", autoComplete: "one-time-code", required: true, maxLength: 20 }}
        />
        <Button type="submit" disabled={pending}>
          Activer la double authentification
        </Button>
      </form>
      <p className="fr-mt-4w fr-text--sm">Un problème avec cette clé ?</p>
      <StartEnrolmentButton label="Générer une autre clé" />
    </>
  );
}

/** New recovery codes against the password; the old ones stop working. */
export function RenewRecoveryCodesForm({ withPassword }: { withPassword: boolean }) {
  const [state, action, pending] = useActionState(renewRecoveryCodesAction, INITIAL_FORM_STATE);
  return (
    <>
      <FormStatus state={state} />
      {state.data && <RecoveryCodes codes={state.data.recoveryCodes} />}
      <form key={state.submission} action={action} noValidate>
        {withPassword && (
          <Input
            label="Mot de passe"
            hintText="Demandé pour obtenir de nouveaux codes de secours."
            {...errorOf(state, "password")}
            nativeInputProps={{ name: "password", type: "password", autoComplete: "current-password", required: true }}
          />
        )}
        <Button type="submit" priority="secondary" disabled={pending}>
          Obtenir de nouveaux codes de secours
        </Button>
      </form>
    </>
  );
}
