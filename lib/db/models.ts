// Model types and enums, shared by both backends (the SQLite client is the common denominator).
export {
  AccountLinkPurpose,
  ApplicationStatus,
  ContractType,
  Domain,
  MemberRole,
  OrganisationKind,
  PostingStatus,
  RemotePolicy,
} from "./generated/sqlite/enums";
export type { AuditEvent, Membership, Organisation, Posting, Prisma, User } from "./generated/sqlite/client";
