// `naervaer roster sync --kommune 3033 [--dry-run] PATH` (issue 16 item 2, decisions 082 and 083): the
// same sync as the admin screen, run by the operator («drift» in the audit log).
import { parseArgs } from 'node:util';
import type { RosterSyncResult } from '../../server/use-cases/sync-roster';
import { migrate } from '../../db/migrate';
import { clockFor } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { pathTables } from '../../server/roster/read-bundle';
import { openDb } from '../../server/start';
import { kommuneByNumber } from '../../server/use-cases/create-kommune';
import { syncRoster } from '../../server/use-cases/sync-roster';

const HELP = `Bruk: naervaer roster sync --kommune <kommunenummer> [--dry-run] <mappe|fil.zip|mal.csv|mal.xlsx>

Synkroniserer kommunens skoler, klasser, elever, foresatte og ansatte med elevregisteret: en
OneRoster 1.1- eller 1.2-pakke (CSV-filer i en mappe eller zip) eller Nærværs maler (skoler, klasser,
elever, foresatte, ansatte). Se docs/decisions/082-roster-formats.md for kolonnene.

  --dry-run   Vis hva som ville endres (nye, endrede, som slutter – per skole), uten å skrive noe.

Uten --dry-run skrives alt eller ingenting. Har én rad feil, endres ingenting; hver feil skrives på
stderr som «fil linje N, kolonne: årsak» og kommandoen avslutter med kode 2. Samme uttrekk to ganger
endrer ingenting andre gang.`;

const LABEL = { classes: 'klasser', pupils: 'elever', guardians: 'foresatte', staff: 'ansatte' } as const;

function countsText(c: Record<keyof typeof LABEL, number>): string {
  return (Object.keys(LABEL) as (keyof typeof LABEL)[]).map((k) => `${c[k]} ${LABEL[k]}`).join(', ');
}

/** The dry run's (or the apply's) summary as lines for the terminal. */
export function describeSync(result: RosterSyncResult): string[] {
  const lines = [`Format: ${result.format}`];
  for (const s of result.schools) {
    lines.push('', s.school);
    for (const [kind, label] of [
      ['new', 'Nye'],
      ['changed', 'Endret'],
      ['leaving', 'Slutter'],
    ] as const) {
      const c = s.counts[kind];
      if (Object.values(c).every((n) => n === 0)) continue;
      lines.push(`  ${label}: ${countsText(c)}`);
      for (const r of s.rows[kind]) lines.push(`    ${r.what} ${r.name}: ${r.detail}`);
    }
  }
  lines.push(
    '',
    `I alt nye: ${countsText(result.totals.new)}`,
    `I alt endret: ${countsText(result.totals.changed)}`,
    `I alt slutter: ${countsText(result.totals.leaving)}`,
  );
  return lines;
}

export const rosterCommand = {
  summary: 'Synkroniser skoler, klasser, elever, foresatte og ansatte fra elevregisteret',
  async run(args: string[]): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { kommune: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
      });
    } catch (e) {
      console.error(`${(e as Error).message}\n\n${HELP}`);
      return 1;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const [verb, path] = positionals;
    if (verb !== 'sync' || !path || !values.kommune) {
      console.error(HELP);
      return 1;
    }
    const config = loadConfig();
    const db = await openDb(config);
    try {
      await migrate(db);
      const kommune = await kommuneByNumber(db, values.kommune);
      const tables = await pathTables(path);
      const dryRun = values['dry-run'] === true;
      const result = await syncRoster(db, { kommuneId: kommune.id, userId: null, role: 'drift' }, tables, {
        dryRun,
        allowSynthetic: config.mode === 'demo',
        now: clockFor(config.fixedNow).now(),
        idHashKey: config.idHashKey,
      });
      if (result.problems.length) {
        for (const p of result.problems)
          console.error(`${p.file}${p.line ? ` linje ${p.line}` : ''}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
        console.error(`${result.problems.length} feil; ingenting er endret.`);
        return 2;
      }
      for (const line of describeSync(result)) console.log(line);
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      console.log(
        dryRun
          ? `\nPrøvekjøring: ingenting er skrevet (${seconds(result.timings.parse + result.timings.load + result.timings.diff)} s).`
          : result.applied
            ? `\nSkrevet til databasen (${seconds(result.timings.parse + result.timings.load + result.timings.diff + result.timings.apply)} s).`
            : '\nIngenting å endre.',
      );
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        console.error(e.message);
        return 1;
      }
      throw e;
    } finally {
      await db.close();
    }
  },
};
