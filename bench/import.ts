import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { CompiledCalendar } from '../src/domain/calendar/calendar';
import { formatIsoDate } from '../src/domain/calendar/dates';
import { createDb, type Db } from '../src/db/create-db';
import { migrate } from '../src/db/migrate';
import { actorForUser } from '../src/server/auth/actor-for-user';
import { loadContent } from '../src/server/content/load-content';
import { importAbsence, type ImportPart, type ImportTimings } from '../src/server/use-cases/import-absence';
import { BENCH_CALENDAR, generateYear } from './generate';

// The import part of `npm run bench:evaluate`: a fresh PostgreSQL database with one synthetic school
// (pupils without national ids, 28 to a class, the bench timetable), a file of N rows of the bench's
// school year for its pupils, and `importAbsence` — the use-case behind `naervaer import` and
// POST /api/imports — run on it as the school's leadership, timed as a whole and by part.

const SCHOOL_YEAR = 2025;
const KINDS = ['day', 'lesson', 'late', 'left'];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function databaseUrl(maintenance: string, name: string): string {
  const u = new URL(maintenance);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One school of `pupils` pupils in classes of 28, and a leadership user; returns the school id. */
export async function createSchool(db: Db, pupils: number): Promise<{ schoolId: string; username: string }> {
  const kommuneId = randomUUID();
  const schoolId = randomUUID();
  const userId = randomUUID();
  const username = 'bench.rektor';
  const classes = Math.ceil(pupils / 28);
  const classIds = Array.from({ length: classes }, () => randomUUID());
  const pupilIds = Array.from({ length: pupils }, () => randomUUID());
  await db.withContext({ kommuneId }, async (tx) => {
    await tx
      .insertInto('kommune')
      .values({ id: kommuneId, kommunenummer: 'B9999', name: 'Benchmark kommune' })
      .execute();
    await tx
      .insertInto('school')
      .values({
        id: schoolId,
        kommune_id: kommuneId,
        name: 'Benchmark skole',
        organisasjonsnummer: null,
        first_trinn: 1,
        last_trinn: 10,
        rule_profile: 'jevnaker',
      })
      .execute();
    await tx
      .insertInto('school_calendar')
      .values({
        id: randomUUID(),
        kommune_id: kommuneId,
        school_id: schoolId,
        school_year: SCHOOL_YEAR,
        first_day: BENCH_CALENDAR.firstDay,
        last_day: BENCH_CALENDAR.lastDay,
        spring_starts: BENCH_CALENDAR.springStarts,
        closed: JSON.stringify(BENCH_CALENDAR.closed),
      })
      .execute();
    await tx
      .insertInto('app_user')
      .values({
        id: userId,
        kommune_id: kommuneId,
        username,
        display_name: 'Rektor Benchmark',
        kind: 'staff',
        password_hash: null,
        totp_secret: null,
        oidc_subject: null,
      })
      .execute();
    await tx
      .insertInto('role_assignment')
      .values({
        id: randomUUID(),
        kommune_id: kommuneId,
        user_id: userId,
        role: 'skoleledelse',
        school_id: schoolId,
        class_id: null,
        service_unit_id: null,
        subject: null,
      })
      .execute();
    for (let c = 0; c < classes; c += 500) {
      const ids = classIds.slice(c, c + 500);
      await tx
        .insertInto('class')
        .values(
          ids.map((id, i) => ({
            id,
            kommune_id: kommuneId,
            school_id: schoolId,
            name: `K${c + i + 1}`,
            trinn: 1 + ((c + i) % 10),
            school_year: SCHOOL_YEAR,
          })),
        )
        .execute();
      const lessons = ids.flatMap((classId) =>
        BENCH_CALENDAR.timetable.flatMap((subjects, w) =>
          subjects.map((subject, p) => ({
            id: randomUUID(),
            kommune_id: kommuneId,
            class_id: classId,
            weekday: w + 1,
            period: p + 1,
            subject,
            teacher_id: null,
          })),
        ),
      );
      for (let i = 0; i < lessons.length; i += 2000)
        await tx
          .insertInto('timetable_lesson')
          .values(lessons.slice(i, i + 2000))
          .execute();
    }
    for (let p = 0; p < pupils; p += 2000) {
      const ids = pupilIds.slice(p, p + 2000);
      await tx
        .insertInto('pupil')
        .values(
          ids.map((id, i) => ({
            id,
            kommune_id: kommuneId,
            first_name: `Elev${p + i}`,
            last_name: 'Benchmark',
            birth_date: '2012-06-01',
            national_id: null,
            local_id: localId(p + i),
          })),
        )
        .execute();
      await tx
        .insertInto('class_membership')
        .values(
          ids.map((id, i) => ({
            id: randomUUID(),
            kommune_id: kommuneId,
            pupil_id: id,
            class_id: classIds[Math.floor((p + i) / 28)]!,
            valid_from: BENCH_CALENDAR.firstDay,
            valid_to: null,
          })),
        )
        .execute();
    }
  });
  return { schoolId, username };
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving database `name` on this machine (Linux
 * /proc; 0 when the server is elsewhere). On a shared machine CPU time says more than wall time.
 */
function backendCpuSeconds(name: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / 100;
}

const localId = (p: number) => `b${String(p).padStart(7, '0')}`;

/** Writes `rows` rows of the bench school year for as many pupils as that takes; returns the pupil count. */
export function writeImportFile(path: string, rows: number, calendar: CompiledCalendar, seed: number): number {
  const pupils = Math.ceil(rows / 20) + 10;
  const { store } = generateYear(pupils, calendar, seed);
  if (store.dayIndex.length < rows) throw new Error(`for få hendelser (${store.dayIndex.length}) for ${rows} rader`);
  const dates = Array.from(calendar.days, formatIsoDate);
  const out: string[] = ['student_id,date,kind,subject,period,minutes,documented,reason'];
  let p = 0;
  for (let e = 0; e < rows; e++) {
    while (store.offsets[p + 1]! <= e) p++;
    const kind = store.kind[e]!;
    const subject = store.subject[e]! >= 0 ? store.subjects[store.subject[e]!]! : '';
    out.push(
      `${localId(p)},${dates[store.dayIndex[e]!]},${KINDS[kind]},${subject},${store.period[e]! || ''},${kind === 2 ? 5 + (e % 20) : ''},${store.documented[e] ? 'true,sykdom' : 'false,'}`,
    );
  }
  writeFileSync(path, `${out.join('\n')}\n`);
  return p + 1;
}

/** Runs the import benchmark on a fresh database on the server at `maintenanceUrl`; returns 0, or 1 on failure. */
export async function runImportBenchmark(opts: {
  rows: number;
  seed: number;
  maintenanceUrl: string;
  calendar: CompiledCalendar;
}): Promise<number> {
  const { rows, seed, maintenanceUrl, calendar } = opts;
  const dir = mkdtempSync(join(os.tmpdir(), 'naervaer-bench-import-'));
  const name = `naervaer_bench_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ databaseUrl: maintenanceUrl });
  let db: Db | undefined;
  try {
    const file = join(dir, 'fravaer.csv');
    let t = performance.now();
    const pupils = writeImportFile(file, rows, calendar, seed);
    await sql.raw(`create database ${name}`).execute(admin.owner);
    db = await createDb({ databaseUrl: databaseUrl(maintenanceUrl, name) });
    await migrate(db);
    const { schoolId, username } = await createSchool(db, pupils);
    console.log(
      `Import: ${fmt(rows)} rader for ${fmt(pupils)} elever i én skole (${fmt(Math.ceil(pupils / 28))} klasser), ny database ${name}; klargjort på ${fmt((performance.now() - t) / 1000, 1)} s`,
    );

    const actor = await actorForUser(db, username);
    const content = loadContent();
    const timings: ImportTimings = { readValidate: 0, write: 0, audit: 0, reevaluate: 0 };
    // The clock stands on the last school day, so the whole year lies before it.
    const now = new Date(`${BENCH_CALENDAR.lastDay}T14:00:00Z`);
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    const nodeCpu = cpu();
    const serverCpu = backendCpuSeconds(name);
    // CPU seconds of each part: Node's own and the database's backends (staging overlaps the reading).
    const cpuByPart = new Map<ImportPart, { node: number; server: number }>();
    let lastCpu = { node: nodeCpu, server: serverCpu };
    timings.onLap = (part) => {
      const at = { node: cpu(), server: backendCpuSeconds(name) };
      const had = cpuByPart.get(part) ?? { node: 0, server: 0 };
      cpuByPart.set(part, { node: had.node + at.node - lastCpu.node, server: had.server + at.server - lastCpu.server });
      lastCpu = at;
    };
    t = performance.now();
    const result = await importAbsence(
      db,
      content,
      actor,
      schoolId,
      { kind: 'csv', data: createReadStream(file, { highWaterMark: 1 << 20 }) },
      now,
      timings,
    );
    const seconds = (performance.now() - t) / 1000;
    const usedNode = cpu() - nodeCpu;
    const usedServer = backendCpuSeconds(name) - serverCpu;
    const alerts = await db.withContext({ kommuneId: actor.kommuneId }, async (tx) =>
      Number((await sql<{ n: number }>`select count(*)::int as n from alert`.execute(tx)).rows[0]!.n),
    );
    const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
    const withoutReevaluation = seconds - timings.reevaluate / 1000;
    console.log(
      `Importert: ${fmt(result.imported)} nye (${fmt(result.alreadyPresent)} fantes fra før), ${fmt(alerts)} varsler etter re-evaluering`,
    );
    console.log(
      `Hele importen: ${fmt(seconds, 2)} s = ${fmt(rows / seconds)} rader/s (mål ≥ 100 000 rader/s: ${rows / seconds >= 100_000 ? 'ja' : 'nei'})`,
    );
    console.log(
      `  lese+validere (og skrive underveis) ${s(timings.readValidate)}, skrive (resten av hendelsene) ${s(timings.write)}, revisjonslogg ${s(timings.audit)}, re-evaluere ${fmt(pupils)} elever ${s(timings.reevaluate)}`,
    );
    console.log(
      `  CPU-tid: Node ${fmt(usedNode, 1)} s, PostgreSQL ${fmt(usedServer, 1)} s (maskinens last nå: ${os
        .loadavg()
        .map((l) => fmt(l, 1))
        .join(' / ')})`,
    );
    const partCpu = (part: ImportPart, label: string) => {
      const c = cpuByPart.get(part) ?? { node: 0, server: 0 };
      return `${label} ${fmt(c.node, 1)} + ${fmt(c.server, 1)}`;
    };
    console.log(
      `  CPU-tid per steg (Node + PostgreSQL, s): ${partCpu('readValidate', 'lese+validere')}, ${partCpu('write', 'skrive')}, ${partCpu('audit', 'revisjonslogg')}, ${partCpu('reevaluate', 're-evaluere')}`,
    );
    console.log(
      `  uten re-evaluering: ${fmt(withoutReevaluation, 2)} s = ${fmt(rows / withoutReevaluation)} rader/s; re-evaluering ${fmt(timings.reevaluate / pupils, 2)} ms per elev`,
    );
    return result.imported === rows ? 0 : 1;
  } finally {
    await db?.close();
    // NAERVAER_BENCH_KEEP_DB=1 keeps the database, to look at its plans and sizes after the run.
    if (process.env.NAERVAER_BENCH_KEEP_DB) console.log(`(databasen ${name} beholdes)`);
    else
      await sql
        .raw(`drop database if exists ${name} with (force)`)
        .execute(admin.owner)
        .catch(() => undefined);
    await admin.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
