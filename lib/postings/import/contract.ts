import type { ContractType } from "@/lib/db/models";
import { cleanText, foldWords } from "@/lib/text/normalise";

const KEYWORDS: [RegExp, ContractType][] = [
  [/\bcdi\b|\bcontrat a duree indeterminee\b|\bpermanent\b/g, "PERMANENT"],
  [/\bcdd\b|\bcontrat a duree determinee\b|\bfixed term\b/g, "FIXED_TERM"],
  [/\bstages?\b|\bstagiaires?\b|\binternship\b|\bintern\b/g, "INTERNSHIP"],
  [/\balternance\b|\balternante?s?\b|\bapprentissage\b|\bapprentie?s?\b|\bapprenticeship\b/g, "APPRENTICESHIP"],
  [
    /\bfreelances?\b|\bfree lance\b|\bprestataires?\b|\bprestation\b|\bindependante?s?\b|\bauto entrepreneur\b|\bcontractor\b/g,
    "FREELANCE",
  ],
  [
    /\bfonctionnaires?\b|\bcontractuel(?:le)?s?\b|\bdetachement\b|\btitulaires?\b|\bfonction publique\b|\bagent public\b/g,
    "PUBLIC_SERVANT",
  ],
];

/** Words that only join contract keywords ("CDD ou CDI", "Freelance / prestataire"). */
const FILLERS = new Set(["ou", "et", "en", "de", "du", "un", "une", "contrat", "poste", "statut", "or", "and"]);

export type ContractReading = { contractType: ContractType; contractDetail: string | null };

/**
 * The contract type a text names (the keyword written first wins: "Contractuel en CDD" is a
 * public-service contract). The text is kept in contractDetail when it says more than the
 * keywords, or when it names no known contract (OTHER).
 */
export function readContract(text: string): ContractReading {
  const detail = cleanText(text);
  const words = foldWords(detail);
  const found: { index: number; end: number; type: ContractType }[] = [];
  for (const [pattern, type] of KEYWORDS) {
    for (const match of words.matchAll(pattern)) {
      found.push({ index: match.index, end: match.index + match[0].length, type });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const first = found[0];
  if (!first) return { contractType: "OTHER", contractDetail: detail || null };

  let rest = words;
  for (const hit of [...found].reverse()) rest = `${rest.slice(0, hit.index)} ${rest.slice(hit.end)}`;
  const onlyKeywords = rest.split(" ").every((word) => word === "" || FILLERS.has(word));
  const oneType = found.every((hit) => hit.type === first.type);
  return { contractType: first.type, contractDetail: onlyKeywords && oneType ? null : detail };
}

/** True when the text names a contract we know (used to tell `type: CDD` from `type: friend`). */
export function namesKnownContract(text: string): boolean {
  return readContract(text).contractType !== "OTHER";
}

/** The contract a role implies ("un·e stagiaire" → stage), when nothing else says. */
export function contractFromRoles(roles: string): ContractType | null {
  const words = foldWords(roles);
  if (/\bstagiaires?\b|\bstage\b|\binterns?\b/.test(words)) return "INTERNSHIP";
  if (/\balternante?s?\b|\bapprentie?s?\b|\ben alternance\b/.test(words)) return "APPRENTICESHIP";
  if (/\bfreelances?\b|\bprestataires?\b/.test(words)) return "FREELANCE";
  return null;
}
