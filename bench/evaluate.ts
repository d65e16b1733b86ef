import { spawn } from 'node:child_process';
import { createReadStream, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileCalendar, parseSchoolCalendar } from '../src/domain/calendar/calendar';
import { PROFILES_DIR } from '../src/server/content/profile-files';
import { calendarSql, loadEventsSql, profileSql } from './evaluate-duckdb';
import type { CalendarData, ProfileData } from './evaluate-duckdb';
import { BENCH_CALENDAR } from './generate';
import { worktreeVersion } from './api-setup';
import { runImportBenchmark } from './import';
import { nationalFiles } from './national-file';

// `npm run bench:evaluate`: `naervaer evaluate` on a national events file (620 000 pupils, ≥ 18 million
// rows, `,` and `;`), run as a child process exactly as a script would, against an independent DuckDB
// evaluation of the same file as of the same date. Prints times, the CLI's peak memory and the pupils
// whose firing rules or values differ; then the import of a million rows into PostgreSQL (bench/import.ts).
// Figures are printed, never asserted: only a disagreement (or a failed run) exits non-zero.

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORT_USAGE = fileURLToPath(new URL('./report-usage.mjs', import.meta.url));

interface Args {
  pupils: number;
  seed: number;
  asOf: string;
  profiles: string[];
  part: 'all' | 'evaluate' | 'import';
  importRows: number;
  /** A commit whose import is measured in the same run, before this one's (from a git worktree); null: none. */
  importBaseline: string | null;
  databaseUrl: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    pupils: 620_000,
    seed: 20250818,
    asOf: '2026-06-12',
    profiles: ['jevnaker', 'kearney-2008'],
    part: 'all',
    importRows: 1_000_000,
    importBaseline: null,
    databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s);
    const value = inline ?? argv[++i] ?? '';
    if (flag === '--pupils') args.pupils = Number(value);
    else if (flag === '--seed') args.seed = Number(value);
    else if (flag === '--as-of') args.asOf = value;
    else if (flag === '--profiles') args.profiles = value.split(',');
    else if (flag === '--part' && (value === 'all' || value === 'evaluate' || value === 'import')) args.part = value;
    else if (flag === '--import-rows') args.importRows = Number(value);
    else if (flag === '--import-baseline') args.importBaseline = value;
    else if (flag === '--database-url') args.databaseUrl = value;
    else
      throw new Error(
        `Ukjent valg «${argv[i]}». Bruk --pupils N, --seed S, --as-of ÅÅÅÅ-MM-DD, --profiles a,b, --part all|evaluate|import, --import-rows N, --import-baseline COMMIT, --database-url URL.`,
      );
  }
  if (!Number.isInteger(args.pupils) || args.pupils < 1) throw new Error('--pupils må være et positivt heltall');
  if (!Number.isInteger(args.importRows) || args.importRows < 1)
    throw new Error('--import-rows må være et positivt heltall');
  return args;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface CliRun {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  code: number;
  stderr: string;
}

/** Runs `node bin/naervaer.js evaluate …` with stdout to a file; its peak memory and CPU time come from report-usage.mjs on fd 3. */
function runCli(events: string, calendar: string, profile: string, asOf: string, output: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const out = openSync(output, 'w');
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        REPORT_USAGE,
        'bin/naervaer.js',
        'evaluate',
        '--events',
        events,
        '--calendar',
        calendar,
        '--profile',
        profile,
        '--as-of',
        asOf,
      ],
      { cwd: ROOT, stdio: ['ignore', out, 'pipe', 'pipe'] },
    );
    let stderr = '';
    let usage = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdio[3]!.on('data', (d: Buffer) => (usage += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(out);
      const used = (usage.trim() ? JSON.parse(usage) : { maxRSS: Number.NaN, cpu: Number.NaN }) as {
        maxRSS: number;
        cpu: number;
      };
      resolve({
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: used.cpu / 1e6,
        maxRssMb: used.maxRSS / 1024,
        code: code ?? 1,
        stderr,
      });
    });
  });
}

/** The firing rules of one pupil and their condition values, as one comparable string. */
const canonical = (alerts: { ruleId: string; values: number[] }[]) =>
  alerts
    .map((a) => `${a.ruleId}=${a.values.map((v) => String(v)).join('|')}`)
    .sort()
    .join(';');

/**
 * Reads the CLI's compact JSON one student at a time (a national document is larger than a JS string
 * may be): every element of "students" starts with `{"studentId":`, which cannot occur inside a JSON string.
 */
async function forEachStudent(
  path: string,
  fn: (s: { studentId: string; alerts: { ruleId: string; conditions: { value: number }[] }[] }) => void,
): Promise<number> {
  const marker = '{"studentId":';
  let pending = '';
  let started = false;
  let count = 0;
  const emit = (text: string) => {
    fn(JSON.parse(text) as Parameters<typeof fn>[0]);
    count++;
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    pending += chunk as string;
    if (!started) {
      const at = pending.indexOf(marker);
      if (at < 0) continue;
      pending = pending.slice(at);
      started = true;
    }
    let from = 0;
    for (;;) {
      const next = pending.indexOf(`,${marker}`, from + 1);
      if (next < 0) break;
      emit(pending.slice(from, next));
      from = next + 1;
    }
    pending = pending.slice(from);
  }
  if (started) emit(pending.replace(/\]\}\s*$/, ''));
  return count;
}

/** Runs the benchmark; returns the exit code. */
export async function runEvaluateBenchmark(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const parsed = parseSchoolCalendar(BENCH_CALENDAR);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const calendar = compileCalendar(parsed.calendar);
  let failed = false;
  console.log(
    `Nærvær – naervaer evaluate og import i nasjonal skala (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} kjerner ${os.cpus()[0]?.model ?? ''}, Node ${process.version})`,
  );
  console.log(
    `Maskinens last ved start (loadavg 1/5/15 min): ${os
      .loadavg()
      .map((l) => fmt(l, 1))
      .join(' / ')}`,
  );

  if (args.part !== 'import') {
    let t = performance.now();
    const files = nationalFiles(args.pupils, args.seed, calendar, console.log);
    console.log(
      `Fraværsfil: ${fmt(args.pupils)} elever, ${fmt(files.rows)} rader (${fmt(files.rows / args.pupils, 1)} per elev), ${fmt(files.bytes / 1e6)} MB; klar på ${fmt((performance.now() - t) / 1000, 1)} s`,
    );
    console.log(
      `Dato (--as-of): ${args.asOf}; profiler: ${args.profiles.join(', ')}; DuckDB med ${os.cpus().length} tråder, CLI-en er én prosess`,
    );
    const profiles = args.profiles.map(
      (name) => JSON.parse(readFileSync(join(PROFILES_DIR, `${name}.json`), 'utf8')) as ProfileData,
    );
    const cal = BENCH_CALENDAR as CalendarData;

    for (const [variant, path, separator] of [
      ['«,» LF', files.comma, ','],
      ['«;» BOM CRLF', files.semicolon, ';'],
    ] as const) {
      console.log('');
      console.log(`== Variant ${variant} (${fmt(statSync(path).size / 1e6)} MB)`);
      // ---- DuckDB: load the CSV and evaluate each profile as of the date ----
      const instance = await DuckDBInstance.create(':memory:', {
        threads: String(os.cpus().length),
        temp_directory: join(files.dir, 'duckdb-spill'),
      });
      const con = await instance.connect();
      // DuckDB runs in this process: its CPU time (both threads) is this process's during its statements.
      const cpu = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1e6;
      };
      t = performance.now();
      let c = cpu();
      for (const q of calendarSql(cal)) await con.run(q);
      await con.run(loadEventsSql(path, separator));
      const loadSeconds = (performance.now() - t) / 1000;
      const loadCpu = cpu() - c;
      const duck = new Map<string, { seconds: number; cpuSeconds: number; byPupil: Map<string, string> }>();
      for (const profile of profiles) {
        t = performance.now();
        c = cpu();
        await con.run(profileSql(profile, cal, args.asOf, 'fired'));
        const seconds = (performance.now() - t) / 1000;
        const cpuSeconds = cpu() - c;
        const rows = (
          await con.runAndReadAll('SELECT student_id, rule_id, vals FROM fired ORDER BY student_id')
        ).getRowsJS();
        const grouped = new Map<string, { ruleId: string; values: number[] }[]>();
        for (const [studentId, ruleId, vals] of rows as [string, string, number[]][]) {
          const list = grouped.get(studentId) ?? [];
          list.push({ ruleId, values: vals.map(Number) });
          grouped.set(studentId, list);
        }
        duck.set(profile.id, {
          seconds,
          cpuSeconds,
          byPupil: new Map([...grouped].map(([id, list]) => [id, canonical(list)])),
        });
      }
      con.closeSync();
      instance.closeSync();
      rmSync(join(files.dir, 'duckdb-spill'), { recursive: true, force: true });

      // ---- the CLI, one child process per profile ----
      for (const profile of profiles) {
        const output = join(files.dir, `ut-${profile.id}.json`);
        const run = await runCli(path, files.calendar, profile.id, args.asOf, output);
        const d = duck.get(profile.id)!;
        if (run.code !== 0) {
          console.log(
            `${profile.id}: naervaer evaluate avsluttet med kode ${run.code}: ${run.stderr.split('\n').slice(0, 5).join(' / ')}`,
          );
          failed = true;
          continue;
        }
        let disagreements = 0;
        let firing = 0;
        const examples: string[] = [];
        const students = await forEachStudent(output, (s) => {
          const mine = canonical(s.alerts.map((a) => ({ ruleId: a.ruleId, values: a.conditions.map((c) => c.value) })));
          const theirs = d.byPupil.get(s.studentId) ?? '';
          d.byPupil.delete(s.studentId);
          if (mine) firing++;
          if (mine !== theirs) {
            disagreements++;
            if (examples.length < 3) examples.push(`${s.studentId}: CLI «${mine}», DuckDB «${theirs}»`);
          }
        });
        // Pupils DuckDB flags that the CLI did not print at all.
        for (const [id, rules] of d.byPupil) {
          disagreements++;
          if (examples.length < 3) examples.push(`${id}: mangler i CLI-en, DuckDB «${rules}»`);
        }
        const outputMb = statSync(output).size / 1e6;
        rmSync(output, { force: true });
        const duckTotal = loadSeconds + d.seconds;
        const duckCpu = loadCpu + d.cpuSeconds;
        failed ||= disagreements > 0;
        console.log(
          `${profile.id}: ${fmt(students)} elever (${fmt(firing)} med varsel), ${fmt(outputMb)} MB JSON, avvik mot DuckDB: ${disagreements}`,
        );
        console.log(
          `    CLI    ${fmt(run.seconds, 1).padStart(6)} s (CPU ${fmt(run.cpuSeconds, 1)} s), maks ${fmt(run.maxRssMb)} MB`,
        );
        console.log(
          `    DuckDB ${fmt(duckTotal, 1).padStart(6)} s (CPU ${fmt(duckCpu, 1)} s): innlasting ${fmt(loadSeconds, 1)} s + evaluering ${fmt(d.seconds, 1)} s`,
        );
        console.log(
          `    CLI/DuckDB: ${fmt(run.seconds / duckTotal, 2)}× i tid, ${fmt(run.cpuSeconds / duckCpu, 2)}× i CPU-tid`,
        );
        for (const e of examples) console.log(`    avvik: ${e}`);
        console.log(
          `    mål: 0 avvik ${disagreements === 0 ? 'ja' : 'NEI'}; ≤ 1 GB ${run.maxRssMb <= 1024 ? 'ja' : 'nei'}; ≤ 2× DuckDB ${run.seconds <= 2 * duckTotal ? 'ja' : 'nei'}; raskere enn DuckDB ${run.seconds < duckTotal ? 'ja' : 'nei'}`,
        );
      }
    }
  }

  if (args.part !== 'evaluate' && args.importBaseline) {
    console.log('');
    failed = (await runImportBaseline(args)) !== 0 || failed;
  }
  if (args.part !== 'evaluate') {
    console.log('');
    if (args.importBaseline) console.log(`== Import, denne versjonen`);
    failed =
      (await runImportBenchmark({
        rows: args.importRows,
        seed: args.seed,
        maintenanceUrl: args.databaseUrl,
        calendar,
      })) !== 0 || failed;
  }
  return failed ? 1 : 0;
}

/**
 * The import of an older commit in the same run, on the same server, with the same rows: its own
 * `naervaer-bench evaluate --part import`, run from a git worktree of that commit; its lines are printed as they come.
 */
async function runImportBaseline(args: Args): Promise<number> {
  const version = await worktreeVersion(ROOT, args.importBaseline!);
  try {
    console.log(`== Import, versjonen før (${version.commit}, fra en git worktree)`);
    const child = spawn(
      process.execPath,
      [
        'bin/naervaer-bench.js',
        'evaluate',
        '--part',
        'import',
        '--import-rows',
        String(args.importRows),
        '--seed',
        String(args.seed),
        '--database-url',
        args.databaseUrl,
      ],
      { cwd: version.dir, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line && !line.startsWith('Nærvær –')) console.log(`  ${line}`);
    });
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    if (rest) console.log(`  ${rest}`);
    return code;
  } finally {
    await version.cleanup();
  }
}
