// Where each field of an imported posting came from, for the import report's counts: the
// front matter, the body's text (a labelled line or a sentence), or a deduction from another
// field (a contract from the role, domains from the title).

/** The fields the import report counts, in the order it lists them. */
export const REPORTED_FIELDS = [
  "title",
  "contract",
  "duration",
  "start",
  "place",
  "remote",
  "pay",
  "juniors",
  "contact",
  "externalUrl",
  "domains",
  "technologies",
  "opensAt",
  "closesAt",
] as const;

export type ReportedField = (typeof REPORTED_FIELDS)[number];

export const FIELD_SOURCES = ["front-matter", "prose", "deduced"] as const;

export type FieldSource = (typeof FIELD_SOURCES)[number];

/** Only the fields the file filled; a field left empty has no source. */
export type FieldSources = Partial<Record<ReportedField, FieldSource>>;
