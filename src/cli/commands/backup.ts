// `naervaer backup FIL` and `naervaer restore FIL` (issue 16 item 5, decision 081): the whole database, on
// PGlite (NAERVAER_DATA_DIR) or a server (DATABASE_URL). Restore only into an empty database; then
// `naervaer audit verify` checks that the audit trail came back whole.
import { backupDatabase, BackupError, restoreDatabase } from '../../db/backup';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';
import { cliCommand, refuseWith } from '../command';

const BACKUP_HELP = `Bruk: naervaer backup <fil>

Tar sikkerhetskopi av hele databasen: den innebygde (NAERVAER_DATA_DIR, som én gzip-komprimert fil) eller
serveren i DATABASE_URL (pg_dump, eget format). Stopp Nærvær først når den innebygde databasen brukes.`;

const RESTORE_HELP = `Bruk: naervaer restore <fil>

Gjenoppretter en sikkerhetskopi fra «naervaer backup» til en tom database: en ny datakatalog
(NAERVAER_DATA_DIR) eller en ny, tom database på serveren (DATABASE_URL; rollen må kunne gå forbi
radnivåsikkerheten, for eksempel eieren av klyngen). Alt eller ingenting. Kjør så «naervaer audit verify».`;

function command(summary: string, help: string, run: (file: string) => Promise<string>) {
  return cliCommand({
    summary,
    help,
    positionals: ['<fil>'],
    refusal: refuseWith(BackupError),
    run: ({ positionals }) => run(positionals[0]!),
  });
}

export const backupCommand = command('Ta sikkerhetskopi av databasen', BACKUP_HELP, async (file) => {
  const config = loadConfig();
  const db = await openDb(config);
  try {
    await backupDatabase(db, file, config.databaseUrl);
  } finally {
    await db.close();
  }
  return `Sikkerhetskopien er skrevet til ${file}.`;
});

export const restoreCommand = command(
  'Gjenopprett en sikkerhetskopi til en tom database',
  RESTORE_HELP,
  async (file) => {
    const config = loadConfig();
    await restoreDatabase(file, config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
    return 'Sikkerhetskopien er gjenopprettet. Kontroller revisjonsloggen med «naervaer audit verify».';
  },
);
