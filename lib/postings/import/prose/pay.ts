// Pay a sentence states: "TJM entre 450 et 600 €", "45 à 55 k€ brut annuel", "selon la grille
// de la fonction publique", "gratification légale de stage". A sum without a word of pay
// ("un budget de 2 M€", "500 k€ levés") is not pay.
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const AMOUNT = "\\d[\\d  .,]*\\s?(?:k ?€|k ?euros?|keur|k\\b|€|euros?)?";
const RANGE = `(?:(?:entre|de)\\s+)?${AMOUNT}(?:\\s*(?:et|a|-|–)\\s*${AMOUNT})?`;
const PER = "(?:\\s*(?:brut|net|bruts|nets|ht|hors taxes?)?(?:\\s*(?:annuels?|mensuels?|par an|par mois|par jour|/an|/mois|/jour|/j))?)";

const PAY = new RegExp(
  [
    // "TJM entre 450 et 600 €", "taux journalier de 500 €"
    `\\b(?:tjm|taux journalier(?: moyen)?)(?:\\s*(?::|\\?|de|entre|indicatif|autour de|compris entre))*\\s*${RANGE}${PER}`,
    // "salaire de 45 à 55 k€ brut annuel", "rémunération : 3 000 € net par mois"
    `\\b(?:salaire|remuneration|package|fourchette(?: de salaire)?|gratification)(?: (?:annuelle?|brute?|mensuelle?|proposee?|envisagee?|indicative?|de stage))*(?:\\s*(?::|de|entre|autour de|comprise? entre))+\\s*${RANGE}${PER}`,
    // "45 à 55 k€ brut annuel"
    `(?:entre\\s+)?\\d[\\d  .,]*\\s?(?:k ?€|€|k)?(?:\\s*(?:et|a|-|–)\\s*\\d[\\d  .,]*\\s?(?:k ?€|€|euros?))\\s*(?:brut|net)s?(?:\\s*(?:annuels?|mensuels?|par an|par mois))?`,
    `\\d[\\d  .,]*\\s?(?:k ?€|€|euros?)\\s*(?:brut|net)s?\\s*(?:annuels?|mensuels?|par an|par mois)`,
    // "selon la grille de la fonction publique", "rémunération selon expérience"
    "\\bselon (?:la |les )?grilles?(?: (?:indiciaire|salariale|de la fonction publique|de remuneration|des contractuels|de la dinum|interministerielle|de l'etat))*",
    "\\b(?:remuneration|salaire) (?:selon|en fonction de) (?:le |l'|la |les |votre )?(?:profil|experience|grilles?)(?: [a-z'-]+){0,4}",
    // "gratification légale de stage", "gratification au minimum légal"
    "\\bgratification (?:legale|minimale|reglementaire|de stage|au minimum legal|selon la reglementation)(?: (?:de stage|en vigueur))?",
  ].join("|"),
);

export function readPayProse(sentences: Sentence[]): ProseFact<string> | null {
  for (const sentence of sentences) {
    const found = findIn(sentence, PAY);
    if (!found) continue;
    const value = found.plain.replace(/[\s,.;:–-]+$/u, "").trim();
    if (!value) continue;
    return { value, words: quote(sentence, found.match.index) };
  }
  return null;
}
