// The project's own source files and the imports between them, read as text, for the tests
// that keep its layers apart (lib/architecture.test.ts). Type-only imports are left out:
// they vanish at run time.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs"];
const SKIPPED = new Set(["node_modules", "generated", ".next", "fixtures"]);

export type SourceFile = { path: string; text: string };

/** Every source file under `dir` (relative to the root), tests included. */
export function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) out.push(...sourceFiles(relative));
    } else if (EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      out.push({ path: relative, text: readFileSync(path.join(ROOT, relative), "utf8") });
    }
  }
  return out;
}

export const isTest = (file: string) => /\.test\.tsx?$|^lib\/test\/|\/(testing|test-[\w-]+)\.ts$/.test(file);

/** One source file, by its path from the root. */
export function sourceFile(file: string): SourceFile {
  return { path: file, text: readFileSync(path.join(ROOT, file), "utf8") };
}

/**
 * The module specifiers a file imports at run time (static imports, re-exports, dynamic
 * imports); with `types`, its type-only imports as well.
 */
export function runtimeImports(text: string, { types = false } = {}): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    if (types || !match[1]) found.push(match[2]!);
  }
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]!);
  return found;
}

/** The project file a specifier names ("@/lib/x", "./y"), or null for a package. */
export function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  return candidates.find((candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) ?? null;
}

/**
 * The files reached from `entries` through run-time imports. With `stopAtServerActions`, a
 * "use server" module is not entered: a client component importing one gets a reference to
 * call, not its code.
 */
export function reachedFrom(entries: string[], { stopAtServerActions = false } = {}): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (stopAtServerActions && isServerActionModule(text)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(text)) {
      const target = resolveImport(file, specifier);
      if (target) stack.push(target);
    }
  }
  return seen;
}

export const isServerActionModule = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(text);
export const isClientModule = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(text);
