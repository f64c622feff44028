import type { Db } from "@/lib/db/client";
import { createUser } from "./create";

export const DEMO_ADMIN_EMAIL = "admin@demo.rejoindre.invalid";

/**
 * On a database without any account, creates the demo admin with a generated password,
 * returned once for the start script to print. Never a fixed password.
 */
export async function createDemoAdminIfNoUser(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const result = await createUser(db, { by: { label: "démarrage (npm start)" } }, {
    email: DEMO_ADMIN_EMAIL,
    name: "Administrateur de démonstration",
    role: "admin",
    organisationIds: [],
  });
  return result.ok ? { email: result.email, password: result.password } : null;
}
