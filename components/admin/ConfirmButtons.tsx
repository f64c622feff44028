import Link from "next/link";
import type { ButtonHTMLAttributes } from "react";

type Props = {
  /** The confirming button's text ("Supprimer définitivement"). */
  submit: string;
  pending?: boolean;
  /** Where "Annuler" leads; none in a modal, which has its own close button. */
  cancelHref?: string;
  /** More of the submit button: its name and value, the form it belongs to. */
  submitProps?: ButtonHTMLAttributes<HTMLButtonElement>;
};

/** The buttons of a confirmation, in its modal or on its page: confirm, and cancel back to where one came from. */
export function ConfirmButtons({ submit, pending, cancelHref, submitProps }: Props) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <button type="submit" className="fr-btn" disabled={pending} {...submitProps}>
          {submit}
        </button>
      </li>
      {cancelHref && (
        <li>
          <Link className="fr-btn fr-btn--secondary" href={cancelHref}>
            Annuler
          </Link>
        </li>
      )}
    </ul>
  );
}
