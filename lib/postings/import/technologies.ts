type Technology = { name: string; pattern: RegExp };

// Word boundaries that work with accents and with names such as "Node.js" or "C#".
const before = "(?<![\\p{L}\\p{N}_.#+-])";
const after = "(?![\\p{L}\\p{N}_#+]|\\.[\\p{L}\\p{N}])";

function tech(name: string, source: string, caseSensitive = false): Technology {
  return { name, pattern: new RegExp(`${before}(?:${source})${after}`, caseSensitive ? "u" : "iu") };
}

/**
 * The vocabulary detected in bodies. Names that are also French words ("vue", "react",
 * "express") only count with their usual capitalisation or a ".js" suffix.
 */
const VOCABULARY: Technology[] = [
  tech("Python", "python"),
  tech("JavaScript", "javascript|js"),
  tech("TypeScript", "typescript"),
  tech("Ruby on Rails", "ruby on rails|rails"),
  tech("Ruby", "ruby(?! on rails)"),
  tech("Django", "django"),
  tech("Flask", "flask"),
  tech("FastAPI", "fastapi"),
  tech("Vue", "Vue(?:\\.?js| ?3)?|vue\\.?js|VueJS|vuejs", true),
  tech("React", "React(?: Native)?|react\\.?js|ReactJS|reactjs", true),
  tech("Angular", "angular(?:js)?"),
  tech("Svelte", "svelte"),
  tech("Next.js", "next\\.js|nextjs"),
  tech("Node.js", "node\\.?js"),
  tech("PHP", "php"),
  tech("Symfony", "symfony"),
  tech("Java", "java(?!script)"),
  tech("Kotlin", "kotlin"),
  tech("Elixir", "elixir"),
  tech("Rust", "Rust", true),
  tech("Go", "golang"),
  tech("PostgreSQL", "postgre(?:s|sql)"),
  tech("MySQL", "mysql"),
  tech("MongoDB", "mongo(?:db)?"),
  tech("Redis", "redis"),
  tech("Elasticsearch", "elastic ?search"),
  tech("SQL", "sql"),
  tech("GraphQL", "graphql"),
  tech("Docker", "docker"),
  tech("Kubernetes", "kubernetes|k8s"),
  tech("Ansible", "ansible"),
  tech("Terraform", "terraform"),
  tech("Metabase", "metabase"),
  tech("Jupyter", "jupyter"),
  tech("Pandas", "Pandas", true),
  tech("Figma", "figma"),
  tech("Sketch", "Sketch", true),
  tech("DSFR", "dsfr|syst[eè]me de design de l['’]?[ée]tat"),
];

/** The canonical spelling of a technology named in a front matter; as written when unknown. */
export function canonicalTechnology(text: string): string {
  const trimmed = text.trim();
  const known = VOCABULARY.find(
    (entry) => entry.name.toLowerCase() === trimmed.toLowerCase() || new RegExp(`^(?:${entry.pattern.source})$`, "iu").test(trimmed),
  );
  return known?.name ?? trimmed;
}

/** Distinct names, case-insensitively, keeping the first spelling. */
export function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key) || key === "") return false;
    seen.add(key);
    return true;
  });
}

/** Technologies named in a markdown body, in order of first mention. Links' targets are ignored. */
export function detectTechnologies(body: string): string[] {
  const text = body
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]*>/g, " ")
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/\b[\w-]+@[\w.-]+/g, " ");
  const found: { name: string; index: number }[] = [];
  for (const entry of VOCABULARY) {
    const match = entry.pattern.exec(text);
    if (match) found.push({ name: entry.name, index: match.index });
  }
  return dedupe(found.sort((a, b) => a.index - b.index).map((hit) => hit.name));
}
