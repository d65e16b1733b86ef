// `naervaer audit verify`: checks the audit trail's hash chain in every kommune.
import { migrate } from '../../db/migrate';
import { verifyAuditChain } from '../../server/audit/verify-chain';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';

const HELP = `Bruk: naervaer audit verify

Kontrollerer revisjonsloggens hashkjede i hver kommune: at ingen rad er endret eller slettet, at
rekkefølgen er intakt og at slutten ikke er kuttet. Avslutter med kode 0 når alt er helt, 1 ellers.`;

export const audit = {
  summary: 'Kontroller revisjonsloggen',
  async run(args: string[]): Promise<number> {
    if (args[0] !== 'verify' || args.includes('--help')) {
      console.log(HELP);
      return args.includes('--help') ? 0 : 1;
    }
    const db = await openDb(loadConfig());
    try {
      await migrate(db);
      const reports = await verifyAuditChain(db);
      if (reports.length === 0) console.log('Ingen kommuner i databasen: ingenting å kontrollere.');
      for (const r of reports) {
        if (r.problems.length === 0) console.log(`${r.kommune}: ${r.rows} rader, kjeden er hel.`);
        else {
          console.log(`${r.kommune}: ${r.rows} rader, ${r.problems.length} feil:`);
          for (const p of r.problems) console.log(`  ${p}`);
        }
      }
      return reports.every((r) => r.problems.length === 0) ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
