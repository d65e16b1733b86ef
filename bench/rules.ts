import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadProfile, shippedProfileNames } from '../src/server/content/profile-files';
import { compileCalendar, parseSchoolCalendar } from '../src/domain/calendar/calendar';
import { civilOf } from '../src/domain/calendar/dates';
import { compileProfile, evaluatePupil } from '../src/domain/rules/engine';
import type { CompiledProfile } from '../src/domain/rules/engine';
import { episodeSql } from './duckdb-baseline';
import type { RuleData } from './duckdb-baseline';
import { BENCH_CALENDAR, generateYear } from './generate';
import { replayRange } from './replay';
import type { EpisodeColumns } from './replay';
import { Worker } from 'node:worker_threads';

// `npm run bench:rules -- --pupils N`: replay every shipped profile over a synthetic school year for
// N pupils (every episode of every rule for every pupil), compute the same in DuckDB with its own SQL,
// and compare. Figures are printed, never asserted; only a disagreement (or a rule that no pupil or
// every pupil trips, which would make the comparison meaningless) fails the run.

const GOAL_SECONDS = 10;
const BENCH_PROFILES = fileURLToPath(new URL('./profiles/', import.meta.url));

function parseArgs(argv: string[]): { pupils: number; seed: number; threads: number } {
  let pupils = 620_000;
  let seed = 20250818;
  let threads = os.cpus().length;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=');
    const value = inline ?? argv[++i];
    if (flag === '--pupils') pupils = Number(value);
    else if (flag === '--seed') seed = Number(value);
    else if (flag === '--threads') threads = Number(value);
    else throw new Error(`Ukjent valg «${argv[i]}». Bruk --pupils N og eventuelt --seed S, --threads T.`);
  }
  if (!Number.isInteger(pupils) || pupils < 1) throw new Error('--pupils må være et positivt heltall');
  if (!Number.isInteger(threads) || threads < 1) throw new Error('--threads må være et positivt heltall');
  return { pupils, seed, threads };
}

/** Writes `rows` CSV lines built by `line(i)` in large chunks (hundreds of MB at full scale). */
function writeCsv(path: string, rows: number, line: (i: number) => string): void {
  const fd = openSync(path, 'w');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (kb: number) => `${fmt(kb / 1024)} MB`;

/** Runs the benchmark; returns the process exit code. */
export async function runRulesBenchmark(argv: string[]): Promise<number> {
  const { pupils, seed, threads } = parseArgs(argv);
  const parsedCalendar = parseSchoolCalendar(BENCH_CALENDAR);
  if (!parsedCalendar.ok) throw new Error(parsedCalendar.errors.join('\n'));
  const calendar = compileCalendar(parsedCalendar.calendar);
  // The shipped profiles, and bench/profiles/ for what none of them uses (e.g. a share over the rolling month).
  const extra = readdirSync(BENCH_PROFILES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(BENCH_PROFILES, f));
  const profiles: CompiledProfile[] = [...shippedProfileNames(), ...extra].map((name) => {
    const loaded = loadProfile(name);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    return compileProfile(loaded.value, calendar);
  });
  const rules = profiles.flatMap((p) => p.rules.map((r) => ({ profile: p, rule: r })));

  console.log(
    `Nærvær regelmotor – benchmark (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} kjerner ${os.cpus()[0]?.model ?? ''}, Node ${process.version})`,
  );
  console.log(`Tråder for motoren: ${threads} (én skive elever per tråd)`);
  console.log(
    `Elever: ${fmt(pupils)}, skoledager: ${calendar.days.length}, profiler: ${profiles.map((p) => p.profile.id).join(', ')}, hendelsesregler: ${rules.length}`,
  );

  let t = performance.now();
  const { store, events } = generateYear(pupils, calendar, seed);
  console.log(
    `Genererte ${fmt(events)} hendelser (${fmt(events / pupils, 1)} per elev) på ${fmt((performance.now() - t) / 1000, 2)} s`,
  );

  // ---- the engine: every episode of every rule for every pupil, one slice of pupils per core ----
  let engineSeconds: number;
  let found: Merged[];
  if (threads === 1) {
    t = performance.now();
    found = replayRange(profiles, calendar, store, 0, pupils).map((c) => merge([c]));
    engineSeconds = (performance.now() - t) / 1000;
  } else {
    const ranges = Array.from(
      { length: threads },
      (_, w) => [Math.floor((pupils * w) / threads), Math.floor((pupils * (w + 1)) / threads)] as const,
    );
    const workers = ranges.map(
      ([from, to]) =>
        new Worker(new URL('./replay-worker.js', import.meta.url), {
          workerData: {
            calendar: parsedCalendar.calendar,
            profiles: profiles.map((p) => p.profile),
            store: { ...store, studentIds: [] },
            from,
            to,
          },
        }),
    );
    // Start the clock only when every worker has compiled its profiles and waits.
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
    t = performance.now();
    const results = await Promise.all(
      workers.map(
        (w) =>
          new Promise<{ result: EpisodeColumns[] }>((resolve, reject) => {
            w.once('message', resolve);
            w.once('error', reject);
            w.postMessage('go');
          }),
      ),
    );
    engineSeconds = (performance.now() - t) / 1000;
    await Promise.all(workers.map((w) => w.terminate()));
    found = rules.map((_, i) => merge(results.map((r) => r.result[i]!)));
  }
  const engineMaxRss = process.resourceUsage().maxRSS;

  // ---- one pupil re-evaluated (the heaviest and a typical one), all four profiles ----
  let heaviest = 0;
  for (let p = 1; p < pupils; p++)
    if (store.offsets[p + 1]! - store.offsets[p]! > store.offsets[heaviest + 1]! - store.offsets[heaviest]!)
      heaviest = p;
  const asOf = calendar.days[Math.floor(calendar.days.length * 0.6)]!;
  const timeOne = (pupil: number) => {
    const rounds = 2000;
    for (let i = 0; i < 200; i++) for (const prof of profiles) evaluatePupil(prof, store, pupil, asOf);
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) for (const prof of profiles) evaluatePupil(prof, store, pupil, asOf);
    return (performance.now() - t0) / rounds;
  };
  const typical = Math.floor(pupils / 2);
  const oneHeavyMs = timeOne(heaviest);
  const oneTypicalMs = timeOne(typical);

  // ---- DuckDB from the raw tables ----
  const dir = mkdtempSync(join(os.tmpdir(), 'naervaer-bench-'));
  let duckSeconds = 0;
  let loadSeconds = 0;
  const duckPupils: number[] = [];
  const mismatches: number[] = [];
  try {
    t = performance.now();
    const ev = store;
    writeCsv(
      join(dir, 'events.csv'),
      events,
      (i) =>
        `${pupilOf(ev.offsets, i)},${calendar.days[ev.dayIndex[i]!]},${ev.kind[i]},${ev.documented[i]},${ev.subject[i]},${ev.period[i]}\n`,
    );
    writeCsv(join(dir, 'school_days.csv'), calendar.days.length, (i) => {
      const c = civilOf(calendar.days[i]!);
      return `${i},${calendar.days[i]},${calendar.lessons[i]},${c.year * 100 + c.month},${calendar.days[i]! < calendar.springStarts ? 0 : 1}\n`;
    });
    const instance = await DuckDBInstance.create(':memory:', {
      threads: String(os.cpus().length),
      temp_directory: join(dir, 'spill'),
    });
    const con = await instance.connect();
    await con.run(
      `CREATE TABLE events AS SELECT * FROM read_csv('${join(dir, 'events.csv')}', header = false, columns = {'pupil': 'INTEGER', 'day': 'INTEGER', 'kind': 'TINYINT', 'documented': 'TINYINT', 'subject': 'INTEGER', 'period': 'TINYINT'})`,
    );
    await con.run(
      `CREATE TABLE school_days AS SELECT * FROM read_csv('${join(dir, 'school_days.csv')}', header = false, columns = {'idx': 'INTEGER', 'day': 'INTEGER', 'lessons': 'INTEGER', 'month_key': 'INTEGER', 'sem': 'INTEGER'})`,
    );
    // Lookups for any calendar day around the year: the last school day on or before it, the first on or after it.
    await con.run(`CREATE TABLE day_lookup AS
      SELECT d.day,
        (SELECT COALESCE(MAX(idx), -1) FROM school_days s WHERE s.day <= d.day) AS last_idx,
        (SELECT COALESCE(MIN(idx), (SELECT COUNT(*) FROM school_days)) FROM school_days s WHERE s.day >= d.day) AS first_idx
      FROM (SELECT UNNEST(range((SELECT MIN(day) FROM school_days) - 200, (SELECT MAX(day) FROM school_days) + 200)) AS day) d`);
    await con.run(
      'CREATE TABLE month_last AS SELECT month_key, MAX(idx) AS last_idx, MIN(idx) AS first_idx FROM school_days GROUP BY month_key',
    );
    await con.run(
      'CREATE TABLE sem_last AS SELECT sem, MAX(idx) AS last_idx, MIN(idx) AS first_idx FROM school_days GROUP BY sem',
    );
    // The rolling month ending on each school day starts the day after the same date a month earlier;
    // DuckDB's month arithmetic clamps 31 March to 28/29 February by itself.
    await con.run(`CREATE TABLE rolling_month AS
      SELECT s.idx, s.start_day, x.first_idx FROM (
        SELECT idx, CAST(date_diff('day', DATE '1970-01-01', CAST(CAST(DATE '1970-01-01' + day AS DATE) - INTERVAL 1 MONTH AS DATE)) + 1 AS INTEGER) AS start_day FROM school_days
      ) s JOIN day_lookup x ON x.day = s.start_day`);
    await con.run(
      'CREATE TABLE rolling_until AS SELECT sd.day, (SELECT COALESCE(MAX(r.idx), -1) FROM rolling_month r WHERE r.start_day <= sd.day) AS last_idx FROM school_days sd',
    );
    loadSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    for (const [i, { rule }] of rules.entries()) await con.run(episodeSql(rule.rule as RuleData, `duck_${i}`));
    duckSeconds = (performance.now() - t) / 1000;

    // Compare: the engine's episodes go into DuckDB too, and each side's leftovers are mismatches.
    for (const [i, ep] of found.entries()) {
      const path = join(dir, `engine_${i}.csv`);
      writeCsv(path, ep.length, (j) => `${ep.pupil[j]},${ep.start[j]},${ep.end[j]}\n`);
      await con.run(
        `CREATE OR REPLACE TABLE engine_${i} AS SELECT * FROM read_csv('${path}', header = false, columns = {'pupil': 'INTEGER', 's': 'INTEGER', 'e': 'INTEGER'})`,
      );
      const reader = await con.runAndReadAll(`SELECT
          (SELECT COUNT(*) FROM (SELECT pupil, s, e FROM engine_${i} EXCEPT ALL SELECT pupil, s, e FROM duck_${i})) +
          (SELECT COUNT(*) FROM (SELECT pupil, s, e FROM duck_${i} EXCEPT ALL SELECT pupil, s, e FROM engine_${i})) AS mismatches,
          (SELECT COUNT(DISTINCT pupil) FROM duck_${i}) AS pupils`);
      const row = reader.getRowObjectsJS()[0]!;
      mismatches.push(Number(row.mismatches));
      duckPupils.push(Number(row.pupils));
    }
    con.closeSync();
    instance.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const totalMaxRss = process.resourceUsage().maxRSS;

  // ---- report ----
  console.log('');
  console.log(
    `${'regel'.padEnd(44)} ${'elever med episode'.padStart(19)} ${'(DuckDB)'.padStart(10)} ${'episoder'.padStart(10)} ${'avvik'.padStart(6)}`,
  );
  let failed = false;
  for (const [i, { rule }] of rules.entries()) {
    const ep = found[i]!;
    const bad = ep.pupils === 0 || ep.pupils >= pupils || mismatches[i]! > 0;
    failed ||= bad;
    console.log(
      `${rule.rule.id.padEnd(44)} ${fmt(ep.pupils).padStart(19)} ${fmt(duckPupils[i]!).padStart(10)} ${fmt(ep.length).padStart(10)} ${String(mismatches[i]).padStart(6)}${bad ? '  ← FEIL' : ''}`,
    );
  }
  const totalMismatches = mismatches.reduce((a, b) => a + b, 0);
  console.log('');
  console.log(
    `Motoren: ${fmt(engineSeconds, 2)} s for hele året, alle ${rules.length} regler (${fmt(events / engineSeconds)} hendelser/s; ${fmt((events * profiles.filter((p) => p.rules.length > 0).length) / engineSeconds)} hendelser×profiler/s, profiler med hendelsesregler)`,
  );
  console.log(
    `DuckDB:  ${fmt(duckSeconds, 2)} s for de samme episodene (innlasting ${fmt(loadSeconds, 2)} s, ikke regnet med)`,
  );
  console.log(
    `Forhold DuckDB/motor: ${fmt(duckSeconds / engineSeconds, 1)}× ${engineSeconds < duckSeconds ? '(motoren er raskere)' : '(DuckDB er raskere)'}`,
  );
  console.log(
    `Én elev evaluert på nytt (alle ${profiles.length} profiler): ${fmt(oneTypicalMs * 1000, 1)} µs typisk, ${fmt(oneHeavyMs * 1000, 1)} µs for eleven med flest hendelser (${store.offsets[heaviest + 1]! - store.offsets[heaviest]!})`,
  );
  console.log(`Største minnebruk (maxRSS): ${mb(engineMaxRss)} etter motoren, ${mb(totalMaxRss)} med DuckDB`);
  console.log(
    `Mål (skrives ut, ikke kontrollert): hele året < ${GOAL_SECONDS} s: ${engineSeconds < GOAL_SECONDS ? 'ja' : 'nei'}; raskere enn DuckDB: ${engineSeconds < duckSeconds ? 'ja' : 'nei'}; én elev < 1 ms: ${oneHeavyMs < 1 ? 'ja' : 'nei'}`,
  );
  console.log(`Avvik totalt: ${totalMismatches}`);
  return failed ? 1 : 0;
}

interface Merged {
  pupil: Int32Array;
  start: Int16Array;
  end: Int16Array;
  length: number;
  pupils: number;
}

/** Joins the episode columns of consecutive pupil slices. */
function merge(parts: Pick<EpisodeColumns, 'pupil' | 'start' | 'end' | 'length' | 'pupils'>[]): Merged {
  const length = parts.reduce((s, p) => s + p.length, 0);
  const out: Merged = {
    pupil: new Int32Array(length),
    start: new Int16Array(length),
    end: new Int16Array(length),
    length,
    pupils: parts.reduce((s, p) => s + p.pupils, 0),
  };
  let at = 0;
  for (const p of parts) {
    out.pupil.set(p.pupil.subarray(0, p.length), at);
    out.start.set(p.start.subarray(0, p.length), at);
    out.end.set(p.end.subarray(0, p.length), at);
    at += p.length;
  }
  return out;
}

function pupilOf(offsets: Int32Array, event: number): number {
  // Binary search: the pupil p with offsets[p] <= event < offsets[p + 1].
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= event) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
