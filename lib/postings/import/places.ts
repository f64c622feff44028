// The communes of an imported posting (INSEE codes): listed in the front matter (`communes`,
// `code_insee`…), else read from its place once the details are known (front matter or prose).
// A name that several communes bear, or none, stays text only, with a remark.
import { type Context, entry, setAside } from "@/lib/postings/import/context";
import { communeByCode, communeLabel } from "@/lib/places/communes";
import { candidatesText, foundPlaces, type Mention, readMention, readMentions } from "@/lib/places/mentions";

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

/** A YAML list, or one value, or codes written on one line ("35238, 75056"). */
function itemsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[;,\n]/) : [value];
  return items
    .map((item) => (typeof item === "number" && Number.isInteger(item) ? String(item).padStart(5, "0") : item))
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One item of the front-matter list: an INSEE code, or a commune's name as the editor writes it. */
function mentionOf(item: string): Mention {
  if (!INSEE_CODE.test(item)) return readMention(item);
  const commune = communeByCode(item.toUpperCase());
  return commune ? { kind: "found", place: { commune, postcode: null } } : { kind: "unknown", text: item };
}

function remark(context: Context, mention: Mention, found: string): void {
  if (mention.kind === "found") context.warnings.push(`${found} : ${communeLabel(mention.place.commune)}`);
  if (mention.kind === "ambiguous") {
    context.warnings.push(
      `lieu laissé en texte, plusieurs communes s'appellent « ${mention.text} » (${candidatesText(mention.candidates)}) : précisez le département ou le code postal`,
    );
  }
}

function fromFrontMatter(context: Context): string[] | null {
  const found = entry(context, "places");
  if (!found) return null;
  const items = itemsOf(found.value);
  const mentions = items.map(mentionOf);
  const refused = items.filter((_, index) => mentions[index]!.kind !== "found");
  for (const mention of mentions) remark(context, mention, `commune lue dans « ${found.key} »`);
  if (refused.length > 0)
    setAside(context, found.key, refused.length === items.length ? found.value : refused, "commune inconnue ou ambiguë");
  const places = foundPlaces(mentions);
  return places.length > 0 ? places.map(({ commune }) => commune.inseeCode) : null;
}

/** INSEE codes of the posting's communes, in the order found; none when the place names no commune for sure. */
export function readPlaces(context: Context, location: string | null): string[] {
  const listed = fromFrontMatter(context);
  if (listed) return listed;
  if (location === null) return [];
  const mentions = readMentions(location);
  for (const mention of mentions) remark(context, mention, "lieu reconnu");
  if (mentions.every((mention) => mention.kind === "unknown")) {
    context.warnings.push(`lieu laissé en texte, aucune commune reconnue : « ${location} »`);
  }
  return foundPlaces(mentions).map(({ commune }) => commune.inseeCode);
}
