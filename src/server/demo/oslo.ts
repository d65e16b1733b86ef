// `naervaer demo --size oslo` (issue 16 item 6): a kommune the size of Oslo — about 70 000 pupils in
// about 130 schools — made through the roster sync itself (a synthetic OneRoster bundle, synced like a
// municipality's export), then the school year's absence up to today, with the demo's shape (most pupils
// rarely away, a long tail away a lot). Every later benchmark has a city to run on. Synthetic people only.
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { bundleTables, syntheticBundle } from '../../domain/roster/synthetic-bundle';
import { defaultSkolerute } from '../../domain/school-year/skolerute';
import { createKommune } from '../use-cases/create-kommune';
import { syncRoster } from '../use-cases/sync-roster';
import type { Db } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { refreshDayAggregates } from '../oversight/refresh-day-aggregates';
import { demoCalendar } from './absence-history';
import { schoolYearOf } from './generate';

export const OSLO = { number: '0301', name: 'Oslo (syntetisk)', pupils: 70_000, schools: 130 };

/** Share of pupils, and each one's chance per school day of a day away, a lesson away, coming late. */
const TIERS = [
  { share: 0.6, day: 0.008, lesson: 0.01, late: 0.01 },
  { share: 0.25, day: 0.025, lesson: 0.03, late: 0.03 },
  { share: 0.11, day: 0.05, lesson: 0.06, late: 0.06 },
  { share: 0.04, day: 0.11, lesson: 0.1, late: 0.1 },
];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type OsloResult = {
  created: boolean;
  pupils: number;
  schools: number;
  events: number;
  seconds: { sync: number; absence: number };
};

export async function seedOslo(
  db: Db,
  today: string,
  size: { pupils: number; schools: number } = OSLO,
  now = new Date(`${today}T07:00:00+01:00`),
): Promise<OsloResult> {
  const found = await db.owner
    .selectFrom('kommune')
    .select('id')
    .where('kommunenummer', '=', OSLO.number)
    .executeTakeFirst();
  if (found) return { created: false, pupils: 0, schools: 0, events: 0, seconds: { sync: 0, absence: 0 } };
  const kommune = await createKommune(db, { number: OSLO.number, name: OSLO.name }, now);
  const schoolYear = schoolYearOf(today);
  const t0 = performance.now();
  const bundle = syntheticBundle({ ...size, schoolYear, seed: 301 });
  const result = await syncRoster(db, { kommuneId: kommune.id, userId: null, role: 'drift' }, bundleTables(bundle), {
    dryRun: false,
    allowSynthetic: true,
    now,
  });
  if (result.problems.length) throw new Error(`Oslo-pakken har feil: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const t1 = performance.now();

  const kommuneId = kommune.id;
  const events = await db.withContext({ kommuneId }, async (tx) => {
    const rute = defaultSkolerute(schoolYear);
    const schools = await tx.selectFrom('school').select('id').execute();
    await tx
      .insertInto('school_calendar')
      .values(
        schools.map((s) => ({
          id: randomUUID(),
          kommune_id: kommuneId,
          school_id: s.id,
          school_year: schoolYear,
          first_day: rute.firstDay,
          last_day: rute.lastDay,
          spring_starts: rute.springStarts,
          closed: JSON.stringify(rute.closed),
        })),
      )
      .execute();
    // A timetable for every class (the roster sync brings none), with the demo's lessons per weekday
    // (lessonsPerDay): without one a class has no lessons, so no school time for the share of absence to count.
    await sql`
      insert into timetable_lesson (id, kommune_id, class_id, weekday, period, subject, teacher_id)
      select gen_random_uuid(), c.kommune_id, c.id, w.weekday, p.period,
        (array['Norsk', 'Matematikk', 'Engelsk', 'Naturfag', 'Samfunnsfag', 'KRLE', 'Kunst og håndverk', 'Musikk',
          'Kroppsøving'])[1 + (w.weekday * 7 + p.period) % 9],
        (select r.user_id from role_assignment r where r.class_id = c.id and r.role = 'kontaktlaerer' limit 1)
      from class c
      cross join generate_series(1, 5) as w(weekday)
      cross join lateral generate_series(1, case when c.trinn <= 4 then (array[5, 5, 5, 5, 4])[w.weekday]
        when c.trinn <= 7 then (array[6, 6, 6, 6, 5])[w.weekday] else (array[7, 7, 6, 7, 6])[w.weekday] end) as p(period)
      where c.school_year = ${schoolYear}`.execute(tx);
    const pupils = await tx
      .selectFrom('class_membership as m')
      .innerJoin('class as c', 'c.id', 'm.class_id')
      .innerJoin('role_assignment as r', (j) => j.onRef('r.class_id', '=', 'c.id').on('r.role', '=', 'kontaktlaerer'))
      .select(['m.pupil_id', 'c.id as class_id', 'c.trinn', 'r.user_id as teacher'])
      .where('m.valid_to', 'is', null)
      .orderBy('m.pupil_id')
      .execute();
    const todayDay = parseIsoDate(today)!;
    const pastDays = new Map<number, { day: number; lessons: number }[]>();
    const daysFor = (trinn: number) => {
      let days = pastDays.get(trinn);
      if (!days) {
        const calendar = demoCalendar(schoolYear, trinn);
        days = Array.from(calendar.days)
          .map((d, i) => ({ day: d, lessons: calendar.lessons[i]! }))
          .filter((d) => d.day < todayDay);
        pastDays.set(trinn, days);
      }
      return days;
    };
    const r = random(301);
    let batch: Insertable<Database['absence_event']>[] = [];
    let count = 0;
    const flush = async () => {
      if (!batch.length) return;
      await tx.insertInto('absence_event').values(batch).execute();
      count += batch.length;
      batch = [];
    };
    for (const p of pupils) {
      let x = r();
      const tier = TIERS.find((t) => (x -= t.share) < 0) ?? TIERS[0]!;
      for (const { day, lessons } of daysFor(p.trinn)) {
        const roll = r();
        const date = formatIsoDate(day);
        const base = {
          id: randomUUID(),
          kommune_id: kommuneId,
          pupil_id: p.pupil_id,
          class_id: p.class_id,
          date,
          note: null,
          registered_by: p.teacher,
          registered_at: new Date(`${date}T14:00:00+01:00`),
        };
        if (roll < tier.day) {
          const documented = r() < 0.6;
          batch.push({
            ...base,
            kind: 'day',
            subject: null,
            period: null,
            minutes: null,
            documented,
            reason: documented ? 'sykdom' : null,
            source: documented ? 'foresatt' : 'laerer',
          });
        } else if (roll < tier.day + tier.lesson) {
          batch.push({
            ...base,
            kind: 'lesson',
            subject: 'Norsk',
            period: 1 + Math.floor(r() * lessons),
            minutes: null,
            documented: false,
            reason: null,
            source: 'laerer',
          });
        } else if (p.trinn >= 5 && roll < tier.day + tier.lesson + tier.late) {
          batch.push({
            ...base,
            kind: 'late',
            subject: null,
            period: 1,
            minutes: 5 + Math.floor(r() * 30),
            documented: false,
            reason: null,
            source: 'laerer',
          });
        }
        if (batch.length >= 2000) await flush();
      }
    }
    await flush();
    return count;
  });
  // The per-day figures of the owner's overview and the reviews, filled once here (decision 161).
  await refreshDayAggregates(db, kommuneId);
  const t2 = performance.now();
  return {
    created: true,
    pupils: result.totals.new.pupils,
    schools: size.schools,
    events,
    seconds: { sync: (t1 - t0) / 1000, absence: (t2 - t1) / 1000 },
  };
}
