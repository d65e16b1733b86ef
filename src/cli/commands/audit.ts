// `naervaer audit verify` checks the sealed audit chain in every kommune and reports the unsealed tail;
// `naervaer audit seal` seals what has committed (decision 050).
import { migrate } from '../../db/migrate';
import { norwegianDate } from '../../domain/calendar/dates';
import { sealAuditLog } from '../../server/audit/seal';
import { verifyAuditChain } from '../../server/audit/verify-chain';
import { osloDate } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { openDb } from '../../server/start';
import { cliCommand } from '../command';

const HELP = `Bruk: naervaer audit verify [--seal]
       naervaer audit seal

verify: kontrollerer revisjonsloggens forseglede hashkjede i hver kommune: at ingen rad er endret eller
slettet, at rekkefølgen er intakt og at slutten ikke er kuttet, og sier hvor mange rader som ennå ikke er
forseglet (og den eldste). Med --seal forsegles de først. Avslutter med kode 0 når alt er helt, 1 ellers.

seal: gir hver lagret, uforseglet rad sin plass i kjeden og sin hash (serveren gjør dette hvert sekund).`;

/** «03.12.2026 kl. 08:15:00» in Oslo, the date in the one format (decision 171). */
const osloTime = (d: Date) =>
  `${norwegianDate(osloDate(d))} kl. ${d.toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo' })}`;

export const audit = cliCommand({
  summary: 'Kontroller og forsegle revisjonsloggen',
  help: HELP,
  subcommands: ['verify', 'seal'],
  options: { seal: { type: 'boolean' } },
  async run({ subcommand: command, values }) {
    const db = await openDb(loadConfig());
    try {
      await migrate(db);
      if (command === 'seal' || values.seal) {
        const { sealed } = await sealAuditLog(db);
        console.log(`Forseglet ${sealed} ${sealed === 1 ? 'rad' : 'rader'}.`);
        if (command === 'seal') return 0;
      }
      const reports = await verifyAuditChain(db);
      if (reports.length === 0) console.log('Ingen kommuner i databasen: ingenting å kontrollere.');
      for (const r of reports) {
        const tail =
          r.unsealed.count === 0
            ? ''
            : ` ${r.unsealed.count} ${r.unsealed.count === 1 ? 'rad er' : 'rader er'} ennå ikke forseglet (eldste fra ${osloTime(r.unsealed.oldest!)}).`;
        if (r.problems.length === 0) console.log(`${r.kommune}: ${r.rows} forseglede rader, kjeden er hel.${tail}`);
        else {
          console.log(`${r.kommune}: ${r.rows} forseglede rader, ${r.problems.length} feil:${tail}`);
          for (const p of r.problems) console.log(`  ${p}`);
        }
      }
      return reports.every((r) => r.problems.length === 0) ? 0 : 1;
    } finally {
      await db.close();
    }
  },
});
