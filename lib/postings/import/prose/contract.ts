// The contract a posting's sentences state: "Poste ouvert pour un·e indépendant·e", "CDD de
// 12 mois renouvelable", "ouvert aux fonctionnaires et contractuels".
import type { ContractType } from "@/lib/db/models";
import { COUNT, OTHER_PEOPLE, TRIP_OR_HISTORY } from "./patterns";
import { type ProseFact, quote, type Sentence } from "./sentences";

// Words that name the contract whatever else the sentence says.
const NAMED: [RegExp, ContractType][] = [
  [/\bcdi\b|\bcontrat a duree indeterminee\b/g, "PERMANENT"],
  [/\bcdd\b|\bcontrat a duree determinee\b|\bcontrat de projet\b/g, "FIXED_TERM"],
  [/\bstages?\b(?! de (?:formation|sensibilisation))|\bstagiaire\b|\bconvention de stage\b/g, "INTERNSHIP"],
  [/\balternance\b|\bapprentissage\b|\bapprentie?\b|\bcontrat de professionnalisation\b/g, "APPRENTICESHIP"],
  [
    /\bfreelance\b|\bfree-lance\b|(?:\b(?:une?|en|aux|travailleu\w+|profils?|consultante?s?|freelance ou|ou)\s+|\b(?:en tant qu'|statut d'))independante?s?\b|\bprestataire\b|\bouverte? (?:aussi |egalement )?aux prestataires\b|\bportage salarial\b|\btjm\b|\btaux journalier\b|\bcontrat de prestation\b|\bprestation\b(?! sociale)|\bauto-?entrepreneu\w+\b/g,
    "FREELANCE",
  ],
  [
    /\bfonctionnaires?\b|\bcontractuel(?:le)?s?\b|\btitulaires? de la fonction publique\b|\b(?:voie de )?detachement\b|\bagents? publics?\b/g,
    "PUBLIC_SERVANT",
  ],
];

// Weaker: a contract of a stated length is a fixed-term one, "en mission" a freelance one,
// unless a named contract says otherwise anywhere in the body.
const IMPLIED: [RegExp, ContractType][] = [
  [new RegExp(`\\bcontrat (?:initial |renouvelable )?(?:d'une duree )?(?:de |d')${COUNT} (?:mois|ans?|annees?)\\b`, "g"), "FIXED_TERM"],
  [/(?<!\bpartir )\ben mission\b(?! (?:a|au|aux|dans|en|sur|de service|d'interet general)\b)/g, "FREELANCE"],
];

// "Vous travaillerez avec deux développeurs en CDI et une designer freelance": colleagues.
const WORKING_WITH = /\b(?:avec|aux cotes d[eu]|aupres d[eu]s?|entoure(?:e|s|es)? de)\b/;
// "Notre précédente data scientist, en CDI depuis trois ans": the person who held the post.
const SOMEONE_BEFORE = /\b(?:precedente?s?|ancienn?e?s?|depuis (?:\S+ )?(?:ans?|annees|mois))\b/;

type Hit = { type: ContractType; index: number; sentence: Sentence };

function hits(sentences: Sentence[], patterns: [RegExp, ContractType][]): Hit[] {
  const found: Hit[] = [];
  for (const sentence of sentences) {
    const inSentence: Hit[] = [];
    for (const [pattern, type] of patterns) {
      for (const match of sentence.folded.matchAll(pattern)) {
        const before = sentence.folded.slice(0, match.index);
        // Someone else's contract, or a word about trips or the team's past, says nothing of this post.
        if (OTHER_PEOPLE.test(before)) continue;
        if (type === "FREELANCE" && /\bmission\b/.test(match[0]) && TRIP_OR_HISTORY.test(sentence.folded)) continue;
        // "un service géré par un prestataire": the vendor of something, not this post.
        if (/^prestat/.test(match[0]) && /\b(?:par|via|d'|du|au)\s+(?:une?\s+|le\s+|la\s+)?$/.test(before)) continue;
        if (/\b(?:nos|vos|des|les)\s+$/.test(before) || WORKING_WITH.test(before) || SOMEONE_BEFORE.test(sentence.folded)) continue;
        inSentence.push({ type, index: match.index, sentence });
      }
    }
    found.push(...inSentence.sort((a, b) => a.index - b.index));
  }
  return found;
}

/** The contract the prose states: the first named one, else the first implied one. */
export function readContractProse(sentences: Sentence[]): ProseFact<ContractType> | null {
  const first = hits(sentences, NAMED)[0] ?? hits(sentences, IMPLIED)[0];
  return first ? { value: first.type, words: quote(first.sentence, first.index) } : null;
}
