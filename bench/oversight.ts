// `npm run bench:oversight` (issue 19 item 6, decision 161): the owner's overview, a school's weekly review and the
// what-if of one profile over all schools on a city-sized kommune on PostgreSQL, each request kind timed over
// several runs (p50, p95, max) against its target, beside the same figures computed the old way — replayed from
// the events per request — as the baseline ratio. The use-cases are called in-process with a synthetic actor
// (no HTTP, no session: the figures are the use-cases'). The kommune is `naervaer demo --size oslo`'s, made
// through the roster sync; `--database-url` naming a database that already holds it reuses it (generating the
// city takes minutes). Figures are printed, never asserted; the run fails only if the per-day figures and the
// events' disagree (the small run in CI, --pupils 2000, is for that).
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { createDb, type Db } from '../src/db/create-db';
import { migrate } from '../src/db/migrate';
import { loadContent } from '../src/server/content/load-content';
import type { Actor } from '../src/server/actor';
import { OSLO, seedOslo } from '../src/server/demo/oslo';
import { getOwnerOverview, publishOwnerOverview } from '../src/server/use-cases/get-owner-overview';
import { getWeeklyReview } from '../src/server/use-cases/get-weekly-review';
import { whatIfRuleProfile } from '../src/server/use-cases/what-if-rule-profile';
import { ownerFiguresFromDays, ownerFiguresFromEvents } from '../src/server/oversight/owner-figures';
import { refreshDayAggregates } from '../src/server/oversight/refresh-day-aggregates';
import { reviewClasses, upToToday } from '../src/server/reviews/review-school';
import { weeksUpTo } from '../src/domain/oversight/reviews';
import { resolveProfile } from '../src/server/absence/profiles';
import { DEFAULT_PROFILE } from '../src/server/absence/place';
import { freshPostgres } from './api-setup';

const HELP = `Bruk: npm run bench:oversight -- [--pupils N] [--runs N] [--database-url URL]

Måler skoleeierens oversikt, en skoles ukegjennomgang og «hva om» for én profil over alle skoler på en
kommune på Oslos størrelse på PostgreSQL: p50, p95 og maks per forespørselstype mot målene (oversikt og
ukegjennomgang under 500 ms ved p95, «hva om» under 5 s), ved siden av de samme tallene regnet fra
hendelsene per forespørsel (slik det var før) som grunnlinje.
--pupils        elever i kommunen, standard 70000 (Oslo); skoler i Oslos forhold
--runs          målinger per forespørselstype, standard 20 (5 for «hva om» og grunnlinjene)
--database-url  en database som allerede har kommunen (0301) brukes som den er; ellers lages en ny
                database på den serveren (standard TEST_DATABASE_URL, ellers postgres://postgres@127.0.0.1:5432/postgres)`;

const TODAY = '2026-12-04';
const NOW = new Date(`${TODAY}T12:00:00+01:00`);

const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

async function holdsCity(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query(
      `select 1 from information_schema.tables where table_name = 'kommune' and table_schema = 'public'`,
    );
    if (!found.rowCount) return false;
    return ((await client.query('select 1 from kommune where kommunenummer = $1', [OSLO.number])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

export async function runOversightBenchmark(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const pupils = Number(value('--pupils') ?? OSLO.pupils);
  const runs = Number(value('--runs') ?? 20);
  if (!Number.isInteger(pupils) || pupils < 10 || !Number.isInteger(runs) || runs < 1) {
    console.error(HELP);
    return 2;
  }
  const given = value('--database-url');
  const reuse = given !== undefined && (await holdsCity(given));
  const target = reuse
    ? null
    : await freshPostgres(given ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const db = await createDb({ databaseUrl: reuse ? given! : target!.kind === 'postgres' ? target!.url : '' });
  try {
    await migrate(db);
    if (!reuse) {
      const schools = Math.max(2, Math.round((OSLO.schools * pupils) / OSLO.pupils));
      const made = await seedOslo(db, TODAY, { pupils, schools }, NOW);
      console.log(
        `Laget kommunen: ${made.pupils} elever, ${made.schools} skoler, ${made.events} fraværsregistreringer (${(made.seconds.sync + made.seconds.absence).toFixed(0)} s)`,
      );
    }
    const kommune = await db.owner
      .selectFrom('kommune')
      .select('id')
      .where('kommunenummer', '=', OSLO.number)
      .executeTakeFirstOrThrow();
    const kommuneId = kommune.id;
    const size = await db.withContext({ kommuneId }, async (tx) => ({
      pupils: Number((await sql<{ n: string }>`select count(*) as n from pupil`.execute(tx)).rows[0]!.n),
      schools: await tx.selectFrom('school').select(['id', 'name']).orderBy('name').execute(),
      events: Number((await sql<{ n: string }>`select count(*) as n from absence_event`.execute(tx)).rows[0]!.n),
      user: (await tx.selectFrom('app_user').select('id').limit(1).executeTakeFirstOrThrow()).id,
    }));
    console.log(
      `Oversikt-benchmark på PostgreSQL, ${os.cpus().length} kjerner, last ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' / ',
        )}: ${size.pupils} elever, ${size.schools.length} skoler, ${size.events} fraværsregistreringer${reuse ? ' (gjenbrukt database)' : ''}`,
    );
    const actor = (roles: Actor['roles']): Actor => ({
      userId: size.user,
      kommuneId,
      username: 'benchmark',
      displayName: 'Benchmark',
      kind: 'staff',
      roles,
      sessionId: 'benchmark',
      csrfToken: 'benchmark',
    });
    const owner = actor([{ role: 'skoleeier', schoolId: null, classId: null, serviceUnitId: null, subject: null }]);
    const leader = (schoolId: string) =>
      actor([{ role: 'skoleledelse', schoolId, classId: null, serviceUnitId: null, subject: null }]);

    // The day table: filled whole the first time (every class without a fingerprint), then kept up to date.
    const first = await timed(() => refreshDayAggregates(db, kommuneId));
    console.log(
      `Dagtabellen: første oppdatering ${ms(first.ms)} (${first.value.classes} klasser, ${first.value.rows} elevdager)`,
    );
    await registrationCost(db, kommuneId, size.user);

    // Agreement: the per-day figures equal the events' replay, for the owner and for every school's review.
    const agree = await db.withContext({ kommuneId }, async (tx) => {
      const fromDays = await ownerFiguresFromDays(tx, 2026, TODAY);
      const fromEvents = await ownerFiguresFromEvents(tx, 2026, TODAY);
      const ranges = weeksUpTo(TODAY).map((w) => upToToday(w, TODAY));
      let reviews = true;
      for (const s of size.schools.slice(0, 10))
        reviews &&= isDeepStrictEqual(
          await reviewClasses(tx, s.id, TODAY, ranges),
          await reviewClasses(tx, s.id, TODAY, ranges, 'events'),
        );
      return { owner: isDeepStrictEqual(fromDays, fromEvents), reviews };
    });
    console.log(
      `Samsvar med hendelsene: oversikten ${agree.owner ? 'lik' : 'ULIK'}, ukegjennomgangen (10 skoler) ${agree.reviews ? 'lik' : 'ULIK'}`,
    );

    const content = loadContent();
    const draft = await db.withContext({ kommuneId }, (tx) => resolveProfile(tx, content, DEFAULT_PROFILE));
    const kinds: { name: string; target: number; runs: number; run: (i: number) => Promise<unknown> }[] = [
      {
        name: 'skoleeierens oversikt',
        target: 500,
        runs,
        run: () => getOwnerOverview(db, owner, {}, TODAY, NOW),
      },
      {
        name: 'oversikten fra hendelsene (før)',
        target: 0,
        runs: Math.min(runs, 3),
        run: () =>
          db.withContext({ kommuneId }, async (tx) =>
            publishOwnerOverview(await ownerFiguresFromEvents(tx, 2026, TODAY)),
          ),
      },
      {
        name: 'ukegjennomgang, en skole',
        target: 500,
        runs,
        run: (i) => getWeeklyReview(db, content, leader(size.schools[i % size.schools.length]!.id), {}, NOW),
      },
      {
        name: 'ukens tall fra hendelsene (før)',
        target: 0,
        runs,
        run: (i) =>
          db.withContext({ kommuneId }, (tx) =>
            reviewClasses(
              tx,
              size.schools[i % size.schools.length]!.id,
              TODAY,
              weeksUpTo(TODAY).map((w) => upToToday(w, TODAY)),
              'events',
            ),
          ),
      },
      {
        name: '«hva om», én profil, alle skoler',
        target: 5000,
        runs: Math.min(runs, 5),
        run: () => whatIfRuleProfile(db, content, owner, DEFAULT_PROFILE, { definition: draft }, TODAY, NOW),
      },
    ];
    const results = new Map<string, ReturnType<typeof stats>>();
    for (const kind of kinds) {
      if (kind.target) await kind.run(0); // warm (the baselines take a minute each on the city: not twice)
      const times: number[] = [];
      for (let i = 0; i < kind.runs; i++) times.push((await timed(() => kind.run(i + 1))).ms);
      const s = stats(times);
      results.set(kind.name, s);
      const verdict = kind.target
        ? s.p95 < kind.target
          ? `under målet ${kind.target} ms`
          : `OVER målet ${kind.target} ms`
        : '';
      console.log(
        `${kind.name.padEnd(36)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  maks ${ms(s.max)}  (${kind.runs} målinger) ${verdict}`,
      );
    }
    const ratio = (now: string, before: string) => `${(results.get(before)!.p50 / results.get(now)!.p50).toFixed(1)}×`;
    console.log(
      `Grunnlinje (p50, før / nå): oversikten ${ratio('skoleeierens oversikt', 'oversikten fra hendelsene (før)')}, ukegjennomgangen ${ratio('ukegjennomgang, en skole', 'ukens tall fra hendelsene (før)')} (tallene alene før mot hele forespørselen nå)`,
    );
    console.log(
      `Last ved slutt: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    return agree.owner && agree.reviews ? 0 : 1;
  } finally {
    await db.close();
    await target?.drop();
  }
}

/**
 * What the trigger adds to a registration: single-event inserts, each its own transaction as a registration is,
 * with the day-dirty triggers on and then off (the inserted rows are removed again, the queue drained).
 */
async function registrationCost(db: Db, kommuneId: string, userId: string): Promise<void> {
  const sample = await db.withContext({ kommuneId }, (tx) =>
    tx
      .selectFrom('class_membership')
      .select(['pupil_id', 'class_id'])
      .where('valid_to', 'is', null)
      .limit(300)
      .execute(),
  );
  const insertAll = async (date: string) => {
    const t = performance.now();
    for (const p of sample)
      await db.withContext({ kommuneId }, (tx) =>
        tx
          .insertInto('absence_event')
          .values({
            id: crypto.randomUUID(),
            kommune_id: kommuneId,
            pupil_id: p.pupil_id,
            class_id: p.class_id,
            date,
            kind: 'lesson',
            subject: 'Norsk',
            period: 12,
            minutes: null,
            documented: false,
            reason: null,
            source: 'laerer',
            note: null,
            registered_by: userId,
            registered_at: NOW,
          })
          .execute(),
      );
    return (performance.now() - t) / sample.length;
  };
  const triggers = [
    'absence_event_day_dirty_insert',
    'absence_event_day_dirty_update',
    'absence_event_day_dirty_delete',
  ];
  const toggle = async (on: boolean) => {
    for (const t of triggers)
      await sql.raw(`alter table absence_event ${on ? 'enable' : 'disable'} trigger ${t}`).execute(db.owner);
  };
  // Alternating, twice each, so a trend in the machine's load does not fall on one side.
  const withTrigger: number[] = [];
  const without: number[] = [];
  const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
  for (const [i, date] of dates.entries()) {
    await toggle(i % 2 === 0);
    (i % 2 === 0 ? withTrigger : without).push(await insertAll(date));
  }
  await toggle(true);
  await db.withContext({ kommuneId }, (tx) =>
    tx
      .deleteFrom('absence_event')
      .where('registered_at', '=', NOW)
      .where('kind', '=', 'lesson')
      .where('period', '=', 12)
      .where('date', 'in', dates)
      .execute(),
  );
  await refreshDayAggregates(db, kommuneId);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `En registrering (ett fravær, egen transaksjon, ${sample.length}×${dates.length / 2}): ${mean(withTrigger).toFixed(2)} ms med merke-utløseren, ${mean(without).toFixed(2)} ms uten`,
  );
}
