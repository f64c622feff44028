// npm run db:migrate: applies the committed migrations to DATABASE_URL (default: the embedded SQLite file).
import { migrate } from "../../lib/db/migrate";
import { databaseUrl } from "../../lib/db/url";

const applied = await migrate(databaseUrl());
console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base de données à jour.");
