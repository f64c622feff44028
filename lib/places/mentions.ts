// Communes named in a text, for the importer (a posting's free "lieu") and the editor's
// "Communes" field: which commune each mention means, the postcode the text gave, and the
// mentions that name several communes or none. Pure, like lib/places/communes.ts.
import { type Commune, communeLabel, resolvePlace } from "@/lib/places/communes";

/** A commune as a posting stores it: the postcode only when the text gave one. */
export type PlaceChoice = { commune: Commune; postcode: string | null };

export type Mention =
  | { kind: "found"; place: PlaceChoice }
  | { kind: "ambiguous"; text: string; candidates: Commune[] }
  | { kind: "unknown"; text: string };

/** One mention of one commune: "Rennes", "35000 Rennes", "Saint-Denis (93)", "Paris 7e", "Paris (75007)". */
export function readMention(raw: string): Mention {
  const text = raw.trim();
  const { commune, postcode, candidates } = resolvePlace(text);
  if (commune) return { kind: "found", place: { commune, postcode } };
  if (candidates.length > 1) return { kind: "ambiguous", text, candidates };
  return { kind: "unknown", text };
}

// Between two communes of a free text: "Nantes ou Rennes", "Paris, Lyon", "Lille / Arras".
// A comma also ends an address's street ("20 avenue de Ségur, 75007 Paris"): that part names no commune.
const SEPARATORS = /\s*[;,/\n]\s*|\s+(?:ou|et|\+|-)\s+/iu;

const foundCount = (mentions: Mention[]) => foundPlaces(mentions).length;

/**
 * Every mention of a commune in a free text, in order. Its parts when they name several
 * communes ("Nantes ou Rennes"); else the whole text when it names one ("20 avenue de Ségur,
 * 75007 Paris", "Saint-Denis, La Réunion"); else the parts that say something ("Toulouse ou à distance").
 */
export function readMentions(text: string): Mention[] {
  const whole = readMention(text);
  const parts = text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
  if (parts.length < 2) return [whole];
  const mentions = parts.map(readMention);
  if (foundCount(mentions) > 1) return mentions;
  if (whole.kind === "found") return [whole];
  return mentions.some((mention) => mention.kind !== "unknown") ? mentions : [whole];
}

/** The postcode of `commune` that `text` gives (written out, or an arrondissement); null when it gives none. */
export function postcodeIn(text: string, commune: Commune): string | null {
  const mention = readMentions(text).find((m) => m.kind === "found" && m.place.commune.inseeCode === commune.inseeCode);
  return mention?.kind === "found" ? mention.place.postcode : null;
}

/** The communes a list of mentions found, each once, in order. */
export function foundPlaces(mentions: Mention[]): PlaceChoice[] {
  const seen = new Set<string>();
  const places: PlaceChoice[] = [];
  for (const mention of mentions) {
    if (mention.kind !== "found" || seen.has(mention.place.commune.inseeCode)) continue;
    seen.add(mention.place.commune.inseeCode);
    places.push(mention.place);
  }
  return places;
}

/** The candidates of an ambiguous mention, as a person reads them: "Saint-Denis (93), Saint-Denis (974)…". */
export function candidatesText(candidates: Commune[], max = 5): string {
  const shown = candidates.slice(0, max).map(communeLabel).join(", ");
  return candidates.length > max ? `${shown}…` : shown;
}

/** How the editor writes a commune back: with the postcode the text gave, else with its département. */
export function placeLabel(place: { name: string; postcode: string | null; departementCode: string }): string {
  return `${place.name} (${place.postcode ?? place.departementCode})`;
}
