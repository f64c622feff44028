import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { AdminMenu } from "@/components/admin/AdminMenu";
import { SignOutButton } from "@/components/admin/SignOutButton";
import { currentActor } from "@/lib/auth/current";
import { can, secondFactorPending } from "@/lib/auth/permissions";
import { DEMO_ADMIN_EMAIL, demoAdminActive } from "@/lib/users/demo-admin";
import { SERVICE_NAME } from "@/lib/brand";
import { ACCOUNT_PATH, SECOND_FACTOR_PATH } from "@/lib/account/paths";
import { POOL_PATH } from "@/lib/pool/filters";

export const metadata: Metadata = {
  title: { default: "Espace recruteurs", template: `%s – Espace recruteurs – ${SERVICE_NAME}` },
  robots: { index: false },
};
export const dynamic = "force-dynamic";

// Not a guard: every page redirects a visitor without a session to the sign-in page (with
// its own address to come back to), and every action and data function checks rights itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) return children;
  const demoAdmin = await demoAdminActive();
  // A pending session has one place to go (docs/decisions/0026): the menu offers only that.
  const entries = secondFactorPending(actor)
    ? [{ text: "Double authentification", href: SECOND_FACTOR_PATH }]
    : [
        { text: "Tableau de bord", href: "/admin" },
        { text: "Offres", href: "/admin/offres" },
        ...(can(actor, "applications:read")
          ? [
              { text: "Candidatures", href: "/admin/candidatures" },
              { text: "Vivier", href: POOL_PATH },
            ]
          : []),
        ...(can(actor, "postings:write") ? [{ text: "Importer des offres", href: "/admin/import" }] : []),
        ...(can(actor, "members:manage") ? [{ text: "Utilisateurs", href: "/admin/utilisateurs" }] : []),
        ...(can(actor, "audit:read") ? [{ text: "Journal", href: "/admin/journal" }] : []),
        { text: "Mon compte", href: ACCOUNT_PATH },
      ];
  return (
    <div className="fr-container fr-my-4w">
      {demoAdmin && (
        <Alert
          className="fr-mb-4w"
          severity="warning"
          title="Le compte de démonstration est encore actif"
          description={`Le mot de passe de ${DEMO_ADMIN_EMAIL} a été affiché dans le journal du premier démarrage : désactivez ce compte dans « Utilisateurs » avant d'ouvrir le portail à d'autres personnes.`}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <AdminMenu entries={entries} />
          <p className="fr-text--sm fr-mt-2w fr-mb-1w">
            Connecté·e : <strong>{actor.name}</strong>
            <br />
            {actor.email}
          </p>
          <SignOutButton />
        </div>
        <div className="fr-col-12 fr-col-md-9">{children}</div>
      </div>
    </div>
  );
}
