// npm run backup -- <fichier>: a consistent online copy of DATABASE_URL (README, « Exploitation »).
import { backup, BackupError } from "../../lib/db/backup";
import { databaseUrl } from "../../lib/db/url";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("Usage : npm run backup -- <fichier>");
  process.exit(2);
}
try {
  backup(databaseUrl(), file);
  console.log(`Sauvegarde écrite : ${file}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
