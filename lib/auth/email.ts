/**
 * An e-mail address as accounts and sign-in counters are keyed: without the spaces a paste
 * brings, and in lower case, so that "Camille@A.gouv.fr " is the same account and the same
 * counter as "camille@a.gouv.fr".
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
