// What a blind first review removes from a text the candidate wrote (their CV, their message):
// the ways to find out who they are (docs/decisions/0030-blind-first-review.md).
import { findPhoneNumbersInText } from "libphonenumber-js/max";

export type KnownPerson = { firstName: string; lastName: string };

export const REMOVED = {
  email: "[adresse électronique retirée]",
  phone: "[téléphone retiré]",
  link: "[lien retiré]",
  address: "[adresse postale retirée]",
  name: "[nom retiré]",
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A web address with its scheme or "www.", or a bare host on a usual top-level domain
// ("linkedin.com/in/…", "lea.dev"): "Node.js" or "v2.0" are not addresses.
// A final full stop or comma ends the sentence, not the address.
const URL_LIKE =
  /\b(?:(?:https?:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?]|(?:[\p{L}\p{N}-]+\.)+(?:com|fr|org|net|io|dev|me|eu|info|app|tech|page|site|xyz|co)\b(?:\/(?:[^\s<>()"]*[^\s<>()".,;:!?])?)?)/giu;
// A line that reads as a postal address: a French postcode before a town ("35000 Rennes",
// "75011 PARIS", not "45000 euros"), or a number and a kind of street ("12 bis rue des Lilas").
const POSTCODE_TOWN = /\b(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{3}\s+\p{Lu}/u;
const STREET =
  /\b\d{1,4}\s*(?:bis|ter|[a-c])?,?\s+(?:rue|avenue|av\.|boulevard|bd|allée|allee|chemin|place|impasse|quai|route|cours|square|passage|résidence|residence|lotissement|lieu-dit)\b/iu;

/** Lower case, accents off, one character for one: positions in the result are positions in `text`. */
function fold(text: string): string {
  let folded = "";
  for (const c of text) {
    const f = c.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    folded += f.length === c.length ? f : c;
  }
  return folded;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The pieces of the candidate's names to look for: each whole name and each of its parts of
 * three letters or more ("Le Bihan" → "le bihan", "bihan"; "le" alone would take every article).
 */
function namePatterns(person: KnownPerson): RegExp | null {
  const pieces = new Set<string>();
  for (const name of [
    person.firstName,
    person.lastName,
    `${person.firstName} ${person.lastName}`,
    `${person.lastName} ${person.firstName}`,
  ]) {
    const folded = fold(name.trim());
    if (!folded) continue;
    pieces.add(folded);
    for (const part of folded.split(/[\s'’-]+/)) if (part.length >= 3) pieces.add(part);
  }
  if (pieces.size === 0) return null;
  // Longest first, so that "lea martin" goes in one piece rather than two; spaces and hyphens
  // between parts match any run of them.
  const alternatives = [...pieces]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]+"),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

function replaceNames(text: string, person: KnownPerson): string {
  const pattern = namePatterns(person);
  if (!pattern) return text;
  const folded = fold(text);
  let out = "";
  let last = 0;
  for (const match of folded.matchAll(pattern)) {
    out += text.slice(last, match.index) + REMOVED.name;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

function replacePhones(text: string): string {
  const found = findPhoneNumbersInText(text, { defaultCountry: "FR" });
  let out = "";
  let last = 0;
  for (const { startsAt, endsAt } of found) {
    out += text.slice(last, startsAt) + REMOVED.phone;
    last = endsAt;
  }
  return out + text.slice(last);
}

const replaceAddressLines = (text: string) =>
  text
    .split(/(\r\n|\n|\r)/)
    .map((line) => (POSTCODE_TOWN.test(line) || STREET.test(line) ? REMOVED.address : line))
    .join("");

/**
 * `text` without its contact details: addresses (electronic and postal), phone numbers, web
 * links and the candidate's own first and last names, whatever their case and accents. Each
 * removal leaves a bracketed word in its place, so the reader knows something was there.
 */
export function removeContactDetails(text: string, person: KnownPerson): string {
  const withoutAddresses = text.replace(EMAIL, REMOVED.email).replace(URL_LIKE, REMOVED.link);
  return replaceNames(replacePhones(replaceAddressLines(withoutAddresses)), person);
}
