import { readFileSync } from 'node:fs';
import { compileCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import { compileProfile, evaluatePupil } from '../../domain/rules/engine';
import { buildEventStore } from '../../domain/rules/event-store';
import { findPatterns } from '../../domain/rules/patterns';
import { parseEventsCsv } from '../evaluate/parse-events-csv';
import { loadCalendar, loadProfile } from '../evaluate/load-content';

// `naervaer evaluate`: a fixed interface that scripts depend on.
// Exit codes: 0 done; 1 wrong use (options, unreadable events file); 2 invalid event rows;
// 3 bad calendar or unknown/invalid profile. On any error nothing is printed on stdout.

const USAGE = `Bruk: naervaer evaluate --events FIL.csv --calendar FIL.json --profile NAVN|FIL --as-of ÅÅÅÅ-MM-DD

Evaluerer fraværsreglene i en regelprofil for alle elever i fila, per dato, og skriver JSON på stdout.
Bare fravær på eller før --as-of teller. Observasjonsregler slår aldri til her.

Utgangskoder: 0 ferdig, 1 feil bruk, 2 ugyldige rader i fraværsfila, 3 ugyldig kalender eller ukjent profil.`;

type Options = { events: string; calendar: string; profile: string; asOf: string };

function parseArgs(args: string[]): Options | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
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
  return { events: values.events!, calendar: values.calendar!, profile: values.profile!, asOf: values['as-of']! };
}

function fail(code: number, lines: string[]): number {
  process.stderr.write(`${lines.join('\n')}\n`);
  return code;
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

    let text: string;
    try {
      text = readFileSync(options.events, 'utf8');
    } catch {
      return fail(1, [`Kan ikke lese fraværsfila «${options.events}».`]);
    }
    const calendar = compileCalendar(calendarSource.value);
    const parsed = parseEventsCsv(text, calendar);
    if (parsed.errors.length > 0) return fail(2, parsed.errors);

    const asOf = parseIsoDate(options.asOf)!;
    const compiled = compileProfile(profile.value, calendar);
    // Only events on or before the evaluation date exist as far as the rules (and patterns) know.
    const known = parsed.events.filter((e) => e.date <= options.asOf);
    const store = buildEventStore(known, calendar, parsed.studentIds);
    const byStudent = new Map<string, typeof known>();
    for (const e of known) byStudent.set(e.studentId, [...(byStudent.get(e.studentId) ?? []), e]);
    const students = store.studentIds.map((studentId, pupil) => ({
      studentId,
      alerts: evaluatePupil(compiled, store, pupil, asOf).map(({ ruleId, title, evidence, action, ...rest }) => ({ ruleId, title, evidence, action, ...rest })),
      patterns: findPatterns(byStudent.get(studentId) ?? [], calendar, asOf),
    }));
    process.stdout.write(`${JSON.stringify({ asOf: options.asOf, profile: profile.value.id, students }, null, 2)}\n`);
    return 0;
  },
};
