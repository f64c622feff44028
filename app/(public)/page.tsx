import { notFound } from "next/navigation";
import { PostingList } from "@/components/postings/PostingList";
import { PostingPagination, parsePageParam } from "@/components/postings/PostingPagination";
import { NoOpenPostings } from "@/components/postings/NoOpenPostings";
import { listOpenPostings } from "@/lib/postings/queries";

// Read at request time: the list changes as postings open and close, and nothing may
// touch the database during `next build`.
export const dynamic = "force-dynamic";

type HomeProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function countLabel(total: number): string {
  if (total === 0) return "Aucune offre ouverte";
  return total === 1 ? "1 offre ouverte" : `${total.toLocaleString("fr-FR")} offres ouvertes`;
}

export default async function HomePage({ searchParams }: HomeProps) {
  const requested = parsePageParam((await searchParams).page);
  if (requested === null) notFound();
  const { items, total, page, pageCount } = await listOpenPostings(requested);
  // A page past the end is a URL that does not exist, as is ?page=0 or ?page=abc.
  if (requested > pageCount) notFound();

  return (
    <div className="fr-container fr-my-6w">
      <h1>Rejoindre les équipes numériques de l'État</h1>
      <p className="fr-text--lead">
        Start-ups d'État, Etalab, DINUM et équipes partenaires recrutent des profils du numérique pour
        construire des services publics utiles et simples.
      </p>
      <p className="fr-text--bold" id="resultats">
        {countLabel(total)}
        {pageCount > 1 && ` – page ${page} sur ${pageCount}`}
      </p>
      {items.length > 0 ? <PostingList postings={items} /> : <NoOpenPostings />}
      <PostingPagination page={page} pageCount={pageCount} />
    </div>
  );
}
