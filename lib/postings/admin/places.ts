// The editor's "Communes" field, read on the server (the commune list stays out of the
// browser's bundle): one or several communes separated by « ; », each resolved on its own.
// A name that several communes bear, or none, refuses the save with a message next to the field.
import { communeLabel, suggestCommunes } from "@/lib/places/communes";
import { type PlaceChoice, placeLabel, readMention } from "@/lib/places/mentions";
import { placesOfText } from "@/lib/postings/places";

export const MAX_PLACES = 20;

export type PlacesField = { ok: true; places: PlaceChoice[] } | { ok: false; message: string };

/**
 * The communes the field names; left empty, those the free-text place names without doubt
 * (as the importer and the start-up backfill read it), so that the three agree.
 */
export function readPlacesField(text: string, location: string | null): PlacesField {
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, places: placesOfText(location) };
  if (parts.length > MAX_PLACES) return { ok: false, message: `${MAX_PLACES} communes au plus, séparées par « ; »` };
  const places: PlaceChoice[] = [];
  for (const part of parts) {
    const mention = readMention(part);
    if (mention.kind === "ambiguous") {
      const [first] = mention.candidates;
      return {
        ok: false,
        message: `Plusieurs communes s'appellent ${first!.name} : précisez le département, par exemple « ${communeLabel(first!)} »`,
      };
    }
    if (mention.kind === "unknown") {
      return {
        ok: false,
        message: `Aucune commune ne s'appelle « ${part} » : vérifiez l'orthographe, ou ajoutez le code postal, par exemple « 35000 Rennes »`,
      };
    }
    if (!places.some((place) => place.commune.inseeCode === mention.place.commune.inseeCode)) places.push(mention.place);
  }
  return { ok: true, places };
}

/** The field's text for saved communes: "Rennes (35) ; Paris (75007)". */
export function placesFieldText(places: readonly { name: string; postcode: string | null; departementCode: string }[]): string {
  return places.map(placeLabel).join(" ; ");
}

/** The field's text for communes just resolved, as it will read once saved. */
export function choicesFieldText(places: readonly PlaceChoice[]): string {
  return placesFieldText(places.map(({ commune, postcode }) => ({ ...commune, postcode })));
}

/** What the field's suggestions offer for the commune being typed (the text after the last « ; »). */
export function communeSuggestions(query: string, limit = 8): string[] {
  const typed = query.trim();
  if (typed.length < 2) return [];
  return suggestCommunes(typed, limit).map(communeLabel);
}
