import Link from "next/link";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { startOfParisWeek } from "@/lib/dates/paris";
import { parisDay } from "@/lib/dates/paris";
import { dashboardCounts } from "@/lib/postings/admin/queries";

export const metadata = { title: "Tableau de bord" };

function Tile({ count, label, href }: { count: number; label: string; href: string }) {
  return (
    <div className="fr-col-12 fr-col-sm-6">
      <div className="fr-tile fr-enlarge-link">
        <div className="fr-tile__body">
          <div className="fr-tile__content">
            <h2 className="fr-tile__title">
              <Link href={href}>
                <span className="fr-display--xs fr-mb-0">{count}</span> {label}
              </Link>
            </h2>
          </div>
        </div>
      </div>
    </div>
  );
}

export default async function DashboardPage() {
  const actor = await requireActorOrSignIn("/admin");
  const counts = await dashboardCounts(actor);
  return (
    <>
      <h1>Tableau de bord</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {counts.applicationsThisWeek !== null && (
          <Tile
            count={counts.applicationsThisWeek}
            label={counts.applicationsThisWeek > 1 ? "candidatures reçues cette semaine" : "candidature reçue cette semaine"}
            href={`/admin/candidatures?du=${parisDay(startOfParisWeek(new Date()))}`}
          />
        )}
        <Tile count={counts.open} label={counts.open > 1 ? "offres ouvertes" : "offre ouverte"} href="/admin/offres?statut=open" />
        <Tile count={counts.closingSoon} label="clôture dans les 7 jours" href="/admin/offres?statut=open" />
        <Tile
          count={counts.scheduled}
          label={counts.scheduled > 1 ? "publications programmées" : "publication programmée"}
          href="/admin/offres?statut=scheduled"
        />
        <Tile count={counts.drafts} label={counts.drafts > 1 ? "brouillons" : "brouillon"} href="/admin/offres?statut=draft" />
      </div>
      {can(actor, "postings:write") && (
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/admin/offres/nouvelle">
          Rédiger une offre
        </Link>
      )}
    </>
  );
}
