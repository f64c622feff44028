import { readFile } from "node:fs/promises";
import path from "node:path";

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MODELS_FILE = path.join(ROOT, "prisma/models.prisma");

export function schemaDir(provider: Provider): string {
  return path.join(ROOT, "prisma", provider);
}

export function schemaFile(provider: Provider): string {
  return path.join(schemaDir(provider), "schema.prisma");
}

export function migrationsDir(provider: Provider): string {
  return path.join(schemaDir(provider), "migrations");
}

/** The complete schema for one backend: its header, then the shared models. */
export function composeSchema(provider: Provider, models: string): string {
  return `// Generated from prisma/models.prisma by \`npm run db:schema\`. Edit that file, not this one.

generator client {
  provider = "prisma-client"
  output   = "../../lib/db/generated/${provider}"
}

datasource db {
  provider = "${provider}"
}

${models.trim()}
`;
}

export async function expectedSchema(provider: Provider): Promise<string> {
  return composeSchema(provider, await readFile(MODELS_FILE, "utf8"));
}
