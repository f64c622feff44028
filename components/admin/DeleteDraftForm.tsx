"use client";
import { deleteDraftAction } from "@/lib/postings/admin/actions";
import { ConfirmedForm } from "./ConfirmedForm";

/** The confirmed deletion of a draft, in its modal or on its confirmation page; success leads to the list. */
export function DeleteDraftForm({ id, version, cancelHref }: { id: string; version: number; cancelHref?: string }) {
  return <ConfirmedForm action={deleteDraftAction} fields={{ id, version }} submit="Supprimer définitivement" cancelHref={cancelHref} />;
}
