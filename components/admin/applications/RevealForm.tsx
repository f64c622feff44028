"use client";
import { ConfirmedForm } from "@/components/admin/ConfirmedForm";
import { revealApplicationAction } from "@/lib/applications/admin/actions";

/** The confirmed reveal of a masked application, in its modal or on its confirmation page; success shows it whole. */
export function RevealForm({ id, cancelHref }: { id: string; cancelHref?: string }) {
  return <ConfirmedForm action={revealApplicationAction} fields={{ id }} submit="Lever l'anonymat" cancelHref={cancelHref} />;
}
