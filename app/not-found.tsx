import type { Metadata } from "next";
import Link from "next/link";
import { StatusPage } from "@/components/layout/StatusPage";

export const metadata: Metadata = { title: "Page non trouvée" };

export default function NotFound() {
  return (
    <StatusPage
      title="Page non trouvée"
      code="Erreur 404"
      lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
      actions={
        <li>
          <Link className="fr-btn" href="/">
            Voir les offres d'emploi
          </Link>
        </li>
      }
    >
      Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible : une offre
      qui n'est pas encore publiée, ou qui a été retirée, n'apparaît pas ici.
    </StatusPage>
  );
}
