import type { FieldSources } from "@/lib/postings/import/sources";
import type { ContractType, Domain, OrganisationKind, PostingStatus, RemotePolicy } from "@/lib/db/models";

/** An organisation named by a file; found or created by name when the posting is saved. */
export type OrganisationRef = {
  name: string;
  kind: OrganisationKind;
  /** The incubator of a start-up, the organisation of a team. */
  parent?: { name: string; kind: OrganisationKind } | null;
};

/** Everything a markdown file says about one posting, normalised. */
export type ImportedPosting = {
  slug: string;
  title: string;
  roles: string | null;
  /** null when the file names no organisation: the caller supplies a default or rejects the file. */
  organisation: OrganisationRef | null;
  team: string | null;
  contractType: ContractType | null;
  contractDetail: string | null;
  duration: string | null;
  startDate: Date | null;
  startDateText: string | null;
  location: string | null;
  remotePolicy: RemotePolicy | null;
  remoteDetail: string | null;
  pay: string | null;
  contactEmail: string | null;
  externalUrl: string | null;
  juniorsWelcome: boolean | null;
  /** Only the project's own dialect says it; other files leave the posting's setting alone. */
  blindReview?: boolean;
  domains: Domain[];
  technologies: string[];
  status: PostingStatus;
  publishedAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  filledAt: Date | null;
  /** The markdown body exactly as written (front matter removed). */
  body: string;
  /** Communes where the post is based, by INSEE code (lib/places), in the order found. */
  places: string[];
  /** Team members to ask about the post (handles or addresses), as the file names them. */
  contacts: string[];
  /** Old addresses of the posting (`redirect_from`), as absolute paths; they answer 301. */
  redirectFrom: string[];
  /** Front-matter keys the model does not know, with their values as parsed. */
  extraFrontMatter: Record<string, unknown>;
};

export type ParseOutcome =
  | {
      ok: true;
      posting: ImportedPosting;
      /** Values that could not be understood, and facts taken from the body or the file name. */
      warnings: string[];
      /** Where each filled field came from (front matter, the body's text, a deduction). */
      sources: FieldSources;
      /** Names of the front-matter keys kept in extraFrontMatter. */
      extraKeys: string[];
    }
  | { ok: false; reason: string };
