// Where the post is held, read from the prose and resolved against the official list of
// communes (lib/places/communes.ts): a text is only a place when a commune answers to it.
// Trips ("déplacements ponctuels à Lyon") and the team's history ("créée à Marseille en 2018")
// are no place of work: bare mentions in such sentences are skipped, and a bare city name
// without a word saying the post is there is never read.
import { resolvePlace } from "@/lib/places/communes";
import { TRIP_OR_HISTORY } from "./patterns";
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const STREET = "(?:rue|avenue|av\\.?|boulevard|bd|place|quai|allee|impasse|cours|chemin|square|esplanade|route|parvis|passage|promenade)";
const ADDRESS = new RegExp(`\\b\\d{1,4}(?: ?(?:bis|ter))?,? ${STREET} [^,;()]{2,60}?,? (\\d{5}) [a-z]`);
const POSTCODE_AND_NAME = /(?<![\d.,])\d{5} [a-z]/;
const ARRONDISSEMENT = /\b(?:paris|lyon|marseille) ?\d{1,2} ?(?:e|er|eme|ieme|em)\b/;
const PIN = /📍\s*/u;

// Words saying the post is in the place named next ("basée à", "dans nos locaux de").
const CUE = new RegExp(
  [
    "\\bbase(?:e|es|ees|s)? (?:a|au|sur|dans)",
    "\\b(?:situee?s?|localisee?s?|implantee?s?) (?:a|au|dans|sur)",
    "\\b(?:locaux|bureaux|campus|site|antenne|agence) (?:[a-z]+ )?(?:de|d'|a|du|au|sur)",
    "\\b(?:poste|stage|mission|emploi|affectation)(?: (?:est|sera|se situe|se trouve))? (?:a pourvoir )?(?:a|au|sur)",
    "\\b(?:travaillerez|exercerez|serez (?:accueillie?|installee?|basee?)) (?:a|au|depuis|dans nos locaux de|dans les locaux de)",
    "\\b(?:en presentiel|sur site) (?:a|au)",
    // "une présence régulière à Paris (Ségur)", "deux jours par semaine dans nos locaux de Lyon";
    // an occasional presence ("ponctuelle") is a trip, not the place of work.
    "\\bpresence (?:reguliere |hebdomadaire |physique |sur site )?(?:a|au|dans nos locaux de|dans les locaux de)",
    "\\bpar semaine (?:a|au|dans nos locaux de|dans les locaux de|sur site a)",
    "\\b(?:se deroule(?:ra)?|se passe(?:ra)?|a lieu|aura lieu) (?:a|au|dans nos locaux de|dans les locaux de)",
    "\\blieu (?:de travail|d'affectation|du poste)?\\s*(?::|est|-)\\s*(?:a )?",
  ].join("|"),
  "g",
);

/** Trips, history and postal addresses for applications name no place of work. */
const NOT_THE_WORKPLACE = (folded: string) => TRIP_OR_HISTORY.test(folded) || /\b(?:courrier|postale|par voie postale)\b/.test(folded);

/**
 * The longest run of words from `from` that names one commune ("Saint-Denis (93)", "Paris
 * 7e", "Lyon"), as written, with a trailing "(Ségur)"-like precision kept.
 */
function placeAt(plain: string, from: number): string | null {
  const rest = plain.slice(from);
  const words = /^\s*((?:[\p{L}\d'’-]+[ ]?){1,6})/u.exec(rest.split(/[,;.:!?·|–—]/u)[0] ?? "");
  const tokens = (words?.[1] ?? "").trim().split(" ").filter(Boolean);
  const first = tokens[0] ?? "";
  if (!/^[\p{Lu}\d]/u.test(first)) return null;
  for (let count = tokens.length; count >= 1; count--) {
    const candidate = tokens.slice(0, count).join(" ");
    const after = rest.slice(rest.indexOf(candidate) + candidate.length);
    // "Saint-Denis (93)" tells namesakes apart, "Paris (Ségur)" says where in the city.
    const detail = /^\s*\([^()]{2,30}\)/u.exec(after)?.[0].trim();
    for (const text of detail ? [`${candidate} ${detail}`, candidate] : [candidate]) {
      if (resolvePlace(text).commune) return detail ? `${candidate} ${detail}` : text;
    }
  }
  return null;
}

type Family = (sentence: Sentence) => { text: string; index: number } | null;

const address: Family = (sentence) => {
  if (NOT_THE_WORKPLACE(sentence.folded)) return null;
  const found = findIn(sentence, ADDRESS);
  if (!found) return null;
  const named = placeAt(sentence.plain, found.match.index + found.match[0].length - 7);
  if (!named) return null;
  const street = sentence.plain.slice(found.match.index, found.match.index + found.match[0].length - 7).trim();
  return { text: `${street} ${named}`, index: found.match.index };
};

const postcode: Family = (sentence) => {
  if (NOT_THE_WORKPLACE(sentence.folded)) return null;
  const found = findIn(sentence, POSTCODE_AND_NAME);
  const text = found && placeAt(sentence.plain, found.match.index);
  return found && text ? { text, index: found.match.index } : null;
};

const arrondissement: Family = (sentence) => {
  if (NOT_THE_WORKPLACE(sentence.folded)) return null;
  const found = findIn(sentence, ARRONDISSEMENT);
  return found && resolvePlace(found.plain).commune ? { text: found.plain, index: found.match.index } : null;
};

const pin: Family = (sentence) => {
  const found = findIn(sentence, PIN);
  const text = found && placeAt(sentence.plain, found.match.index + found.match[0].length);
  return found && text ? { text, index: found.match.index } : null;
};

const cued: Family = (sentence) => {
  for (const match of sentence.folded.matchAll(CUE)) {
    const text = placeAt(sentence.plain, match.index + match[0].length);
    if (text) return { text, index: match.index };
  }
  return null;
};

// The most precise kind of mention first: an address says more than "basé·e à Paris".
const FAMILIES = [address, postcode, arrondissement, pin, cued];

/** The place of work as a text resolvePlace resolves ("20 avenue de Ségur, 75007 Paris", "Paris 7e", "Rennes"). */
export function readPlaceProse(sentences: Sentence[]): ProseFact<string> | null {
  for (const family of FAMILIES) {
    for (const sentence of sentences) {
      const found = family(sentence);
      if (found) return { value: found.text, words: quote(sentence, found.index) };
    }
  }
  return null;
}
