// npm run user:create -- --email camille@exemple.gouv.fr --role admin [--name "Camille Martin"]
//                        [--organisation <nom ou slug>]…   (obligatoire pour manager, recruiter et reader)
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { createUser, newUserSchema, ROLES } from "../lib/users/create";

const USAGE = `Usage : npm run user:create -- --email <adresse> --role ${ROLES.join("|")} [--name "Prénom Nom"] [--organisation <nom ou slug>]…`;

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    organisation: { type: "string", multiple: true },
  },
});

await migrate(databaseUrl());
const db = await getDb();
try {
  const organisations = await Promise.all(
    (values.organisation ?? []).map(async (ref) => {
      const found = await db.organisation.findFirst({ where: { OR: [{ slug: ref }, { name: ref }] }, select: { id: true } });
      if (!found) throw new Error(`Organisation inconnue : « ${ref} » (nom ou slug d'une organisation existante).`);
      return found.id;
    }),
  );
  const parsed = newUserSchema.safeParse({
    email: values.email ?? "",
    name: values.name ?? values.email?.split("@")[0] ?? "",
    role: values.role,
    organisationIds: organisations,
  });
  if (!parsed.success) {
    console.error(USAGE);
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".") || "--"} : ${issue.message}`);
    process.exitCode = 2;
  } else {
    const result = await createUser(db, { by: { label: "ligne de commande (user:create)" } }, parsed.data);
    if (!result.ok) {
      console.error(result.message);
      process.exitCode = 1;
    } else {
      console.log(`Compte créé : ${result.email} (${parsed.data.role})`);
      console.log(`Mot de passe initial, affiché une seule fois : ${result.password}`);
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
