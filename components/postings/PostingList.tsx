import type { PostingCard as PostingCardData } from "@/lib/postings/queries";
import { PostingCard } from "./PostingCard";

export function PostingList({ postings }: { postings: PostingCardData[] }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {postings.map((posting) => (
        <li key={posting.slug} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <PostingCard posting={posting} />
        </li>
      ))}
    </ul>
  );
}
