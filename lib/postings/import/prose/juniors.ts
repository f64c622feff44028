// Whether juniors are welcome, when a sentence says so: "débutant·e·s bienvenu·e·s", "ouvert
// aux profils juniors" (yes); "5 ans d'expérience minimum", "profil senior" (no). Years of
// experience only count when asked of the candidate, not when the team boasts of its own.
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const WELCOME = new RegExp(
  [
    "\\bdebutante?s?(?: (?:et|ou) debutante?s?)? (?:sont |seront )?(?:bienvenue?s?|acceptee?s?)",
    "\\bjuniors? (?:sont |seront )?(?:bienvenue?s?|acceptee?s?)",
    "\\bjeunes? diplomee?s? (?:sont |seront )?(?:bienvenue?s?|acceptee?s?)",
    "\\bouverte? (?:aussi |egalement )?aux (?:profils? )?(?:juniors?|debutante?s?|jeunes diplomee?s?)",
    "\\b(?:une )?premiere experience (?:[a-z]+ ){0,3}(?:est |sera )?(?:acceptee|bienvenue|suffit|suffira)",
    "\\baucune experience (?:n'est |prealable )?(?:requise|exigee|necessaire|demandee)",
    "\\bpas besoin d'(?:avoir )?(?:beaucoup d'|une longue |d')?experience",
    "\\b(?:profil|poste) (?:ouvert a un )?junior\\b",
  ].join("|"),
);

const YEARS = "(?:[3-9]|1\\d|trois|quatre|cinq|six|sept|huit|dix)";

const SENIOR = new RegExp(
  [
    `\\b(?:au moins|minimum|plus de) ${YEARS} ans d'experience`,
    `\\b${YEARS} ans (?:d'experience|minimum d'experience)(?: (?:professionnelle|significative|confirmee|dans [a-z' -]+?))? ?(?:minimum|au minimum|au moins|minimum requis|requis|exiges|obligatoires?|sont demandes|sont necessaires)`,
    `\\b(?:vous (?:avez|justifiez|disposez|possedez)|justifiant|justifier) (?:de |d')?(?:d'au moins |au moins |plus de )?${YEARS} ans`,
    "\\b(?:un |une )?(?:profil|poste)(?: recherche)?(?: est)? (?:tres )?(?:senior|confirme|experimente)\\b",
    "\\bpas (?:ouvert|adapte) aux (?:profils )?(?:juniors|debutante?s)",
    "\\b(?:debutante?s?|juniors?) s'abstenir",
    "\\bexperience (?:confirmee|significative) (?:est |sera )?(?:exigee|requise|indispensable|obligatoire)",
  ].join("|"),
);

// "nos profils seniors", "des profils confirmés": the team, not the candidate.
const ABOUT_THE_TEAM = /\b(?:nos|des|les|vos|l'equipe a|forte de|cumule|cumulent|compte)\s+(?:\S+\s+){0,2}$/;

export function readJuniorsProse(sentences: Sentence[]): ProseFact<boolean> | null {
  for (const sentence of sentences) {
    for (const [pattern, value] of [
      [WELCOME, true],
      [SENIOR, false],
    ] as const) {
      const found = findIn(sentence, pattern);
      if (!found || (!value && ABOUT_THE_TEAM.test(sentence.folded.slice(0, found.match.index)))) continue;
      if (!value && /\b(?:l'equipe|nous avons|nous cumulons|notre equipe)\b/.test(sentence.folded) && !/\bvous\b/.test(sentence.folded))
        continue;
      return { value, words: quote(sentence, found.match.index) };
    }
  }
  return null;
}
