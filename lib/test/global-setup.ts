import pg from "pg";
import { postgresAdminUrl } from "@/lib/db/scratch";

/** Data-layer suites run on PostgreSQL too: say plainly when it is not there. */
export default async function checkPostgres() {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL ne répond pas à ${postgresAdminUrl()} (PG_ADMIN_URL) : les tests de la couche de données ` +
        `tournent sur SQLite et sur PostgreSQL. Démarrez-le (voir .ci/run). Cause : ${String(error)}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
