import { withSchemaEngine } from "./schema-engine";
import { expectedSchema, schemaFile } from "./schema-files";
import { providerOf } from "./url";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The SQL that would bring the live database at `url` to the Prisma schema;
 * null when they already match.
 */
export async function schemaDrift(url: string): Promise<string | null> {
  const provider = providerOf(url);
  const file = { path: schemaFile(provider), content: await expectedSchema(provider) };
  return withSchemaEngine(url, file, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [file], configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: [file] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    // exitCode 2 means "a difference was found", 0 "none" (as `prisma migrate diff --exit-code`).
    return result.exitCode === 0 ? null : result.stdout;
  });
}
