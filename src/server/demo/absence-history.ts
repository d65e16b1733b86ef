// The demo's school year so far: realistic absence for every pupil up to the day before the demo date
// (the morning's register is left empty for the contact teacher), and scenario pupils whose histories
// show each pattern — see docs/demo.md. Deterministic like the rest of the demo.
import { compileCalendar, parseSchoolCalendar, type CompiledCalendar } from '../../domain/calendar/calendar';
import { civilOf, formatIsoDate, isoWeekday, parseIsoDate, rollingMonthStart } from '../../domain/calendar/dates';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import { defaultSkolerute } from '../../domain/school-year/skolerute';
import { lessonsPerDay, prng, type DemoKommune } from './generate';

export type DemoEvent = AbsenceEvent & { classId: string };

/** The calendar of a class: the default skolerute and the class's lessons per day. */
export function demoCalendar(schoolYear: number, trinn: number): CompiledCalendar {
  const parsed = parseSchoolCalendar({ ...defaultSkolerute(schoolYear), lessonsPerWeekday: lessonsPerDay(trinn) });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return compileCalendar(parsed.calendar);
}

/** Most pupils are rarely away; a long tail is away a lot (the shape every source describes). */
const TIERS = [
  { share: 0.6, day: 0.008, lesson: 0.01, late: 0.01 },
  { share: 0.25, day: 0.025, lesson: 0.03, late: 0.03 },
  { share: 0.11, day: 0.05, lesson: 0.06, late: 0.06 },
  { share: 0.04, day: 0.11, lesson: 0.1, late: 0.1 },
];

export function generateAbsenceHistory(k: DemoKommune, today: string): DemoEvent[] {
  const r = prng(Number(k.kommunenummer) * 31 + 7);
  const todayDay = parseIsoDate(today)!;
  const events: DemoEvent[] = [];
  const calendars = new Map<number, CompiledCalendar>();
  const subjectAt = new Map(k.lessons.map((l) => [`${l.classId}:${l.weekday}:${l.period}`, l.subject]));
  for (const cls of k.classes) {
    let calendar = calendars.get(cls.trinn);
    if (!calendar) calendars.set(cls.trinn, (calendar = demoCalendar(cls.schoolYear, cls.trinn)));
    const past = Array.from(calendar.days)
      .map((d, i) => ({ day: d, lessons: calendar!.lessons[i]! }))
      .filter((d) => d.day < todayDay);
    for (const pupil of k.pupils.filter((p) => p.classId === cls.id)) {
      // Registered by the teacher unless said otherwise (a guardian's report is «foresatt»).
      const add = (e: Omit<DemoEvent, 'studentId' | 'classId'>) =>
        events.push({ studentId: pupil.id, classId: cls.id, source: 'laerer', ...e });
      const scenario = scenarioFor(`${pupil.firstName} ${pupil.lastName}`, cls.id === scenarioClass(k));
      if (scenario) {
        scenario(
          past,
          (day, lessons) => subjectAt.get(`${cls.id}:${isoWeekday(day)}:${lessons}`) ?? 'Norsk',
          add,
          todayDay,
        );
        continue;
      }
      let x = r.next();
      const tier = TIERS.find((t) => (x -= t.share) < 0) ?? TIERS[0]!;
      for (const { day, lessons } of past) {
        const date = formatIsoDate(day);
        const roll = r.next();
        if (roll < tier.day) {
          const documented = r.next() < 0.6;
          // A documented day is the guardians' report (as in the app); an undocumented one the teacher's.
          add({
            date,
            kind: 'day',
            documented,
            reason: documented ? (r.next() < 0.8 ? 'sykdom' : 'helse') : null,
            source: documented ? 'foresatt' : 'laerer',
          });
        } else if (roll < tier.day + tier.lesson) {
          const period = 1 + r.int(lessons);
          add({
            date,
            kind: 'lesson',
            period,
            subject: subjectAt.get(`${cls.id}:${isoWeekday(day)}:${period}`) ?? 'Norsk',
            documented: r.next() < 0.3,
            reason: null,
          });
        } else if (cls.trinn >= 5 && roll < tier.day + tier.lesson + tier.late) {
          add({ date, kind: 'late', period: 1, minutes: 5 + r.int(30), documented: false, reason: null });
        }
      }
    }
  }
  return events;
}

function scenarioClass(k: DemoKommune): string | undefined {
  const kontakt = k.users.find((u) => u.username.startsWith('kontaktlaerer'));
  return k.roles.find((x) => x.userId === kontakt?.id && x.role === 'kontaktlaerer')?.classId;
}

type Day = { day: number; lessons: number };
type Add = (e: Omit<DemoEvent, 'studentId' | 'classId'>) => void;
type Scenario = (past: Day[], subject: (day: number, period: number) => string, add: Add, today: number) => void;

const month = (d: number) => civilOf(d).month;

/** The scenario pupils of the demo contact teacher's class (docs/demo.md). */
function scenarioFor(name: string, inScenarioClass: boolean): Scenario | undefined {
  if (!inScenarioClass) return undefined;
  switch (name) {
    // Mondays and gym, rising through the autumn, then nothing for a while; away the last two Mondays,
    // so one more day today makes three within a month: Saltdal's routine 3 («3 enkelte dager i løpet
    // av en måned»), a new alert that starts today. Nothing earlier lies within a month of those two
    // Mondays, so no earlier episode runs on into today's (decision 021).
    case 'Henrik Fjell':
      return (past, subject, add, today) => {
        const lastMondays = past.filter((d) => isoWeekday(d.day) === 1).slice(-2);
        // Earlier Mondays end two weeks before the month that ends today begins.
        const mondayPeriod = past.filter((d) => d.day < rollingMonthStart(today) - 14);
        const current = past.length ? month(past[past.length - 1]!.day) : 0;
        let mondays = 0;
        let tuesdays = 0;
        const half = mondayPeriod.length / 2;
        mondayPeriod.forEach((d, i) => {
          // More Mondays as the autumn goes on (a rising trend).
          if (isoWeekday(d.day) === 1 && mondays++ % (i < half ? 3 : 2) === 0)
            add({ date: formatIsoDate(d.day), kind: 'day', documented: false, reason: null });
        });
        // Gym on Tuesdays, two weeks in three, before this month.
        for (const d of past.filter((x) => month(x.day) !== current && isoWeekday(x.day) === 2)) {
          if (tuesdays++ % 3 !== 0)
            add({
              date: formatIsoDate(d.day),
              kind: 'lesson',
              period: 3,
              subject: subject(d.day, 3),
              documented: false,
              reason: null,
            });
        }
        for (const d of lastMondays) add({ date: formatIsoDate(d.day), kind: 'day', documented: false, reason: null });
      };
    // Late arrivals twice a week.
    case 'Sara Lunde':
      return (past, _subject, add) => {
        past.forEach((d, i) => {
          const wd = isoWeekday(d.day);
          if ((wd === 1 || wd === 4) && i % 5 !== 2)
            add({
              date: formatIsoDate(d.day),
              kind: 'late',
              period: 1,
              minutes: 5 + (i % 4) * 5,
              documented: false,
              reason: null,
            });
        });
      };
    // Ten documented school days of illness in September (reported by his guardians), then undocumented
    // days and lessons soon after: the pattern «fravær etter langvarig sykdom».
    case 'Amir Haugen':
      return (past, subject, add) => {
        const september = past.filter((d) => month(d.day) === 9).slice(3, 13);
        for (const d of september)
          add({ date: formatIsoDate(d.day), kind: 'day', documented: true, reason: 'sykdom', source: 'foresatt' });
        const after = past.filter((d) => d.day > (september.at(-1)?.day ?? Infinity));
        after.forEach((d, i) => {
          if (i % 6 === 1) add({ date: formatIsoDate(d.day), kind: 'day', documented: false, reason: null });
          else if (i % 6 === 4)
            add({
              date: formatIsoDate(d.day),
              kind: 'lesson',
              period: 2,
              subject: subject(d.day, 2),
              documented: false,
              reason: null,
            });
        });
      };
    // Four undocumented single days this month (strengt fortrolig adresse: letters need the leadership).
    case 'Ingrid Moen':
      return (past, _subject, add) => {
        const current = past.length ? month(past[past.length - 1]!.day) : 0;
        past
          .filter((d) => month(d.day) === current)
          .filter((_, i) => i % 3 === 0)
          .slice(0, 4)
          .forEach((d) => add({ date: formatIsoDate(d.day), kind: 'day', documented: false, reason: null }));
      };
    // Has stopped coming: away every day for the last three weeks.
    case 'Emil Bakken':
      return (past, _subject, add) => {
        past
          .slice(-15)
          .forEach((d) => add({ date: formatIsoDate(d.day), kind: 'day', documented: false, reason: null }));
      };
    default:
      return undefined;
  }
}
