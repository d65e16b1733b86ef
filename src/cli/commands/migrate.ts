import { migrate as runMigrations } from '../../db/migrate';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';

export const migrate = {
  summary: 'Kjør databasemigreringer',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help')) {
      console.log(
        'Bruk: naervaer migrate\n\nKjører nye migreringer mot DATABASE_URL, eller mot PGlite i NAERVAER_DATA_DIR.',
      );
      return 0;
    }
    const db = await openDb(loadConfig());
    try {
      const applied = await runMigrations(db);
      console.log(
        applied.length
          ? `Kjørte ${applied.length} migrering(er): ${applied.join(', ')}`
          : 'Databasen er allerede oppdatert.',
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
