// What the pool's selection form sends (GET to the confirmation page, then POST to the action):
// the offer to propose ("proposer"), the candidates ticked ("candidat", repeated) or all who
// match the filters ("portee=tous", with the filters' own parameters).
import type { QueryParams } from "@/lib/validation/query-params";
import { parsePoolParams, poolParams, type PoolFilters } from "./filters";
import type { ProposalInput } from "./proposal";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const valuesOf = (params: QueryParams, name: string): string[] => {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** The proposal asked for; a malformed id stays in, to be refused as an unknown one. */
export function parseProposalParams(params: QueryParams): { input: ProposalInput; filters: PoolFilters } {
  const { filters } = parsePoolParams(params);
  const postingId = valuesOf(params, "proposer")[0]?.trim() ?? "";
  const all = valuesOf(params, "portee")[0] === "tous";
  const ids = valuesOf(params, "candidat").map((id) => (ID.test(id) ? id : "inconnu"));
  return { input: { postingId, candidates: all ? { all: filters } : { ids } }, filters };
}

/** The form fields that carry `input` from the confirmation page to the action. */
export function proposalFields(input: ProposalInput): [string, string][] {
  const fields: [string, string][] = [["proposer", input.postingId]];
  if ("all" in input.candidates) return [...fields, ["portee", "tous"], ...poolParams(input.candidates.all)];
  return [...fields, ...input.candidates.ids.map((id): [string, string] => ["candidat", id])];
}
