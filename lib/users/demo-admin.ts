import { getDb, type Db } from "@/lib/db/client";
import { createUser } from "./create";

export const DEMO_ADMIN_EMAIL = "admin@demo.rejoindre.invalid";

/**
 * On a database without any account, creates the demo admin with a generated password,
 * returned once for the start script to print. Never a fixed password.
 */
export async function createDemoAdminIfNoUser(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const result = await createUser(
    db,
    { by: { label: "démarrage (npm start)" } },
    {
      email: DEMO_ADMIN_EMAIL,
      name: "Administrateur de démonstration",
      role: "admin",
      organisationIds: [],
    },
  );
  return result.ok ? { email: result.email, password: result.password } : null;
}

export const DEMO_ADMIN_WARNING =
  `Attention : le compte de démonstration ${DEMO_ADMIN_EMAIL} existe encore dans cette base, avec le mot de passe affiché au premier démarrage. ` +
  "Désactivez-le (Espace recruteurs > Utilisateurs) avant d'ouvrir le portail à d'autres personnes.";

/** Whether the demo admin can still sign in here: start-up warns and /admin shows a banner until it cannot. */
export async function demoAdminActive(db?: Db): Promise<boolean> {
  const database = db ?? (await getDb());
  return (await database.user.count({ where: { email: DEMO_ADMIN_EMAIL, disabledAt: null } })) > 0;
}
