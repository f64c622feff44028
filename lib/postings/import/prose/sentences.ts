// The body of a posting cut into sentences, the unit every prose reader works on: a fact is
// read from the words of one sentence, and the remark quotes that sentence.
import { cleanText, joinInclusiveWriting, stripInlineMarkdown } from "@/lib/text/normalise";

export type Sentence = {
  /** As written (markdown emphasis and links removed): what a remark quotes. */
  text: string;
  /** The same with inclusive forms joined ("indépendant·e" → "indépendante"): where values are cut from. */
  plain: string;
  /**
   * `plain` lowercased and without accents, character for character (same length), so that a
   * match found in it can be cut from `plain` at the same place.
   */
  folded: string;
};

/** Lowercase without accents, keeping one character for each character. */
export function foldSameLength(text: string): string {
  let folded = "";
  for (const char of text) {
    const lowered = char.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    const one = lowered.length === char.length ? lowered : char;
    folded += one.replace(/[’‘`´]/g, "'").replace(/[\u00a0\u202f]/g, " ");
  }
  return folded;
}

export function sentence(text: string): Sentence {
  const plain = cleanText(joinInclusiveWriting(text));
  return { text, plain, folded: foldSameLength(plain) };
}

// A sentence ends at . ! ? … followed by a capital, an emoji or an opening quote; not before a
// figure ("env. 45 k€") nor inside "M. Dupont"-like abbreviations.
const SENTENCE_END = /(?<=[.!?…])(?<!\b(?:M|Mme|ex|cf|env|etc|n°)\.)\s+(?=[\p{Lu}«"(\p{Extended_Pictographic}])/u;

/** Paragraphs of the body (list items each their own, wrapped lines joined), outside code and headings. */
function paragraphs(body: string): string[] {
  const found: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) found.push(current.join(" "));
    current = [];
  };
  for (const raw of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const line = raw.trim();
    if (line === "" || /^#/.test(line) || /^(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const item = /^(?:[-*+•]|\d+[.)])\s+(.*)$/u.exec(line);
    if (item || /^[>|]/.test(line)) {
      flush();
      current.push((item?.[1] ?? line.replace(/^>\s*/, "")).replace(/\|/g, " · "));
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return found;
}

/** A short question answered by the next sentence ("Ton TJM ? Entre 500 et 620 €."). */
const isShortQuestion = (text: string) => text.endsWith("?") && text.split(" ").length <= 4;

/** The sentences of a markdown body, in order. */
export function splitSentences(body: string): Sentence[] {
  return paragraphs(body)
    .flatMap((paragraph) =>
      cleanText(stripInlineMarkdown(paragraph))
        .split(SENTENCE_END)
        .reduce<string[]>((joined, text) => {
          const last = joined.at(-1);
          if (last !== undefined && isShortQuestion(last)) joined[joined.length - 1] = `${last} ${text}`;
          else joined.push(text);
          return joined;
        }, []),
    )
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map(sentence);
}

/** The words a remark quotes: the sentence, shortened around the match when it is long. */
export function quote(found: Sentence, index = 0): string {
  const { text } = found;
  if (text.length <= 160) return text;
  // `index` is a position in `plain`; inclusive forms make `text` a little longer, close enough.
  const from = Math.max(0, Math.min(index - 60, text.length - 160));
  // Whole words only: from the first space after the cut, to the last one before its end.
  const start = from === 0 ? 0 : text.indexOf(" ", from) + 1;
  const end = start + 160 >= text.length ? text.length : text.lastIndexOf(" ", start + 160);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

/** A fact read from prose: its value and the words it was read in. */
export type ProseFact<T> = { value: T; words: string };

/** The first match of `pattern` in a sentence's folded text, with the same span of `plain`. */
export function findIn(found: Sentence, pattern: RegExp): { match: RegExpExecArray; plain: string } | null {
  const match = pattern.exec(found.folded);
  if (!match) return null;
  return { match, plain: found.plain.slice(match.index, match.index + match[0].length) };
}
