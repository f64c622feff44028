// What lets the team find a candidate again: a text column for the inbox's filter on name
// and email, and the phone number in one form whatever the spacing typed, to show the same
// person's other applications.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { searchWords } from "@/lib/text/normalise";

/** "06 12 34 56 78" and "+33 6 12-34-56-78" → "+33612345678"; null when it is no phone number. */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone?.trim()) return null;
  const parsed = parsePhoneNumberFromString(phone, "FR");
  return parsed?.isPossible() ? parsed.number : null;
}

/** " jose martin jose martin example fr " — words of the name and the address, each once. */
export function applicationSearchText(person: { firstName: string; lastName: string; email: string }): string {
  const words = searchWords(`${person.firstName} ${person.lastName} ${person.email}`);
  return words ? ` ${[...new Set(words.split(" "))].join(" ")} ` : "";
}

/** The columns written with every application. */
export function applicationIdentityColumns(person: { firstName: string; lastName: string; email: string; phone?: string | null }) {
  return { searchText: applicationSearchText(person), phoneKey: phoneKey(person.phone) };
}
