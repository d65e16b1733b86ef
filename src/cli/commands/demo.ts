import { loadContent } from '../../server/content/load-content';
import { seedDemo } from '../../server/demo/seed';
import { OSLO, seedOslo } from '../../server/demo/oslo';
import { migrate } from '../../db/migrate';
import { clockFor, osloDate } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';

export const demo = {
  summary: 'Lag demokommunene',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help')) {
      console.log(
        'Bruk: naervaer demo [--size oslo [--pupils N]]\n\nLager Nærvik kommune og Nabodal kommune med syntetiske elever, foresatte og ansatte (se docs/demo.md).\nSkoleåret er det som inneholder NAERVAER_NOW (eller dagens dato). Gjør ingenting om demoen finnes.\n\n--size oslo  lager i stedet en kommune på Oslos størrelse (0301, omtrent 70 000 elever ved 130 skoler)\n             gjennom elevregister-synkroniseringen, med skoleårets fravær fram til i dag.\n--pupils N   færre elever (skoler i samme forhold), for en rask prøve.',
      );
      return 0;
    }
    const size = args.indexOf('--size');
    if (size >= 0) return oslo(args, args[size + 1]);
    const config = loadConfig();
    if (config.mode === 'production') {
      console.error('Demodata kan ikke lages i produksjonsmodus (NAERVAER_MODE=production).');
      return 1;
    }
    const content = loadContent();
    const db = await openDb(config);
    try {
      await migrate(db);
      const result = await seedDemo(db, content, osloDate(clockFor(config.clockStart).now()), config.idHashKey);
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

/** `naervaer demo --size oslo`: the city-sized kommune, through the roster sync (issue 16 item 6). */
async function oslo(args: string[], size: string | undefined): Promise<number> {
  if (size !== 'oslo') {
    console.error('Bare «--size oslo» finnes.');
    return 1;
  }
  const at = args.indexOf('--pupils');
  const pupils = at >= 0 ? Number(args[at + 1]) : OSLO.pupils;
  if (!Number.isInteger(pupils) || pupils < 10) {
    console.error('--pupils må være et helt tall, minst 10.');
    return 1;
  }
  const config = loadConfig();
  if (config.mode === 'production') {
    console.error('Demodata kan ikke lages i produksjonsmodus (NAERVAER_MODE=production).');
    return 1;
  }
  const db = await openDb(config);
  try {
    await migrate(db);
    const schools = Math.max(2, Math.round((OSLO.schools * pupils) / OSLO.pupils));
    const now = clockFor(config.clockStart).now();
    const result = await seedOslo(db, osloDate(now), { pupils, schools }, now);
    if (!result.created) console.log(`Kommune ${OSLO.number} finnes allerede; ingenting endret.`);
    else
      console.log(
        `Laget ${OSLO.name}: ${result.pupils} elever ved ${result.schools} skoler gjennom elevregister-synkroniseringen (${result.seconds.sync.toFixed(1)} s), ${result.events} fraværsregistreringer (${result.seconds.absence.toFixed(1)} s).`,
      );
    return 0;
  } finally {
    await db.close();
  }
}
