import { seedDemo } from '../../server/demo/seed';
import { migrate } from '../../db/migrate';
import { clockFor, osloDate } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';

export const demo = {
  summary: 'Lag demokommunene',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help')) {
      console.log(
        'Bruk: naervaer demo\n\nLager Nærvik kommune og Nabodal kommune med syntetiske elever, foresatte og ansatte (se docs/demo.md).\nSkoleåret er det som inneholder NAERVAER_NOW (eller dagens dato). Gjør ingenting om demoen finnes.',
      );
      return 0;
    }
    const config = loadConfig();
    if (config.mode === 'production') {
      console.error('Demodata kan ikke lages i produksjonsmodus (NAERVAER_MODE=production).');
      return 1;
    }
    const db = await openDb(config);
    try {
      await migrate(db);
      const result = await seedDemo(db, osloDate(clockFor(config.fixedNow).now()), config.idHashKey);
      if (!result.created) console.log('Demodataene finnes allerede; ingenting endret.');
      else
        for (const k of result.kommuner)
          console.log(`Laget ${k.name}: ${k.pupils} elever, ${k.logins} demobrukere (passord naervaer-demo).`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
