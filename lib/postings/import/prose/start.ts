// When the post starts: "dès que possible", "à partir de septembre 2024", "prise de poste en
// janvier". Only a day, a month, a season or a quarter after a word that means starting: a
// year alone ("depuis 2019") is the team's history, and dates about applying are not starts.
import { MONTH, YEAR } from "./patterns";
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const WHEN = [
  `(?:(?:le |au )?(?:1er|\\d{1,2}) ${MONTH}(?: ${YEAR})?)`,
  `(?:(?:debut|fin|mi|courant|au cours du mois de|en) ?-?${MONTH}(?: ${YEAR})?)`,
  `(?:${MONTH}(?: ${YEAR})?)`,
  `(?:la rentree(?: (?:de )?septembre)?(?: ${YEAR})?)`,
  `(?:(?:l'|le |au )?(?:ete|automne|printemps|hiver)(?: ${YEAR})?)`,
  `(?:(?:le |au )?(?:1er|premier|2e|deuxieme|second|3e|troisieme|4e|quatrieme) (?:trimestre|semestre)(?: ${YEAR})?)`,
  `(?:\\d{1,2}/\\d{1,2}/\\d{4})`,
].join("|");

const SOON = /\b(?:des que possible|au plus tot|(?:a pourvoir|disponible|prise de poste|demarrage) immediate?(?:ment)?|asap)\b/;

const STARTING =
  "(?:a partir (?:de|du|d')|a compter (?:de|du|d')|des (?:le )?|prise de poste(?: (?:prevue|souhaitee|envisagee|possible))?(?: (?:en|le|au|des|a partir de|:))?|(?:debut|demarrage|arrivee|integration)(?: (?:du stage|de la mission|du contrat|de mission))?(?: (?:prevue?|souhaitee?|envisagee?|ideale?|idealement))?(?: (?:en|le|au|a|des|a partir de|courant|:))?|(?:commencer|demarrer|debuter|nous rejoindre|arriver|commence|commencera|debute|debutera|demarre|demarrera)(?: (?:en|le|au|des|a partir de|courant|idealement en))|a pourvoir (?:en|le|au|des|a partir de|pour))";

const START = new RegExp(
  `\\b${STARTING}\\s*(${WHEN})(?![\\w])|\\b(${WHEN}) (?:est |serait |sera )?(?:ideale?|parfaite?|souhaitee?) pour (?:commencer|demarrer|debuter|nous rejoindre)`,
);

// Sentences about applying, interviews or the closing date give dates that are not the start.
const APPLYING = /\b(?:candidatures?|postuler|date limite|cloture|entretiens?|jury|envoyez|depot)\b/;

export function readStartProse(sentences: Sentence[]): ProseFact<string> | null {
  for (const sentence of sentences) {
    const soon = findIn(sentence, SOON);
    if (soon) return { value: "dès que possible", words: quote(sentence, soon.match.index) };
    if (APPLYING.test(sentence.folded) && !/\bprise de poste\b/.test(sentence.folded)) continue;
    const found = findIn(sentence, START);
    const group = found?.match[1] ?? found?.match[2];
    if (!found || !group) continue;
    // The day ends the match after a starting word, and begins it before "idéale pour commencer".
    const start = found.match.index + (found.match[1] ? found.match[0].length - group.length : 0);
    return {
      value: sentence.plain.slice(start, start + group.length).replace(/^(?:le|au) /i, ""),
      words: quote(sentence, found.match.index),
    };
  }
  return null;
}
