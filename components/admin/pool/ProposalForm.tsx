"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/feedback";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { proposeOfferAction } from "@/lib/pool/actions";

/**
 * The confirmation of a proposal: one button that sends. The answer ("12 personnes contactées…")
 * takes the focus; once everyone has had the offer, the button goes and the answer stays.
 */
export function ProposalForm({ fields, count, back }: { fields: [string, string][]; count: number; back: string }) {
  const [state, action, pending] = useActionState(proposeOfferAction, INITIAL_FORM_STATE);
  return (
    <>
      <FormStatus state={state} />
      <form action={action}>
        {fields.map(([name, value], i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same name repeats (one per candidate); the list never reorders.
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {count > 0 && (
            <li>
              <button type="submit" className="fr-btn" disabled={pending}>
                {count === 1 ? "Envoyer l'offre à 1 personne" : `Envoyer l'offre à ${count} personnes`}
              </button>
            </li>
          )}
          <li>
            <Link className="fr-btn fr-btn--secondary" href={back}>
              Revenir au vivier
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
