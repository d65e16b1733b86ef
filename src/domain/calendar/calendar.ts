import { z } from 'zod';
import { civilOf, formatIsoDate, isoWeekday, norwegianDate, parseIsoDate } from './dates';
import type { EpochDay } from './dates';
import { norwegianPublicHolidays } from './holidays';

// The school calendar gives the denominators of every percentage: which days are school days and how
// many lessons each has. Norwegian public holidays are closed without being listed, so a municipality
// only types in its own skolerute (autumn break, Christmas, winter break, Easter week, planning days).

const isoDate = (field: string) =>
  z.string({ error: `${field}: mangler (bruk ÅÅÅÅ-MM-DD)` }).refine((s) => parseIsoDate(s) !== null, {
    error: (i) => `${field}: ugyldig dato «${String(i.input)}» (bruk ÅÅÅÅ-MM-DD)`,
  });

export const schoolCalendarSchema = z
  .object(
    {
      schoolYear: z
        .string({ error: 'schoolYear: mangler (f.eks. «2025-2026»)' })
        .regex(/^\d{4}-\d{4}$/, { error: 'schoolYear: må se ut som «2025-2026»' }),
      firstDay: isoDate('firstDay'),
      lastDay: isoDate('lastDay'),
      springStarts: isoDate('springStarts'),
      closed: z
        .array(
          z.object(
            {
              from: isoDate('closed.from'),
              to: isoDate('closed.to'),
              name: z.string({ error: 'closed.name: mangler' }).min(1, { error: 'closed.name: kan ikke være tom' }),
            },
            { error: 'closed: hvert element må være {"from", "to", "name"}' },
          ),
          { error: 'closed: må være en liste' },
        )
        .default([]),
      lessonsPerWeekday: z
        .array(
          z
            .number({ error: 'lessonsPerWeekday: må være tall' })
            .int({ error: 'lessonsPerWeekday: må være hele tall' })
            .min(0, { error: 'lessonsPerWeekday: kan ikke være negativt' })
            .max(12, { error: 'lessonsPerWeekday: høyst 12 timer per dag' }),
          {
            error: 'lessonsPerWeekday: mangler (fem tall, mandag–fredag)',
          },
        )
        .length(5, { error: 'lessonsPerWeekday: må ha fem tall, mandag–fredag' }),
      // Optional: the class timetable, one list of subjects per weekday (Monday–Friday), used by pattern findings.
      timetable: z
        .array(z.array(z.string()), { error: 'timetable: må være fem lister med fag' })
        .length(5, { error: 'timetable: må ha fem lister, mandag–fredag' })
        .optional(),
    },
    { error: 'kalenderen må være et JSON-objekt' },
  )
  .superRefine((c, ctx) => {
    const first = parseIsoDate(c.firstDay);
    const last = parseIsoDate(c.lastDay);
    const spring = parseIsoDate(c.springStarts);
    if (first === null || last === null || spring === null) return;
    if (last <= first) ctx.addIssue({ code: 'custom', path: ['lastDay'], message: 'lastDay: må komme etter firstDay' });
    if (spring <= first || spring > last)
      ctx.addIssue({
        code: 'custom',
        path: ['springStarts'],
        message: 'springStarts: må ligge etter firstDay og senest på lastDay',
      });
    const [y1, y2] = c.schoolYear.split('-').map(Number);
    if (y1 !== undefined && y2 !== undefined && (y2 !== y1 + 1 || civilOf(first).year !== y1))
      ctx.addIssue({
        code: 'custom',
        path: ['schoolYear'],
        message: `schoolYear: «${c.schoolYear}» passer ikke med firstDay ${c.firstDay}`,
      });
    c.closed.forEach((p, i) => {
      const from = parseIsoDate(p.from);
      const to = parseIsoDate(p.to);
      if (from !== null && to !== null && to < from)
        ctx.addIssue({
          code: 'custom',
          path: ['closed', i],
          message: `closed[${i}] («${p.name}»): to kommer før from`,
        });
    });
    if (c.timetable) {
      c.timetable.forEach((subjects, i) => {
        if (subjects.length !== c.lessonsPerWeekday[i])
          ctx.addIssue({
            code: 'custom',
            path: ['timetable', i],
            message: `timetable[${i}]: har ${subjects.length} timer, men lessonsPerWeekday sier ${c.lessonsPerWeekday[i]}`,
          });
      });
    }
  });

export type SchoolCalendar = z.output<typeof schoolCalendarSchema>;

export type SemesterName = 'høst' | 'vår';

export interface Semester {
  name: SemesterName;
  from: EpochDay;
  to: EpochDay;
}

/** A calendar compiled for fast lookups: school days in order, with lessons per day. */
export interface CompiledCalendar {
  readonly source: SchoolCalendar;
  readonly firstDay: EpochDay;
  readonly lastDay: EpochDay;
  readonly springStarts: EpochDay;
  /** School days in ascending order. */
  readonly days: Int32Array;
  /** Lessons on each school day (same index as `days`). */
  readonly lessons: Uint8Array;
  /** Index of a school day, or -1 when the day is not a school day. */
  indexOf(day: EpochDay): number;
  /** Index of the first school day on or after the day (`days.length` when none). */
  firstIndexOnOrAfter(day: EpochDay): number;
  /** Index of the last school day on or before the day (-1 when none). */
  lastIndexOnOrBefore(day: EpochDay): number;
  /** Why a day is not a school day, in Norwegian; null for a school day. */
  closedReason(day: EpochDay): string | null;
  /** The semester containing the day; vår runs on after lastDay, nothing before firstDay. */
  semesterOf(day: EpochDay): Semester | null;
  /** Public holidays falling within the school year. */
  readonly holidays: ReadonlyMap<EpochDay, string>;
}

/** Validates calendar JSON; errors are Norwegian lines naming the field. */
export function parseSchoolCalendar(
  data: unknown,
): { ok: true; calendar: SchoolCalendar } | { ok: false; errors: string[] } {
  const result = schoolCalendarSchema.safeParse(data);
  if (result.success) return { ok: true, calendar: result.data };
  return { ok: false, errors: result.error.issues.map((i) => i.message) };
}

const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** Compiles a validated calendar into school days with lessons per day. */
export function compileCalendar(source: SchoolCalendar): CompiledCalendar {
  const firstDay = parseIsoDate(source.firstDay)!;
  const lastDay = parseIsoDate(source.lastDay)!;
  const springStarts = parseIsoDate(source.springStarts)!;
  const holidays = new Map<EpochDay, string>();
  for (let y = civilOf(firstDay).year; y <= civilOf(lastDay).year; y++) {
    for (const h of norwegianPublicHolidays(y)) if (h.day >= firstDay && h.day <= lastDay) holidays.set(h.day, h.name);
  }
  const closedRanges = source.closed.map((p) => ({
    from: parseIsoDate(p.from)!,
    to: parseIsoDate(p.to)!,
    name: p.name,
  }));

  // Read by people (the register, import refusals): Norwegian dates, 06.12.2026, never ISO.
  const nb = (day: EpochDay) => norwegianDate(formatIsoDate(day));
  const reason = (day: EpochDay): string | null => {
    if (day < firstDay || day > lastDay)
      return `${nb(day)} er utenfor skoleåret ${source.schoolYear} (${norwegianDate(source.firstDay)}–${norwegianDate(source.lastDay)})`;
    const wd = isoWeekday(day);
    if (wd >= 6) return `${nb(day)} er en ${WEEKDAY_NAMES[wd - 1]}`;
    const holiday = holidays.get(day);
    if (holiday) return `${nb(day)} er helligdag (${holiday})`;
    const closed = closedRanges.find((p) => day >= p.from && day <= p.to);
    if (closed) return `${nb(day)} er fridag i skoleruta (${closed.name})`;
    if ((source.lessonsPerWeekday[wd - 1] ?? 0) === 0) return `${nb(day)} har ingen timer (${WEEKDAY_NAMES[wd - 1]})`;
    return null;
  };

  const span = lastDay - firstDay + 1;
  const indexByOffset = new Int32Array(span).fill(-1);
  const firstOnOrAfter = new Int32Array(span);
  const lastOnOrBefore = new Int32Array(span);
  const dayList: number[] = [];
  const lessonList: number[] = [];
  for (let off = 0; off < span; off++) {
    const day = firstDay + off;
    if (reason(day) === null) {
      indexByOffset[off] = dayList.length;
      dayList.push(day);
      lessonList.push(source.lessonsPerWeekday[isoWeekday(day) - 1] ?? 0);
    }
    lastOnOrBefore[off] = dayList.length - 1;
  }
  let next = dayList.length;
  for (let off = span - 1; off >= 0; off--) {
    const idx = indexByOffset[off]!;
    if (idx >= 0) next = idx;
    firstOnOrAfter[off] = next;
  }
  const days = Int32Array.from(dayList);
  const count = days.length;

  return {
    source,
    firstDay,
    lastDay,
    springStarts,
    days,
    lessons: Uint8Array.from(lessonList),
    holidays,
    indexOf: (day) => (day < firstDay || day > lastDay ? -1 : indexByOffset[day - firstDay]!),
    firstIndexOnOrAfter: (day) => (day <= firstDay ? 0 : day > lastDay ? count : firstOnOrAfter[day - firstDay]!),
    lastIndexOnOrBefore: (day) => (day < firstDay ? -1 : day >= lastDay ? count - 1 : lastOnOrBefore[day - firstDay]!),
    closedReason: reason,
    semesterOf: (day) => {
      if (day < firstDay) return null;
      return day < springStarts
        ? { name: 'høst', from: firstDay, to: springStarts - 1 }
        : { name: 'vår', from: springStarts, to: lastDay };
    },
  };
}

/** Lessons per weekday (Monday–Friday) read off a class timetable given as subjects per weekday. */
export function lessonsPerWeekdayFromTimetable(timetable: readonly (readonly string[])[]): number[] {
  return [0, 1, 2, 3, 4].map((i) => timetable[i]?.length ?? 0);
}
