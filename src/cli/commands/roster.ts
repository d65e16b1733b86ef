// `naervaer roster sync --kommune 3033 [--dry-run] PATH` (issue 16 item 2, decisions 082 and 083): the
// same sync as the admin screen, run by the operator («drift» in the audit log).
import { cliCommand, refuseWith } from '../command';
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

export const rosterCommand = cliCommand({
  summary: 'Synkroniser skoler, klasser, elever, foresatte og ansatte fra elevregisteret',
  help: HELP,
  subcommands: ['sync'],
  options: { kommune: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  required: ['kommune'],
  positionals: ['<sti>'],
  refusal: refuseWith(AppError),
  async run({ values, positionals }) {
    const [path] = positionals as [string];
    const config = loadConfig();
    const db = await openDb(config);
    try {
      await migrate(db);
      const kommune = await kommuneByNumber(db, values.kommune as string);
      const tables = await pathTables(path);
      const dryRun = values['dry-run'] === true;
      const result = await syncRoster(db, { kommuneId: kommune.id, userId: null, role: 'drift' }, tables, {
        dryRun,
        allowSynthetic: config.allowSyntheticIds,
        now: clockFor(config.clockStart).now(),
        idHashKey: config.idHashKey,
      });
      if (result.problems.length) {
        for (const p of result.problems)
          console.error(`${p.file}${p.line ? ` linje ${p.line}` : ''}${p.column ? `, ${p.column}` : ''}: ${p.reason}`);
        console.error(`${result.problems.length} feil; ingenting er endret.`);
        return 2;
      }
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      const read = result.timings.parse + result.timings.load + result.timings.diff;
      return [
        ...describeSync(result),
        dryRun
          ? `\nPrøvekjøring: ingenting er skrevet (${seconds(read)} s).`
          : result.applied
            ? `\nSkrevet til databasen (${seconds(read + result.timings.apply)} s).`
            : '\nIngenting å endre.',
      ].join('\n');
    } finally {
      await db.close();
    }
  },
});
