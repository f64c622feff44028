import type { Domain } from "@/lib/db/models";
import { foldWords } from "@/lib/text/normalise";

const VALUE_WORDS: Record<string, Domain> = {
  development: "DEVELOPMENT",
  developpement: "DEVELOPMENT",
  dev: "DEVELOPMENT",
  tech: "DEVELOPMENT",
  design: "DESIGN",
  ux: "DESIGN",
  ui: "DESIGN",
  product: "PRODUCT",
  produit: "PRODUCT",
  "product management": "PRODUCT",
  coaching: "COACHING",
  coach: "COACHING",
  deployment: "DEPLOYMENT",
  deploiement: "DEPLOYMENT",
  "business development": "DEPLOYMENT",
  data: "DATA",
  donnees: "DATA",
  donnee: "DATA",
  community: "COMMUNITY",
  communaute: "COMMUNITY",
  animation: "COMMUNITY",
  intrapreneurship: "INTRAPRENEURSHIP",
  intrapreneuriat: "INTRAPRENEURSHIP",
  intrapreneur: "INTRAPRENEURSHIP",
  other: "OTHER",
  autre: "OTHER",
  autres: "OTHER",
};

function wordsDomain(words: string): Domain | null {
  return VALUE_WORDS[words] ?? VALUE_WORDS[words.replace(/ /g, "")] ?? null;
}

/** Plural and people's names of a value, reduced to the domain word ("Designers" → "design"). */
function singularWords(words: string): string {
  return words
    .split(" ")
    .map((word) => word.replace(/(?:eurs|euses|euse|eur|ers|er|s|x)$/, (ending) => (word.length - ending.length >= 4 ? "" : ending)))
    .join(" ");
}

/**
 * A `domaines:` value ("Développement", "DATA", "animation", "Déploiements", "Designers") as a
 * Domain; null when unknown. "Data & Développement" is not one domain: the list splits it first.
 */
export function domainOfValue(text: string): Domain | null {
  const words = foldWords(text);
  return wordsDomain(words) ?? wordsDomain(singularWords(words));
}

/** Phrases where "développement" is business development, not software. */
const BUSINESS_DEVELOPMENT =
  /\bcharge(?:e|es|s)?\s+(?:de\s+)?(?:mission\s+)?(?:de\s+|du\s+)?developpement\b|\bdeveloppement\s+(?:commercial|economique|territorial|des partenariats|de l activite|des usages)\b|\bbusiness developer\b|\bbizdev\b/g;

const INFERENCE: [RegExp, Domain][] = [
  [
    /\bdeveloppeu(?:r|rs|se|ses)\b|\bdev\b|\bdevs\b|\bdeveloper\b|\bdeveloppement\b|\bfull ?stack\b|\bback ?end\b|\bfront ?end\b|\bdevops\b|\bingenieure? logiciel\b/,
    "DEVELOPMENT",
  ],
  [/\bdesign\b|\bdesigners?\b|\bdesigneuses?\b|\bux\b|\bui\b|\bergonome\b/, "DESIGN"],
  [/\bproduct (?:owner|manager)s?\b|\bproduits?\b|\bpo\b/, "PRODUCT"],
  [/\bcoach(?:s|e|es|ing)?\b/, "COACHING"],
  [/\bdeploiement\b|\bbusiness developer\b|\bbizdev\b/, "DEPLOYMENT"],
  [/\bdata\b|\bdonnees\b|\bdata (?:scientist|engineer|analyst)\b/, "DATA"],
  [/\banimation\b|\banimat(?:eur|rice)s?\b|\bcommunaute\b|\bcommunity\b|\bcommunautaire\b/, "COMMUNITY"],
  [/\bintrapreneu(?:r|rs|se|ses|riat)\b/, "INTRAPRENEURSHIP"],
];

/**
 * Domains read from the roles and the title, in enum order. Business development
 * ("chargé de développement") is removed first so it does not read as software development.
 */
export function inferDomains(texts: (string | null)[]): Domain[] {
  const words = texts
    .filter((text): text is string => text !== null)
    .map((text) => foldWords(text).replace(BUSINESS_DEVELOPMENT, " "))
    .join(" | ");
  return INFERENCE.filter(([pattern]) => pattern.test(words)).map(([, domain]) => domain);
}
