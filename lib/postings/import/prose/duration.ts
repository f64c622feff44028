// How long the post lasts, when a sentence ties a length to the contract: "pour un premier
// contrat de 6 mois", "mission de 3 mois renouvelable", "CDD de 12 mois". A length alone
// ("5 ans d'expérience", "la mission de l'équipe") is not a duration.
import { LENGTH, OTHER_PEOPLE } from "./patterns";
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const HOLDERS = "(?:contrat|cdd|stage|mission|alternance|apprentissage|engagement|prestation|detachement|duree|poste)";

const DURATION = new RegExp(
  [
    // "contrat de 3 ans", "stage d'une durée de 6 mois", "mission initiale de 3 mois"
    `\\b${HOLDERS}(?: [a-z']+){0,3}(?: (?:d'une duree|d'une periode|pour une duree|pour une periode))? (?:de |d')(${LENGTH})`,
    // "pour une durée de 18 mois", "pour 6 mois"
    `\\bpour (?:une duree de |une periode de |un premier contrat de |un contrat de )?(${LENGTH})(?! d'experience)`,
    // "le stage dure 6 mois"
    `\\bdur(?:e|era|ent|eront) (?:environ |au moins )?(${LENGTH})`,
    // "en alternance pendant un an"
    `\\b${HOLDERS} pendant (${LENGTH})`,
    // "d'une durée de 2 ans"
    `\\bd'une duree (?:de |d')(${LENGTH})`,
  ].join("|"),
);

/** The first length the prose gives the contract, as written ("6 mois", "3 ans renouvelable"). */
export function readDurationProse(sentences: Sentence[]): ProseFact<string> | null {
  for (const sentence of sentences) {
    const found = findIn(sentence, DURATION);
    // A trial period is no length of the contract.
    if (!found || /essai/.test(found.match[0]) || OTHER_PEOPLE.test(sentence.folded.slice(0, found.match.index))) continue;
    const group = found.match.slice(1).find((g) => g !== undefined) ?? "";
    const start = found.match.index + found.match[0].length - group.length;
    const value = sentence.plain.slice(start, start + group.length).trim();
    if (value) return { value, words: quote(sentence, found.match.index) };
  }
  return null;
}
