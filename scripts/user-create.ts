// npm run user:create -- --email camille@exemple.gouv.fr --role admin [--name "Camille Martin"]
//                        [--organisation <nom ou slug>]…   (obligatoire pour manager, recruiter et reader)
// Invites the person: prints the link where they choose their own password (valid seven
// days, once). Nobody else ever sees that password; this is how a production database gets
// its first admin.
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { formatDateTime } from "../lib/dates/paris";
import { invitationOf, newUserSchema, ROLES } from "../lib/users/create";
import { invitationUrl, writeInvitation } from "../lib/users/invite";

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
    const by = { label: "ligne de commande (user:create)" };
    const result = await db.$transaction((tx) => writeInvitation(tx, { by }, invitationOf(parsed.data)));
    if (!("kind" in result)) {
      console.error(result.message);
      process.exitCode = 1;
    } else if (result.kind === "added") {
      console.log(`Compte existant : ${result.email} a maintenant ces accès (${parsed.data.role}) ; il se connecte comme avant.`);
    } else {
      console.log(`Invitation créée : ${result.email} (${parsed.data.role})`);
      console.log(
        `Lien personnel, à transmettre à cette seule personne (valable jusqu'au ${formatDateTime(result.expiresAt)}, une fois) :`,
      );
      console.log(invitationUrl(result.token));
      console.log("La personne y choisit son mot de passe ; personne d'autre ne le connaîtra.");
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
