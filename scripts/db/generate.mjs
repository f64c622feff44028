// postinstall: generates the Prisma client of each backend into lib/db/generated/.
// `prisma generate` does not run the schema engine, but the CLI tries to download it
// first; pointing it at any existing file lets generation work offline
// (docs/decisions/0001-migrations-without-the-engine-binary.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "package.json");
}

for (const provider of ["sqlite", "postgresql"]) {
  const schema = path.join(root, "prisma", provider, "schema.prisma");
  const run = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { cwd: root, env, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
