"use client";
// A client component for the weight of the page, not for behaviour: the cards render on the
// server as before, but the RSC payload carries their data (a few hundred bytes each)
// instead of a copy of their markup (about 1.7 KB each). See docs/decisions/0005-search-and-cached-home.md.
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
