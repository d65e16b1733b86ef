import { createReadStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { compileCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import type { SchoolCalendar } from '../../domain/calendar/calendar';
import type { Profile } from '../../domain/rules/profile-schema';
import { EventColumnsBuilder } from '../evaluate/event-columns';
import { startWorkers, workersFor, writeStudents } from '../evaluate/evaluate-workers';
import type { WorkerPool } from '../evaluate/evaluate-workers';
import { loadCalendar, loadProfile } from '../../server/content/profile-files';
import { problemLine } from '../../domain/absence/events-file';
import { readEventsCsv } from '../../server/import/read-events-csv';

// `naervaer evaluate`: a fixed interface that scripts depend on.
// Exit codes: 0 done; 1 wrong use (options, unreadable events file); 2 invalid event rows;
// 3 bad calendar or unknown/invalid profile. On any error nothing is printed on stdout.
// The events file is streamed into columns (event-columns.ts) and the JSON is written pupil by pupil,
// so a national file (620 000 pupils, 18 million rows) runs in well under a gigabyte.

const USAGE = `Bruk: naervaer evaluate --events FIL.csv --calendar FIL.json --profile NAVN|FIL --as-of ÅÅÅÅ-MM-DD [--pretty]

Evaluerer fraværsreglene i en regelprofil for alle elever i fila, per dato, og skriver JSON på stdout
(én linje; --pretty gir innrykk). Bare fravær på eller før --as-of teller. Observasjonsregler slår aldri til her.

Utgangskoder: 0 ferdig, 1 feil bruk, 2 ugyldige rader i fraværsfila, 3 ugyldig kalender eller ukjent profil.`;

type Options = { events: string; calendar: string; profile: string; asOf: string; pretty: boolean };

function parseArgs(args: string[]): Options | string {
  const values: Record<string, string> = {};
  let pretty = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--pretty') {
      pretty = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) return `Ukjent argument «${arg}».`;
    const name = m[1]!;
    if (!['events', 'calendar', 'profile', 'as-of'].includes(name)) return `Ukjent valg «--${name}».`;
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return `Valget --${name} mangler verdi.`;
    values[name] = value;
  }
  for (const name of ['events', 'calendar', 'profile', 'as-of']) if (!values[name]) return `Valget --${name} mangler.`;
  if (parseIsoDate(values['as-of']!) === null) return `--as-of: ugyldig dato «${values['as-of']}» (bruk ÅÅÅÅ-MM-DD).`;
  return {
    events: values.events!,
    calendar: values.calendar!,
    profile: values.profile!,
    asOf: values['as-of']!,
    pretty,
  };
}

function fail(code: number, lines: string[]): number {
  process.stderr.write(`${lines.join('\n')}\n`);
  return code;
}

/** Writes to stdout in large pieces, waiting when the reader (a pipe) is behind. */
class Output {
  private buffer: string[] = [];
  private size = 0;
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  }
}

export const evaluate = {
  summary: 'Evaluer fraværsregler for elever per dato (JSON ut)',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const options = parseArgs(args);
    if (typeof options === 'string') return fail(1, [options, '', USAGE]);

    const calendarSource = loadCalendar(options.calendar);
    if (!calendarSource.ok) return fail(3, calendarSource.errors);
    const profile = loadProfile(options.profile);
    if (!profile.ok) return fail(3, profile.errors);

    // A large file is evaluated by worker threads, started now so that their start-up runs beside the reading.
    let size = 0;
    try {
      size = statSync(options.events).size;
    } catch {
      // Reading it below says what is wrong.
    }
    const workers = workersFor(size);
    const pool = workers > 0 ? startWorkers(workers) : null;
    try {
      return await evaluateFile(options, calendarSource.value, profile.value, pool);
    } finally {
      await pool?.close();
    }
  },
};

async function evaluateFile(
  options: Options,
  calendarSource: SchoolCalendar,
  profile: Profile,
  pool: WorkerPool | null,
): Promise<number> {
  const calendar = compileCalendar(calendarSource);
  const builder = new EventColumnsBuilder(calendar);
  let read;
  try {
    read = await readEventsCsv(
      createReadStream(options.events, { highWaterMark: 1 << 18 }),
      (row) => builder.add(row),
      {},
      builder,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== undefined && !(e as NodeJS.ErrnoException).code!.startsWith('CSV_'))
      return fail(1, [`Kan ikke lese fraværsfila «${options.events}».`]);
    throw e;
  }
  const asOf = parseIsoDate(options.asOf)!;
  // Only events on or before the evaluation date exist as far as the rules (and patterns) know.
  const built = builder.finish(calendar.lastIndexOnOrBefore(asOf), pool !== null);
  const problems = ('problems' in built ? built.problems : [])
    .concat(read.problem ? [read.problem] : [])
    .sort((a, b) => a.line - b.line);
  if (problems.length > 0 || 'problems' in built) return fail(2, problems.map(problemLine));

  const out = new Output();
  const indent = options.pretty ? 2 : undefined;
  const head = JSON.stringify({ asOf: options.asOf, profile: profile.id, students: [] }, null, indent);
  // The document is written as JSON.stringify would write it whole, one range of students at a time.
  const studentsAt = head.lastIndexOf('[]');
  await out.write(head.slice(0, studentsAt + 1));
  const { store } = built;
  await writeStudents(
    { calendar: calendarSource, profile, asOf: options.asOf, pretty: options.pretty, store, extras: built.extras },
    pool,
    (text) => out.write(text),
  );
  await out.write(
    options.pretty && store.studentIds.length > 0
      ? `\n  ${head.slice(studentsAt + 1)}\n`
      : `${head.slice(studentsAt + 1)}\n`,
  );
  await out.flush();
  return 0;
}
