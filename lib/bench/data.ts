// The benchmark's data set: organisations and postings made from a seeded random generator,
// so that every run measures the same database. Nothing here touches a database.
import type { ContractType, Domain, RemotePolicy } from "@/lib/db/models";
import type { OrganisationRef } from "@/lib/postings/import/types";
import { aPosting, type PostingToSave } from "@/lib/postings/testing/posting";

/** A small fast deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = [
  "Développeur·se back-end",
  "Développeuse ou développeur full stack",
  "Designer UX",
  "Product owner",
  "Coach agile",
  "Chargé·e de déploiement",
  "Data scientist",
  "Ingénieur·e DevOps",
  "Animatrice ou animateur de communauté",
  "Intrapreneur·e",
];
const DOMAINS: Domain[] = [
  "DEVELOPMENT",
  "DEVELOPMENT",
  "DESIGN",
  "PRODUCT",
  "COACHING",
  "DEPLOYMENT",
  "DATA",
  "DEVELOPMENT",
  "COMMUNITY",
  "INTRAPRENEURSHIP",
];
const CONTRACTS: ContractType[] = ["PERMANENT", "FIXED_TERM", "FIXED_TERM", "FREELANCE", "INTERNSHIP", "APPRENTICESHIP", "PUBLIC_SERVANT"];
const REMOTE: RemotePolicy[] = ["NONE", "PARTIAL", "PARTIAL", "FULL"];
const CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Strasbourg", "Saint-Étienne"];
const TECHNOLOGIES = ["TypeScript", "Python", "Ruby", "PostgreSQL", "React", "Django", "Rails", "Go", "Docker", "Figma"];
const WORDS =
  "service public usagers administration équipe produit impact données ouverte accessibilité simplicité démarche agents terrain itération utilisateurs qualité sécurité".split(
    " ",
  );

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A markdown body of about `paragraphs` short paragraphs, under a few headings. */
function body(random: () => number, role: string, paragraphs: number): string {
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 12) }, () => pick(random, WORDS));
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const parts = [`## La mission\n\nNous cherchons une personne pour le poste de ${role.toLowerCase()}.`];
  for (let i = 0; i < paragraphs; i++) {
    if (i === Math.floor(paragraphs / 2)) parts.push("## Le profil recherché");
    parts.push(`${sentence()} ${sentence()} ${sentence()}`);
  }
  parts.push("- Travail en équipe pluridisciplinaire\n- Méthodes agiles\n- Code ouvert");
  return parts.join("\n\n");
}

export type BenchData = { organisations: OrganisationRef[]; postings: PostingToSave[] };

/**
 * `organisationCount` organisations (one incubator for every nine start-ups) and
 * `postingCount` postings spread over them: four in five open, the rest closed or filled.
 */
export function generateBenchData(organisationCount: number, postingCount: number, seed = 2026): BenchData {
  const random = seededRandom(seed);
  const incubatorCount = Math.max(1, Math.round(organisationCount / 10));
  const incubators = Array.from({ length: incubatorCount }, (_, i) => ({ name: `Incubateur numéro ${i + 1}`, kind: "INCUBATOR" as const }));
  const startups = Array.from({ length: organisationCount - incubatorCount }, (_, i) => ({
    name: `Start-up d'État ${i + 1}`,
    kind: "STARTUP" as const,
    parent: incubators[i % incubatorCount]!,
  }));
  const organisations: OrganisationRef[] = [...incubators, ...startups];
  const start = Date.UTC(2026, 0, 1);
  const postings = Array.from({ length: postingCount }, (_, i) => {
    const role = pick(random, ROLES);
    const fate = random();
    const publishedAt = new Date(start + Math.floor(random() * 320) * 86_400_000);
    return aPosting({
      slug: `offre-${i + 1}`,
      title: `${role} – offre ${i + 1}`,
      roles: role,
      organisation: organisations[i % organisations.length]!,
      contractType: pick(random, CONTRACTS),
      location: pick(random, CITIES),
      remotePolicy: pick(random, REMOTE),
      juniorsWelcome: random() < 0.3,
      domains: [DOMAINS[ROLES.indexOf(role)]!],
      technologies: [pick(random, TECHNOLOGIES), pick(random, TECHNOLOGIES)].filter((t, k, all) => all.indexOf(t) === k),
      publishedAt,
      status: fate < 0.8 ? "PUBLISHED" : "CLOSED",
      closedAt: fate < 0.8 ? null : new Date(publishedAt.getTime() + 30 * 86_400_000),
      filledAt: fate < 0.9 ? null : new Date(publishedAt.getTime() + 30 * 86_400_000),
      body: body(random, role, 6),
      contactEmail: `recrutement-${(i % organisationCount) + 1}@example.gouv.fr`,
    });
  });
  return { organisations, postings };
}
