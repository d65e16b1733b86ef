import { compileCalendar } from '../../domain/calendar/calendar';
import type { SchoolCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import { compileProfile, evaluatePupil } from '../../domain/rules/engine';
import type { CompiledProfile } from '../../domain/rules/engine';
import type { EventStore } from '../../domain/rules/event-store';
import { findPatternsIn, patternContext } from '../../domain/rules/patterns';
import type { PatternContext, PatternEvent } from '../../domain/rules/patterns';
import type { Profile } from '../../domain/rules/profile-schema';
import { pupilPatternEvents } from './event-columns';
import type { BuiltEvents, EventExtras } from './event-columns';

// The "students" of `naervaer evaluate`'s document as JSON text, a range of pupils at a time: the same
// code in the CLI's own thread and in its worker threads (evaluate-workers.ts), so the two cannot differ.

/** Everything a thread needs to write students: plain data that can be posted to a worker (the columns on shared memory). */
export interface StudentsJob {
  calendar: SchoolCalendar;
  profile: Profile;
  asOf: string;
  pretty: boolean;
  store: EventStore;
  extras: EventExtras;
}

export interface PreparedJob {
  job: StudentsJob;
  built: BuiltEvents;
  compiled: CompiledProfile;
  days: Int32Array;
  asOf: number;
  patterns: PatternContext;
  pool: PatternEvent[];
}

export function prepareJob(job: StudentsJob): PreparedJob {
  const calendar = compileCalendar(job.calendar);
  const asOf = parseIsoDate(job.asOf)!;
  return {
    job,
    built: { store: job.store, extras: job.extras, rows: 0, known: 0 },
    compiled: compileProfile(job.profile, calendar),
    days: calendar.days,
    asOf,
    patterns: patternContext(calendar, asOf),
    pool: [],
  };
}

/**
 * The JSON of pupils `[from, to)` as the document holds them: each as JSON.stringify writes it (with
 * `--pretty` indented to its place in the document), a comma before every pupil but the first of all.
 */
export function studentsJson(p: PreparedJob, from: number, to: number): string {
  const { store } = p.job;
  const parts: string[] = [];
  for (let pupil = from; pupil < to; pupil++) {
    const student = {
      studentId: store.studentIds[pupil]!,
      alerts: evaluatePupil(p.compiled, store, pupil, p.asOf).map(({ ruleId, title, evidence, action, ...rest }) => ({
        ruleId,
        title,
        evidence,
        action,
        ...rest,
      })),
      patterns: findPatternsIn(pupilPatternEvents(p.built, pupil, p.days, p.pool), p.patterns),
    };
    const json = p.job.pretty
      ? `\n    ${JSON.stringify(student, null, 2).replaceAll('\n', '\n    ')}`
      : JSON.stringify(student);
    parts.push(pupil === 0 ? json : `,${json}`);
  }
  return parts.join('');
}
