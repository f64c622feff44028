// For Prisma's own CLI where its schema engine can be downloaded (`npx prisma migrate deploy`):
// it picks the schema and migration history of the backend DATABASE_URL names. On this
// project's machines, `npm run db:migrate` applies the same files without that binary.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL?.trim() || "file:./data/rejoindre.db";
const provider = /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
