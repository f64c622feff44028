// The organisations a form or a filter offers, as a person looks for them: under the incubator
// (or the body) they belong to, in French order (docs/decisions/0034-sorting-admin-tables.md).
import type { Option, OptionGroup, SelectOptions } from "@/lib/forms/options";
import { inFrenchOrder } from "@/lib/text/french-order";

/** What each list must load of an organisation to group it. */
export const ORGANISATION_CHOICE_SELECT = {
  id: true,
  name: true,
  parent: { select: { id: true, name: true } },
} as const;

export type OrganisationChoice = { id: string; name: string; parent: { id: string; name: string } | null };

export const OTHER_ORGANISATIONS = "Autres organisations";

/**
 * Organisations grouped under the one they belong to: a start-up under its incubator, a team
 * under its body, the incubator itself first in its own group. Groups and their members are in
 * French order, organisations belonging to none last. With a single group, no group at all.
 */
export function organisationOptions(organisations: readonly OrganisationChoice[]): SelectOptions {
  const parents = new Set(organisations.flatMap((o) => (o.parent ? [o.parent.id] : [])));
  const groups = new Map<string, { label: string; head?: Option; members: Option[] }>();
  const others: Option[] = [];
  for (const organisation of organisations) {
    const option = { value: organisation.id, label: organisation.name };
    if (organisation.parent) {
      const group = groups.get(organisation.parent.id) ?? { label: organisation.parent.name, members: [] };
      group.members.push(option);
      groups.set(organisation.parent.id, group);
    } else if (parents.has(organisation.id)) {
      const group = groups.get(organisation.id) ?? { label: organisation.name, members: [] };
      group.label = organisation.name;
      group.head = option;
      groups.set(organisation.id, group);
    } else {
      others.push(option);
    }
  }
  const grouped: OptionGroup[] = inFrenchOrder([...groups.values()], (g) => g.label).map((g) => ({
    group: g.label,
    options: [...(g.head ? [g.head] : []), ...inFrenchOrder(g.members, (o) => o.label)],
  }));
  const rest = inFrenchOrder(others, (o) => o.label);
  if (grouped.length === 0) return rest;
  if (rest.length > 0) grouped.push({ group: OTHER_ORGANISATIONS, options: rest });
  return grouped.length === 1 ? grouped[0]!.options : grouped;
}

/**
 * Options (offers, say) under the name of the organisation each belongs to, groups and options
 * in French order. With a single organisation, no group at all.
 */
export function optionsByOrganisation<T>(
  items: readonly T[],
  option: (item: T) => Option,
  organisation: (item: T) => string,
): SelectOptions {
  const groups = new Map<string, Option[]>();
  for (const item of items) groups.set(organisation(item), [...(groups.get(organisation(item)) ?? []), option(item)]);
  const grouped = inFrenchOrder([...groups.entries()], ([name]) => name).map(([group, options]) => ({
    group,
    options: inFrenchOrder(options, (o) => o.label),
  }));
  return grouped.length === 1 ? grouped[0]!.options : grouped;
}
