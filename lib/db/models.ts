// Model types and enums, shared by both backends (the SQLite client is the common denominator).
export {
  ContractType,
  Domain,
  OrganisationKind,
  PostingStatus,
  RemotePolicy,
} from "./generated/sqlite/enums";
export type { Organisation, Posting, Prisma } from "./generated/sqlite/client";
