import "server-only";
// What a chosen password must be (docs/decisions/0025-own-passwords-and-sessions.md): at least
// 12 characters, at most 1,000, and hard to guess by zxcvbn-ts's estimate with its common
// and French dictionaries, the person's name and address counting as known words.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as french from "@zxcvbn-ts/language-fr";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";

/** zxcvbn's scale runs 0 to 4; 3 is "safely unguessable" against an online attack, and more. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: french.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...french.dictionary },
  });
  return factory;
}

/** The person the password belongs to: words of their name and address may not carry it. */
export type PasswordOwner = { email: string; name?: string | null };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The words of a name and an address a password must not be built on (three letters or more). */
export function personalWords({ email, name }: PasswordOwner): string[] {
  const [local = "", domain = ""] = email.split("@");
  const words = [local, ...`${local} ${name ?? ""}`.split(/[^\p{L}\p{N}]+/u), ...domain.split(".").slice(0, -1)];
  return [...new Set(words.map(fold).filter((word) => word.length >= 3 && !["gouv", "fr"].includes(word)))];
}

/** Why this password may not be chosen, in French, or null when it may. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (!password) return "Saisissez un mot de passe.";
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  if (password.length > MAX_PASSWORD_LENGTH) return "Le mot de passe ne peut pas dépasser 1 000 caractères.";
  const words = personalWords(owner);
  const folded = fold(password);
  if (words.some((word) => folded.includes(word))) {
    return "Le mot de passe ne doit pas reprendre votre nom ni votre adresse électronique.";
  }
  const { score, feedback } = estimator().check(password, words);
  if (score >= MIN_SCORE) return null;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(" ");
  return `Ce mot de passe est trop facile à deviner.${advice ? ` ${advice}` : ""} Une phrase de plusieurs mots sans lien entre eux fait un bon mot de passe.`;
}
