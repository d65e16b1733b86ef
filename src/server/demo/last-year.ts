// The demo's previous school year (issue 19 item 3: the owner's trends over this and the previous school year):
// the same schools with last year's skolerute, last year's classes (each pupil one trinn lower; this year's first
// graders were not at school yet, and last year's tenth graders have left) with this year's timetable,
// memberships that ended on last year's last day, and absence on every school day of last year in the demo's
// shape. No alerts or cases: last year's follow-up is not what the demo shows. Deterministic like the rest of the
// demo (decision 159).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { formatIsoDate, isoWeekday } from '../../domain/calendar/dates';
import { defaultSkolerute } from '../../domain/school-year/skolerute';
import { demoCalendar } from './absence-history';
import { prng, type DemoKommune } from './generate';

/** Fewer pupils are away a lot than this year's tiers say: last year is a little better, as the trend should show. */
const TIERS = [
  { share: 0.65, day: 0.007, lesson: 0.008 },
  { share: 0.24, day: 0.02, lesson: 0.025 },
  { share: 0.08, day: 0.045, lesson: 0.05 },
  { share: 0.03, day: 0.09, lesson: 0.08 },
];

export async function insertLastYear(tx: Kysely<Database>, k: DemoKommune): Promise<void> {
  const kommune_id = k.id;
  const r = prng(Number(k.kommunenummer) * 53 + 11);
  const schoolYear = k.classes[0]!.schoolYear - 1;
  const rute = defaultSkolerute(schoolYear);
  await tx
    .insertInto('school_calendar')
    .values(
      k.schools.map((s) => ({
        id: r.uuid(),
        kommune_id,
        school_id: s.id,
        school_year: schoolYear,
        first_day: rute.firstDay,
        last_day: rute.lastDay,
        spring_starts: rute.springStarts,
        closed: JSON.stringify(rute.closed),
      })),
    )
    .execute();
  const teacherOf = new Map(k.roles.filter((x) => x.role === 'kontaktlaerer').map((x) => [x.classId!, x.userId]));
  const anyTeacher = k.roles.find((x) => x.role === 'kontaktlaerer')!.userId;
  const subjectAt = new Map(k.lessons.map((l) => [`${l.classId}:${l.weekday}:${l.period}`, l.subject]));
  const classes = k.classes
    .filter((c) => c.trinn > 1)
    .map((c) => ({ now: c, id: r.uuid(), trinn: c.trinn - 1, name: `${c.trinn - 1}${c.name.replace(/^\d+/, '')}` }));
  if (classes.length === 0) return;
  await tx
    .insertInto('class')
    .values(
      classes.map((c) => ({
        id: c.id,
        kommune_id,
        school_id: c.now.schoolId,
        name: c.name,
        trinn: c.trinn,
        school_year: schoolYear,
      })),
    )
    .execute();
  // Last year's timetable is taken as this year's class's (the demo keeps one timetable per class): the class
  // calendar counts a day's lessons from it.
  const lastClassOf = new Map(classes.map((c) => [c.now.id, c.id]));
  const lessons = k.lessons
    .filter((l) => lastClassOf.has(l.classId))
    .map((l) => ({
      id: r.uuid(),
      kommune_id,
      class_id: lastClassOf.get(l.classId)!,
      weekday: l.weekday,
      period: l.period,
      subject: l.subject,
      teacher_id: l.teacherId,
    }));
  for (let i = 0; i < lessons.length; i += 500)
    await tx
      .insertInto('timetable_lesson')
      .values(lessons.slice(i, i + 500))
      .execute();
  const memberships = [];
  const events = [];
  for (const cls of classes) {
    const calendar = demoCalendar(schoolYear, cls.now.trinn);
    const days = Array.from(calendar.days).map((d, i) => ({ day: d, lessons: calendar.lessons[i]! }));
    const registeredBy = teacherOf.get(cls.now.id) ?? anyTeacher;
    for (const pupil of k.pupils.filter((p) => p.classId === cls.now.id)) {
      memberships.push({
        id: r.uuid(),
        kommune_id,
        pupil_id: pupil.id,
        class_id: cls.id,
        valid_from: rute.firstDay,
        valid_to: rute.lastDay,
      });
      let x = r.next();
      const tier = TIERS.find((t) => (x -= t.share) < 0) ?? TIERS[0]!;
      for (const { day, lessons } of days) {
        const roll = r.next();
        if (roll >= tier.day + tier.lesson) continue;
        const date = formatIsoDate(day);
        const whole = roll < tier.day;
        const documented = r.next() < (whole ? 0.6 : 0.3);
        const period = whole ? null : 1 + r.int(lessons);
        events.push({
          id: randomUUID(),
          kommune_id,
          pupil_id: pupil.id,
          class_id: cls.id,
          date,
          kind: whole ? ('day' as const) : ('lesson' as const),
          subject: period === null ? null : (subjectAt.get(`${cls.now.id}:${isoWeekday(day)}:${period}`) ?? 'Norsk'),
          period,
          minutes: null,
          documented,
          reason: whole && documented ? ('sykdom' as const) : null,
          source: whole && documented ? ('foresatt' as const) : ('laerer' as const),
          note: null,
          registered_by: registeredBy,
          registered_at: new Date(`${date}T14:00:00+01:00`),
        });
      }
    }
  }
  for (let i = 0; i < memberships.length; i += 500)
    await tx
      .insertInto('class_membership')
      .values(memberships.slice(i, i + 500))
      .execute();
  for (let i = 0; i < events.length; i += 1000)
    await tx
      .insertInto('absence_event')
      .values(events.slice(i, i + 1000))
      .execute();
}
