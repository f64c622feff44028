// A posting's team contacts (Posting.contacts, a JSON list of handles or addresses): the people
// of the team to ask about the post, for the team's own use; the public page does not show them.

export const MAX_CONTACTS = 20;

/** The stored JSON as a list; anything else than a list of strings reads as none. */
export function contactsOf(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** The editor's text, one contact per line, as a list without blanks or repeats. */
export function contactsFromLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}
