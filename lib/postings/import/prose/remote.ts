// The remote-work policy a sentence states. Decisions (docs/decisions/0003): "télétravail
// possible" and any number of days a week are PARTIAL; "100 % télétravail", "full remote",
// "remote-first" are FULL; "pas de télétravail", "sur site uniquement" are NONE. A sentence
// that only names remote work ("nos outils de travail à distance") states no policy.
import type { RemotePolicy } from "@/lib/db/models";
import { COUNT } from "./patterns";
import { findIn, type ProseFact, quote, type Sentence } from "./sentences";

const REMOTE = "(?:teletravail|remote|travail a distance|a distance)";

const POLICIES: [RegExp, RemotePolicy][] = [
  [
    new RegExp(
      `\\b(?:pas de|aucun|sans) teletravail\\b(?! (?:complet|total|integral|a 100))|\\bteletravail (?:n'est )?(?:pas|non) (?:possible|autorise|envisageable|prevu)|\\bne (?:permet|peut) pas (?:le |de |d'etre (?:exerce|realise) en )?${REMOTE}|\\bsur site (?:uniquement|exclusivement)\\b|\\b(?:100 ?%|entierement|uniquement|exclusivement) (?:en )?presentiel\\b|\\bpresentiel (?:obligatoire|uniquement|exclusif|exclusivement|a 100 ?%)`,
    ),
    "NONE",
  ],
  [
    new RegExp(
      `\\b(?:full[- ]remote|remote[- ]first|100 ?% (?:en )?${REMOTE}|${REMOTE} (?:complet|total|integral|a 100 ?%)|(?:entierement|totalement|integralement|completement) en (?:teletravail|remote)|(?:travail\\w*|poste|equipe|stage|mission) (?:\\S+ ){0,3}(?:entierement|totalement|integralement|completement) (?:a distance|en remote|en teletravail))\\b`,
    ),
    "FULL",
  ],
  [
    new RegExp(
      `\\b(?:${REMOTE} (?:est |sera )?(?:partiel|possible|hybride|ponctuel|occasionnel|autorise|envisageable|negociable|flexible|jusqu'a|selon|a hauteur|partiellement)|(?:possibilites?|possible|ouvert) (?:de |d'|au |a )?${REMOTE}|${COUNT} (?:jours?|j) (?:de |en |par semaine (?:de |en )?)${REMOTE}|(?:jours?|journees?) (?:de |en )${REMOTE}|\\b(?:un|deux|trois|quatre|[1-4]) jours? (?:par semaine )?(?:en presentiel|sur site)|\\b(?:en presentiel|sur site) (?:un|deux|trois|quatre|[1-4]) jours?|${REMOTE} (?:${COUNT}|quelques) (?:jours?|j)\\b|(?:organisation|mode|rythme|fonctionnement|travail|format|modele) hybride|le reste (?:du temps |de la semaine )?(?:en teletravail|a distance|en remote)|partiellement (?:en )?${REMOTE}|en partie (?:en )?${REMOTE})`,
    ),
    "PARTIAL",
  ],
];

/**
 * The policy of the first sentence that states one. A sentence saying both "no remote" and
 * some remote ("pas de télétravail le lundi ; le reste de la semaine, télétravail possible",
 * "sur site uniquement les premières semaines, puis télétravail partiel") allows some: PARTIAL.
 */
export function readRemoteProse(sentences: Sentence[]): ProseFact<RemotePolicy> | null {
  for (const sentence of sentences) {
    const stated = POLICIES.map(([pattern, policy]) => ({ policy, found: findIn(sentence, pattern) })).filter((s) => s.found);
    const [first] = stated;
    if (!first?.found) continue;
    const mixed = first.policy === "NONE" && stated.length > 1;
    return { value: mixed ? "PARTIAL" : first.policy, words: quote(sentence, first.found.match.index) };
  }
  return null;
}
