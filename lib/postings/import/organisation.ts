import type { OrganisationKind } from "@/lib/db/models";
import type { OrganisationRef } from "@/lib/postings/import/types";
import { cleanText, fold } from "@/lib/text/normalise";

type Named = { name: string; kind?: OrganisationKind };

/**
 * Identifiers the historical files use for well-known organisations. The kind is only given
 * when it is certain: beta.gouv.fr is an incubator whatever key names it.
 */
const ALIASES: Record<string, Named> = {
  betagouv: { name: "beta.gouv.fr", kind: "INCUBATOR" },
  "beta.gouv": { name: "beta.gouv.fr", kind: "INCUBATOR" },
  "beta.gouv.fr": { name: "beta.gouv.fr", kind: "INCUBATOR" },
  "beta gouv": { name: "beta.gouv.fr", kind: "INCUBATOR" },
  etalab: { name: "Etalab" },
  dinum: { name: "DINUM" },
  "data.gouv.fr": { name: "data.gouv.fr" },
};

function named(raw: string): Named {
  const name = cleanText(raw);
  return ALIASES[fold(name)] ?? { name };
}

function sameName(a: string, b: string): boolean {
  return fold(named(a).name) === fold(named(b).name);
}

/** What a `type` value says about the organisation, when it is an organisation kind. */
export function organisationKindOfType(text: string): OrganisationKind | null {
  const word = fold(text).replace(/[^a-z]+/g, "");
  if (["friend", "friends", "partner", "partenaire", "ami"].includes(word)) return "PARTNER";
  if (["startup", "startups"].includes(word)) return "STARTUP";
  if (["incubator", "incubateur"].includes(word)) return "INCUBATOR";
  if (["equipe", "team"].includes(word)) return "TEAM";
  return null;
}

export type OrganisationKeys = {
  startup: string | null;
  incubator: string | null;
  friend: string | null;
  team: string | null;
  /** From `type: friend|startup|…`: the kind of the organisation when only `equipe` names it. */
  kindHint: OrganisationKind | null;
};

export type OrganisationReading = { organisation: OrganisationRef | null; team: string | null };

function ref(entity: Named, fallbackKind: OrganisationKind, parent: Named | null, parentKind: OrganisationKind): OrganisationRef {
  return {
    name: entity.name,
    kind: entity.kind ?? fallbackKind,
    parent: parent ? { name: parent.name, kind: parent.kind ?? parentKind } : null,
  };
}

/**
 * The organisation of a posting from the keys the dialects use. The free-text team is kept
 * whenever `equipe` names something other than the organisation itself.
 */
export function resolveOrganisation(keys: OrganisationKeys): OrganisationReading {
  const { startup, incubator, friend, team, kindHint } = keys;
  const incubatorRef = incubator ? named(incubator) : null;

  if (startup) {
    const teamText = team && !sameName(team, startup) ? cleanText(team) : null;
    const entity = named(startup);
    // "startup: betagouv" names the incubator itself: it has no parent.
    const parent = entity.kind === "INCUBATOR" ? null : incubatorRef;
    return { organisation: ref(entity, "STARTUP", parent, "INCUBATOR"), team: teamText };
  }
  if (friend) {
    const partner = named(friend);
    if (team && !sameName(team, friend)) {
      return {
        organisation: ref(named(team), "TEAM", partner, "PARTNER"),
        team: cleanText(team),
      };
    }
    return { organisation: ref(partner, "PARTNER", null, "PARTNER"), team: null };
  }
  if (team) {
    const kind = kindHint ?? "TEAM";
    const parent = kind === "TEAM" || kind === "STARTUP" ? incubatorRef : null;
    return {
      organisation: ref(named(team), kind, parent, "INCUBATOR"),
      team: kind === "TEAM" ? cleanText(team) : null,
    };
  }
  if (incubatorRef) return { organisation: ref(incubatorRef, "INCUBATOR", null, "INCUBATOR"), team: null };
  return { organisation: null, team: null };
}
