// The communes, départements and régions of the official geographic code, from
// @etalab/decoupage-administratif (the list the State publishes; docs/decisions/0035-communes-for-places.md).
// Pure and synchronous, so that the importer's parse stays pure; the data (8.6 MB of JSON) is
// parsed on first use only, not when a page that never asks imports this module. In the Next.js
// build webpack bundles the JSON into the server chunks that reach it (never the browser's), and
// its module is evaluated when load() first requires it.
import { createRequire } from "node:module";
import { fold } from "@/lib/text/normalise";

export type Commune = {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departementCode: string;
  departementName: string;
  regionCode: string;
  regionName: string;
  population: number;
};

/** What a search's place filter means: a commune, a département or a région. */
export type Area = { kind: "commune" | "departement" | "region"; code: string; name: string };

/** One mention of a place, resolved: the commune (and the postcode the text gave), or the candidates. */
export type PlaceResolution = { commune: Commune | null; postcode: string | null; candidates: Commune[] };

type RawCommune = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
};
type RawArea = { code: string; nom: string; region?: string };

type Index = {
  communes: Commune[];
  byCode: Map<string, Commune>;
  byPostcode: Map<string, Commune[]>;
  byName: Map<string, Commune[]>;
  departements: Map<string, { code: string; name: string; regionCode: string }>;
  departementByName: Map<string, string>;
  regions: Map<string, { code: string; name: string }>;
  regionByName: Map<string, string>;
};

/**
 * A name as people write it: no case, accents, hyphens or apostrophes; "St"/"Ste" spelled out.
 * "Saint-Denis", "saint denis" and "St Denis" are one key.
 */
export function placeKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint");
}

// Common short names of régions, beside their official names.
const REGION_ALIASES: Record<string, string> = { idf: "11", paca: "93", "region parisienne": "11" };

let loaded: Index | undefined;

function load(): Index {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const rawCommunes = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  const rawDepartements = require("@etalab/decoupage-administratif/data/departements.json") as RawArea[];
  const rawRegions = require("@etalab/decoupage-administratif/data/regions.json") as RawArea[];

  const regions = new Map(rawRegions.map((r) => [r.code, { code: r.code, name: r.nom }]));
  const departements = new Map(rawDepartements.map((d) => [d.code, { code: d.code, name: d.nom, regionCode: d.region ?? "" }]));
  const communes: Commune[] = [];
  const byCode = new Map<string, Commune>();
  const byPostcode = new Map<string, Commune[]>();
  const byName = new Map<string, Commune[]>();
  for (const raw of rawCommunes) {
    if (raw.type !== "commune-actuelle" || !raw.departement) continue;
    const departement = departements.get(raw.departement);
    const region = regions.get(raw.region ?? departement?.regionCode ?? "");
    if (!departement || !region) continue;
    const commune: Commune = {
      inseeCode: raw.code,
      name: raw.nom,
      postcodes: raw.codesPostaux ?? [],
      departementCode: departement.code,
      departementName: departement.name,
      regionCode: region.code,
      regionName: region.name,
      population: raw.population ?? 0,
    };
    communes.push(commune);
    byCode.set(commune.inseeCode, commune);
    for (const postcode of commune.postcodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
    const key = placeKey(commune.name);
    byName.set(key, [...(byName.get(key) ?? []), commune]);
  }
  // The municipal arrondissements of Paris, Lyon and Marseille have codes of their own
  // (75107): they are their commune.
  for (const raw of rawCommunes) {
    const parent = raw.type === "arrondissement-municipal" && raw.commune ? byCode.get(raw.commune) : undefined;
    if (parent) byCode.set(raw.code, parent);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);

  const departementByName = new Map([...departements.values()].map((d) => [placeKey(d.name), d.code]));
  const regionByName = new Map([...regions.values()].map((r) => [placeKey(r.name), r.code]));
  for (const [alias, code] of Object.entries(REGION_ALIASES)) regionByName.set(alias, code);
  loaded = { communes, byCode, byPostcode, byName, departements, departementByName, regions, regionByName };
  return loaded;
}

export function communeByCode(inseeCode: string): Commune | null {
  return load().byCode.get(inseeCode.trim().toUpperCase()) ?? null;
}

export function communesByPostcode(postcode: string): Commune[] {
  return load().byPostcode.get(postcode.trim()) ?? [];
}

/** Communes of that exact name (any spelling of it), most populous first. */
export function communesNamed(name: string): Commune[] {
  const key = placeKey(name);
  const arrondissement = ARRONDISSEMENT.exec(key);
  if (arrondissement) return load().byName.get(arrondissement[1] ?? "") ?? [];
  return load().byName.get(key) ?? [];
}

/** "Rennes (35)": the name people recognise, with what tells namesakes apart. */
export function communeLabel(commune: Commune): string {
  return `${commune.name} (${commune.departementCode})`;
}

// "paris 7e", "paris 7eme", "lyon 3e arrondissement", "marseille 1er".
const ARRONDISSEMENT = /^(paris|lyon|marseille) (\d{1,2}) ?(?:e|er|eme|ieme|ere|em)?(?: arrondissement)?$/;
const ARRONDISSEMENT_IN_TEXT = /\b(paris|lyon|marseille) (\d{1,2}) ?(?:e|er|eme|ieme|ere|em)\b/;
const POSTCODE = /(?<![\d])(\d{5})(?![\d])/g;
const DEPARTEMENT_CODE = /^(?:\d{2,3}|2a|2b)$/;
const ARRONDISSEMENT_POSTCODE_PREFIX: Record<string, string> = { paris: "750", lyon: "6900", marseille: "130" };

/**
 * Among namesakes, the one everybody means: far bigger than the others (Montreuil in
 * Seine-Saint-Denis, not the village of Eure-et-Loir). Saint-Denis (93) and Saint-Denis
 * (La Réunion) are of a size: neither is chosen.
 */
function dominant(candidates: Commune[]): Commune | null {
  const [first, second] = candidates;
  if (!first) return null;
  if (!second) return first;
  return first.population >= 20_000 && first.population >= 10 * second.population ? first : null;
}

const resolved = (commune: Commune, postcode: string | null = null): PlaceResolution => ({ commune, postcode, candidates: [commune] });
const unresolved = (candidates: Commune[]): PlaceResolution => ({ commune: null, postcode: null, candidates });

/** Candidates whose name the text contains as whole words, longest name first. */
function namedIn(text: string, candidates: Commune[]): Commune[] {
  const padded = ` ${text} `;
  return candidates
    .filter((c) => padded.includes(` ${placeKey(c.name)} `))
    .sort((a, b) => placeKey(b.name).length - placeKey(a.name).length);
}

function byPostcodeIn(raw: string, key: string): PlaceResolution | null {
  for (const match of raw.matchAll(POSTCODE)) {
    const postcode = match[1] ?? "";
    const candidates = communesByPostcode(postcode);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return resolved(candidates[0] as Commune, postcode);
    const named = namedIn(key, candidates);
    if (named[0]) return resolved(named[0], postcode);
    return unresolved(candidates);
  }
  return null;
}

function byArrondissement(key: string): PlaceResolution | null {
  const match = ARRONDISSEMENT_IN_TEXT.exec(key);
  if (!match) return null;
  const city = match[1] ?? "";
  const number = Number(match[2]);
  const [commune] = load().byName.get(city) ?? [];
  const prefix = ARRONDISSEMENT_POSTCODE_PREFIX[city] ?? "";
  const postcode = `${prefix}${String(number).padStart(5 - prefix.length, "0")}`;
  if (!commune?.postcodes.includes(postcode)) return null;
  return resolved(commune, postcode);
}

/** "Saint-Denis (93)", "Saint-Denis 93", "Saint-Denis, La Réunion": a name and what places it. */
function byNameAndArea(key: string): PlaceResolution | null {
  const words = key.split(" ");
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const name = words.slice(0, cut).join(" ");
    const rest = words.slice(cut).join(" ");
    const candidates = load().byName.get(name);
    if (!candidates) continue;
    const area = DEPARTEMENT_CODE.test(rest) ? { kind: "departement", code: rest.toUpperCase() } : areaByName(rest);
    if (!area) continue;
    const matching = candidates.filter((c) => (area.kind === "region" ? c.regionCode === area.code : c.departementCode === area.code));
    if (matching.length === 1) return resolved(matching[0] as Commune);
    if (matching.length > 1) return dominant(matching) ? resolved(dominant(matching) as Commune) : unresolved(matching);
  }
  return null;
}

function areaByName(key: string): { kind: "departement" | "region"; code: string } | null {
  const region = load().regionByName.get(key);
  if (region) return { kind: "region", code: region };
  const departement = load().departementByName.get(key);
  return departement ? { kind: "departement", code: departement } : null;
}

/**
 * One mention of a place ("75007 Paris", "20 avenue de Ségur, 75007 Paris", "Paris 7e",
 * "Saint-Denis (93)", "Rennes", "Paris (Ségur)"). A name several communes bear, with nothing
 * to tell them apart, is not resolved: the candidates say who they are.
 */
export function resolvePlace(text: string): PlaceResolution {
  const raw = text.trim();
  if (!raw) return unresolved([]);
  const key = placeKey(raw);
  const found = byPostcodeIn(raw, key) ?? byArrondissement(key) ?? byNameAndArea(key);
  if (found) return found;
  const exact = load().byName.get(key);
  if (exact) return dominant(exact) ? resolved(dominant(exact) as Commune) : unresolved(exact);
  // "Paris (Ségur)", "Lyon, quartier de la Part-Dieu": the commune first, details after.
  const head = placeKey(raw.split(/[(,–—]/)[0] ?? "");
  const headCandidates = head && head !== key ? load().byName.get(head) : undefined;
  if (headCandidates) return dominant(headCandidates) ? resolved(dominant(headCandidates) as Commune) : unresolved(headCandidates);
  return unresolved([]);
}

/** Several mentions in one text ("Nantes ou Rennes", "Paris ; Lyon"), each resolved. */
export function resolvePlaces(text: string): { text: string; resolution: PlaceResolution }[] {
  return text
    .split(/\s*(?:;|\/|\bou\b|\bet\b|\n)\s*/u)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, resolution: resolvePlace(part) }));
}

/** Suggestions for a commune field: by postcode or by the start of the name, most populous first. */
export function suggestCommunes(query: string, limit = 8): Commune[] {
  const trimmed = query.trim();
  if (trimmed.length < 2) return [];
  const { communes } = load();
  if (/^\d{2,5}$/.test(trimmed)) {
    return communes
      .filter((c) => c.postcodes.some((p) => p.startsWith(trimmed)) || c.inseeCode === trimmed)
      .sort((a, b) => b.population - a.population)
      .slice(0, limit);
  }
  const key = placeKey(trimmed.replace(/\s*\([^)]*\)?\s*$/, ""));
  if (!key) return [];
  return communes
    .filter((c) => placeKey(c.name).startsWith(key))
    .sort((a, b) => Number(placeKey(b.name) === key) - Number(placeKey(a.name) === key) || b.population - a.population)
    .slice(0, limit);
}

/**
 * What a place filter names: a région ("Bretagne", "Île-de-France"), a département by name
 * or number ("Ille-et-Vilaine", "35", "2A"), or a commune. null when it names none of them.
 */
export function areaOf(text: string): Area | null {
  const key = placeKey(text);
  if (!key) return null;
  const index = load();
  const region = index.regionByName.get(key);
  if (region) return { kind: "region", code: region, name: index.regions.get(region)?.name ?? text };
  const departementCode = DEPARTEMENT_CODE.test(key) ? key.toUpperCase() : index.departementByName.get(key);
  const departement = departementCode ? index.departements.get(departementCode) : undefined;
  // "Paris" is a département and a commune alike; "Guadeloupe" a région first (above).
  if (departement && !(index.byName.get(key)?.length === 1 && index.byName.get(key)?.[0]?.departementCode === departement.code)) {
    return { kind: "departement", code: departement.code, name: departement.name };
  }
  const { commune } = resolvePlace(text);
  return commune ? { kind: "commune", code: commune.inseeCode, name: commune.name } : null;
}
