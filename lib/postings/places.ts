// A posting's communes (PostingPlace), beside its free-text place: written by the importer,
// the editor and the start-up backfill, always in the transaction that writes the posting.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { communeByCode } from "@/lib/places/communes";
import { foundPlaces, type PlaceChoice, postcodeIn, readMentions } from "@/lib/places/mentions";

type Tx = Prisma.TransactionClient;

/** The communes of INSEE codes (unknown codes left out), each with the postcode `text` gives for it. */
export function placesOfCodes(codes: readonly string[], text: string | null): PlaceChoice[] {
  return codes.flatMap((code) => {
    const commune = communeByCode(code);
    return commune ? [{ commune, postcode: text ? postcodeIn(text, commune) : null }] : [];
  });
}

/** Saved communes (a copy of a posting's), with their postcodes. */
export function placesOfRows(rows: readonly { inseeCode: string; postcode: string | null }[]): PlaceChoice[] {
  return rows.flatMap(({ inseeCode, postcode }) => {
    const commune = communeByCode(inseeCode);
    return commune ? [{ commune, postcode }] : [];
  });
}

/** The communes a free-text place names without doubt (none for "Saint-Denis" alone or "Télétravail"). */
export function placesOfText(text: string | null): PlaceChoice[] {
  return text ? foundPlaces(readMentions(text)) : [];
}

/** Replaces the posting's communes by `places`, in their order. */
export async function writePostingPlaces(tx: Tx, postingId: string, places: readonly PlaceChoice[]): Promise<void> {
  await tx.postingPlace.deleteMany({ where: { postingId } });
  await tx.postingPlace.createMany({
    data: places.map(({ commune, postcode }, position) => ({
      postingId,
      position,
      inseeCode: commune.inseeCode,
      name: commune.name,
      postcode,
      departementCode: commune.departementCode,
      departementName: commune.departementName,
      regionCode: commune.regionCode,
      regionName: commune.regionName,
    })),
  });
}

/** What the public page, the preview and JSON-LD read of a posting's communes. */
export const placeSelect = {
  select: { inseeCode: true, name: true, postcode: true, departementCode: true, regionName: true },
  orderBy: { position: "asc" },
} as const;

/**
 * Gives their communes to postings saved before communes existed (a place written, no
 * commune), as the importer would read their place, so that the place filter finds them by
 * département or région. A place that names no commune is read again at each start: a lookup
 * in memory, no write. Returns how many postings got communes.
 */
export async function fillMissingPlaces(db: Db): Promise<number> {
  const postings = await db.posting.findMany({
    where: { location: { not: null }, places: { none: {} } },
    select: { id: true, location: true },
  });
  let filled = 0;
  for (const { id, location } of postings) {
    const places = placesOfText(location);
    if (places.length === 0) continue;
    await db.$transaction((tx) => writePostingPlaces(tx, id, places));
    filled++;
  }
  return filled;
}
