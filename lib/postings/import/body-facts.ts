import { normaliseEmail } from "@/lib/postings/import/loose-values";
import { cleanText, foldWords, stripInlineMarkdown } from "@/lib/text/normalise";
import { firstSentence, trimTrailingPunctuation } from "@/lib/postings/import/text";

export type BodyFactName = "contract" | "duration" | "location" | "start" | "remote" | "pay" | "contact";

/** Facts stated in the body, as written (cleaned of markdown), first mention of each. */
export type BodyFacts = Partial<Record<BodyFactName, string>>;

const LABELS: Record<string, BodyFactName> = {
  contrat: "contract",
  "type de contrat": "contract",
  statut: "contract",
  "nature du contrat": "contract",
  duree: "duration",
  "duree du contrat": "duration",
  "duree de la mission": "duration",
  "duree du stage": "duration",
  "duree de l engagement": "duration",
  localisation: "location",
  lieu: "location",
  "lieu de travail": "location",
  "lieu d affectation": "location",
  "lieu du poste": "location",
  adresse: "location",
  "poste base a": "location",
  debut: "start",
  "date de debut": "start",
  "prise de poste": "start",
  "date de prise de poste": "start",
  demarrage: "start",
  "date de demarrage": "start",
  "debut du stage": "start",
  "debut de la mission": "start",
  "travail a distance": "remote",
  teletravail: "remote",
  remote: "remote",
  remuneration: "pay",
  salaire: "pay",
  gratification: "pay",
  contact: "contact",
  candidature: "contact",
  candidatures: "contact",
  courriel: "contact",
  "e mail": "contact",
  email: "contact",
  "personne a qui adresser les candidatures": "contact",
};

const LABELLED = /^(.{1,80}?)\s*(?::|—|–|\s-\s)\s*(.+)$/u;
const START_WITHOUT_SEPARATOR = /^d[ée]but (?:du stage|de la mission|du contrat|de mission)\s+(.+)$/iu;
const CONTRACT_WITH_LENGTH =
  /^(stage|alternance|apprentissage|cdd|mission|contrat)\s+(?:d'une durée\s+)?de\s+(\d+(?:[,.]\d+)?(?:\s*(?:à|a|-|–)\s*\d+)?\s*(?:mois|ans?|années?|semaines?|jours?))/iu;
const PAY_SENTENCE = /^(?:gratification|rémunération|remuneration|salaire)\b/iu;

function clean(value: string, fact: BodyFactName): string {
  const text = cleanText(stripInlineMarkdown(value));
  if (fact === "start" || fact === "contract" || fact === "duration") return firstSentence(text);
  if (fact === "remote") return text.replace(/[\s;,]+$/u, "");
  return trimTrailingPunctuation(text);
}

/** The lines of the body that can state facts: list items and plain lines, outside code. */
function factLines(body: string): string[] {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence || /^\s*#/.test(raw)) continue;
    const line = raw.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/u, "").trim();
    if (line) lines.push(line);
  }
  return lines;
}

export function extractBodyFacts(body: string): BodyFacts {
  const facts: BodyFacts = {};
  const keep = (fact: BodyFactName, value: string) => {
    const cleaned = clean(value, fact);
    if (cleaned && facts[fact] === undefined) facts[fact] = cleaned;
  };
  for (const line of factLines(body)) {
    const plain = stripInlineMarkdown(line);
    const labelled = LABELLED.exec(plain);
    const label = labelled ? foldWords((labelled[1] ?? "").replace(/\([^)]*\)/g, " ")) : "";
    const fact = LABELS[label];
    if (labelled && fact) {
      if (fact === "contact") {
        const email = normaliseEmail(labelled[2]);
        if (email) keep("contact", email);
      } else keep(fact, labelled[2] ?? "");
      continue;
    }
    const start = START_WITHOUT_SEPARATOR.exec(plain);
    if (start) keep("start", start[1] ?? "");
    const withLength = CONTRACT_WITH_LENGTH.exec(plain);
    if (withLength) {
      keep("duration", withLength[2] ?? "");
      if (!/^(mission|contrat)$/i.test(withLength[1] ?? "")) keep("contract", withLength[1] ?? "");
    }
    if (PAY_SENTENCE.test(plain) && !labelled) keep("pay", plain);
  }
  if (facts.contact === undefined) {
    // A paragraph, not a line: "Envoyez un CV … à" is often wrapped before the address.
    const paragraphs = body.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, " "));
    const applying = paragraphs.find(
      (paragraph) => /candidat|postul|envoy|adress|[ée]crivez|contact/iu.test(paragraph) && normaliseEmail(paragraph),
    );
    const email = applying ? normaliseEmail(applying) : null;
    if (email) facts.contact = email;
  }
  return facts;
}

/** The body's leading h1 when it reads like a posting title ("L'équipe X recrute …"). */
export function leadingTitle(body: string): string | null {
  const first = body.split("\n").find((line) => line.trim() !== "") ?? "";
  const heading = /^#\s+(.+?)\s*#*\s*$/.exec(first.trim());
  if (!heading) return null;
  const title = cleanText(stripInlineMarkdown(heading[1] ?? ""));
  return /\b(recrute|recrutent|recrutons|recrutement|recherche|recherchons|cherche|cherchons)\b/.test(foldWords(title)) ? title : null;
}
