// Blind first review (docs/decisions/0030-blind-first-review.md): on an offer in blind mode,
// an application shows a pseudonym and no contact details until it reaches the interview
// step or a member lifts its anonymity. Every reader of applications asks this module.
import { createHash } from "node:crypto";
import { removeContactDetails } from "@/lib/applications/contact-details";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";

/** The steps from the interview on: an application there is no longer masked. */
export const REVEALED_STEPS = ["INTERVIEW", "OFFER", "HIRED"] as const satisfies readonly ApplicationStatus[];

/** What the rule reads of an application; every query that shows one selects it. */
export type BlindFacts = { status: ApplicationStatus; revealedAt: Date | null; posting: { blindReview: boolean } };

/**
 * Whether the application is masked. The same for every member, admins included: nobody sees
 * through it except by the audited reveal. A rejection before the interview keeps it masked.
 */
export function isMasked(application: BlindFacts): boolean {
  return (
    application.posting.blindReview &&
    application.revealedAt === null &&
    !(REVEALED_STEPS as readonly ApplicationStatus[]).includes(application.status)
  );
}

/** The same rule as a `where`, for the queries that must not match a masked application (a search by name). */
export const MASKED_WHERE = {
  posting: { is: { blindReview: true } },
  revealedAt: null,
  status: { notIn: [...REVEALED_STEPS] },
} as const satisfies Prisma.ApplicationWhereInput;

// Crockford's base 32: no I, L, O or U to misread.
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short code of the application's id: the same everywhere, and nothing of the candidate in it. */
export function pseudonymCode(applicationId: string): string {
  const hash = createHash("sha256").update(applicationId).digest();
  return Array.from(hash.subarray(0, 6), (byte) => CODE_ALPHABET[byte % 32]).join("");
}

export const pseudonym = (applicationId: string) => `Candidature n° ${pseudonymCode(applicationId)}`;

type Identity = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  phoneKey?: string | null;
  linkedinUrl?: string | null;
  githubUrl?: string | null;
  portfolioUrl?: string | null;
  searchText?: string;
  message?: string;
  cv?: { fileName: string } | null;
};

const CONTACT_KEYS = ["phone", "phoneKey", "linkedinUrl", "githubUrl", "portfolioUrl"] as const;

/**
 * The application as a masked one is shown: its pseudonym as its name (last name; the first
 * name empty), no address, phone, links or search words, its message without contact details, its CV file
 * named after the pseudonym. Fields that `application` lacks stay absent.
 */
export function maskIdentity<T extends Identity>(application: T): T {
  const masked: T = { ...application, firstName: "", lastName: pseudonym(application.id), email: "" };
  for (const key of CONTACT_KEYS) if (key in masked) Object.assign(masked, { [key]: null });
  if (application.searchText !== undefined) masked.searchText = "";
  if (application.message !== undefined) masked.message = removeContactDetails(application.message, application);
  if (application.cv) {
    const extension = /\.([A-Za-z0-9]{1,5})$/.exec(application.cv.fileName)?.[1] ?? "pdf";
    masked.cv = { ...application.cv, fileName: `${pseudonymCode(application.id)}.${extension}` };
  }
  return masked;
}

/** `application` as the team may see it now: masked while the rule says so, as it is otherwise. */
export function shownIdentity<T extends Identity & BlindFacts>(application: T): T & { masked: boolean } {
  const masked = isMasked(application);
  return { ...(masked ? maskIdentity(application) : application), masked };
}
