"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <Button
      priority="tertiary"
      size="small"
      iconId="fr-icon-logout-box-r-line"
      onClick={() => void signOut({ callbackUrl: "/admin/connexion" })}
    >
      Se déconnecter
    </Button>
  );
}
