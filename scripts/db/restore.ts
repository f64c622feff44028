// npm run restore -- <fichier>: puts a backup back in DATABASE_URL's place, server stopped
// (README, « Exploitation »).
import { BackupError, restore } from "../../lib/db/backup";
import { databaseUrl } from "../../lib/db/url";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("Usage : npm run restore -- <fichier>");
  process.exit(2);
}
try {
  restore(databaseUrl(), file);
  console.log(`Sauvegarde restaurée : ${file}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
