// `npm run bench:api`: the morning peak against the HTTP API on loopback (issue 14 item 8), on a
// PostgreSQL server (a fresh database created and dropped here) and on PGlite, for this version and for
// the version before issue 14 (commit b88f0ac, checked out in a git worktree) in the same run, so that
// the ratio between them is measured under the same load on the machine. For each: the login storm,
// the closed-loop ceiling (every teacher sends its next request when the last is answered, no think
// time) and an open loop at a steady offered rate (latency from the scheduled arrival). Prints
// requests/s, p50/p95/p99 per kind of request, errors and the server process's memory and CPU time.
// Figures are printed, never asserted; a failed run (a server that does not start) exits non-zero.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  closedLoop,
  KINDS,
  loginStorm,
  newTeacher,
  openLoop,
  percentile,
  planSlots,
  type Stats,
  type Teacher,
} from './api-load';
import { runUploadBombBenchmark } from './upload-bomb';
import {
  currentVersion,
  databaseCpuSeconds,
  freshPglite,
  freshPostgres,
  prepareTeachers,
  processUsage,
  seedDemo,
  startServer,
  worktreeVersion,
  type Target,
  type Version,
} from './api-setup';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PASSWORD = 'naervaer-demo';
/** The version before issue 14. */
export const BASELINE_COMMIT = 'b88f0ac';

type Args = {
  seconds: number;
  teachers: number;
  rate: number;
  pgliteRate: number;
  databaseUrl: string | undefined;
  only: 'postgres' | 'pglite' | undefined;
  baseline: string | null;
  today: string;
  bombs: boolean;
};

const HELP = `Bruk: npm run bench:api -- [--seconds N] [--teachers N] [--rate R] [--pglite-rate R] [--database-url URL]
                           [--only postgres|pglite] [--baseline COMMIT | --no-baseline] [--today ÅÅÅÅ-MM-DD] [--no-bombs]

Morgentopp mot API-et over loopback: innlogging, klasseregisteret, tre fraværsregistreringer, varsellisten.
--seconds      varighet for hver fase (lukket og åpen sløyfe), standard 20
--teachers     samtidige lærere, standard 50
--rate         tilbudte forespørsler per sekund i åpen sløyfe på PostgreSQL, standard 150
--pglite-rate  det samme for PGlite, standard 60
--database-url PostgreSQL-server der en ny database lages og slettes (standard TEST_DATABASE_URL; uten den bare PGlite)
--baseline     versjonen det sammenlignes med, standard ${BASELINE_COMMIT} (før sak 14)
--no-bombs     uten XLSX-bombene (til slutt: hver bombe lastes opp til demoen på PGlite, med tid til avvisning,
               ekstra minne og en registrering samtidig; mål < 2 s, < 300 MB, < 500 ms)`;

function parseArgs(argv: string[]): Args | null {
  const args: Args = {
    seconds: 20,
    teachers: 50,
    rate: 150,
    pgliteRate: 60,
    databaseUrl: process.env.TEST_DATABASE_URL || undefined,
    only: undefined,
    baseline: BASELINE_COMMIT,
    today: '2026-11-24',
    bombs: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s);
    if (flag === '--help') return null;
    if (flag === '--no-baseline') {
      args.baseline = null;
      continue;
    }
    if (flag === '--no-bombs') {
      args.bombs = false;
      continue;
    }
    const value = inline ?? argv[++i] ?? '';
    const positive = () => {
      const n = Number(value);
      if (!(n > 0)) throw new Error(`${flag} må være et positivt tall, fikk «${value}»`);
      return n;
    };
    if (flag === '--seconds') args.seconds = positive();
    else if (flag === '--teachers') args.teachers = Math.round(positive());
    else if (flag === '--rate') args.rate = positive();
    else if (flag === '--pglite-rate') args.pgliteRate = positive();
    else if (flag === '--database-url') args.databaseUrl = value || undefined;
    else if (flag === '--only' && (value === 'postgres' || value === 'pglite')) args.only = value;
    else if (flag === '--baseline') args.baseline = value;
    else if (flag === '--today' && /^\d{4}-\d{2}-\d{2}$/.test(value)) args.today = value;
    else throw new Error(`Ukjent valg «${argv[i]}».\n${HELP}`);
  }
  if (args.only === 'postgres' && !args.databaseUrl)
    throw new Error('--only postgres trenger --database-url (eller TEST_DATABASE_URL).');
  return args;
}

type KindFigures = { count: number; p50: number; p95: number; p99: number };
type Phase = {
  requests: number;
  perSecond: number;
  errors: number;
  errorSamples: string[];
  kinds: Map<string, KindFigures>;
};
type Run = {
  version: Version;
  db: Target['kind'];
  login: Phase;
  closed: Phase;
  open: Phase & { offered: number; lateStarts: number };
  memory: { startMb: number; afterClosedMb: number; maxRssMb: number };
  cpu: { closedSeconds: number; closedElapsed: number; databaseSeconds: number };
};

function phaseOf(stats: Stats, elapsed: number): Phase {
  const kinds = new Map<string, KindFigures>();
  for (const k of KINDS) {
    const xs = [...stats.latencies.get(k)!].sort((a, b) => a - b);
    if (xs.length)
      kinds.set(k, { count: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) });
  }
  const all = [...stats.latencies.values()].flat().sort((a, b) => a - b);
  if (all.length)
    kinds.set('alle', {
      count: all.length,
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
    });
  return {
    requests: stats.completed,
    perSecond: stats.completed / elapsed,
    errors: stats.errorCount(),
    errorSamples: [...stats.errors].slice(0, 5).map(([k, n]) => `${n} × ${k}`),
    kinds,
  };
}

async function measure(version: Version, makeTarget: () => Promise<Target>, args: Args, rate: number): Promise<Run> {
  const target = await makeTarget();
  const say = (s: string) => console.log(`  [${target.kind}, ${version.label} ${version.commit}] ${s}`);
  try {
    say('lager demoen …');
    await seedDemo(version, target, args.today);
    const accounts = await prepareTeachers(target, args.teachers);
    const server = await startServer(version, target, args.today);
    try {
      const pid = server.child.pid!;
      const startMb = processUsage(pid).rssMb;
      const teachers: Teacher[] = accounts.map((a, i) => newTeacher(a.username, a.classId, i));
      say(`${teachers.length} lærere logger inn samtidig …`);
      const storm = performance.now();
      const login = phaseOf(await loginStorm(server.base, teachers, PASSWORD), (performance.now() - storm) / 1000);
      const notIn = teachers.filter((t) => !t.cookie);
      if (notIn.length) throw new Error(`${notIn.length} lærere kom ikke inn: ${login.errorSamples.join('; ')}`);
      // Enough free lesson slots for the fastest plausible run, taken from today's and earlier registers.
      const needed = Math.ceil((Math.max(600, rate) * args.seconds * 2 * 0.6) / teachers.length) + 10;
      await Promise.all(teachers.map((t, i) => planSlots(server.base, t, args.today, needed, i + 1)));
      say(`lukket sløyfe i ${args.seconds} s …`);
      const cpuBefore = processUsage(pid).cpuSeconds;
      const dbCpuBefore = await databaseCpuSeconds(target);
      const closedRun = await closedLoop(server.base, teachers, args.seconds);
      const cpuAfter = processUsage(pid).cpuSeconds;
      const dbCpuAfter = await databaseCpuSeconds(target);
      const afterClosedMb = processUsage(pid).rssMb;
      say(`åpen sløyfe, ${rate} forespørsler/s i ${args.seconds} s …`);
      const openRun = await openLoop(server.base, teachers, args.seconds, rate);
      const usage = processUsage(pid);
      return {
        version,
        db: target.kind,
        login,
        closed: phaseOf(closedRun.stats, closedRun.elapsed),
        open: { ...phaseOf(openRun.stats, openRun.elapsed), offered: rate, lateStarts: openRun.lateStarts },
        memory: { startMb, afterClosedMb, maxRssMb: usage.maxRssMb },
        cpu: {
          closedSeconds: cpuAfter - cpuBefore,
          closedElapsed: closedRun.elapsed,
          databaseSeconds: dbCpuAfter - dbCpuBefore,
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.drop();
  }
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('nb-NO') : '–');
const f1 = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : '–';
const ratio = (after: number, before: number) =>
  before > 0 && Number.isFinite(after)
    ? `${(after / before).toLocaleString('nb-NO', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}×`
    : '–';

function lat(p: Phase, kind: string): string {
  const k = p.kinds.get(kind);
  return k ? `${f0(k.p50)} / ${f0(k.p95)} / ${f0(k.p99)}` : '–';
}

function printRuns(db: string, runs: Run[]): void {
  console.log(`\n### ${db === 'postgres' ? 'PostgreSQL' : 'PGlite'}\n`);
  const head = [
    '',
    ...runs.map((r) => `${r.version.label} (${r.version.commit})`),
    ...(runs.length === 2 ? ['etter/før'] : []),
  ];
  const rows: string[][] = [];
  const line = (label: string, values: string[], r?: string) =>
    rows.push([label, ...values, ...(runs.length === 2 ? [r ?? ''] : [])]);
  const [before, after] = runs.length === 2 ? runs : [undefined, undefined];
  line(
    'innloggingsstorm: lærere, p50 / p99 ms',
    runs.map(
      (r) =>
        `${r.login.requests}, ${f0(r.login.kinds.get('login')?.p50 ?? NaN)} / ${f0(r.login.kinds.get('login')?.p99 ?? NaN)}`,
    ),
  );
  line(
    'lukket sløyfe: forespørsler/s',
    runs.map((r) => f1(r.closed.perSecond)),
    before && after ? ratio(after.closed.perSecond, before.closed.perSecond) : undefined,
  );
  for (const k of ['register', 'absence', 'alerts', 'alle']) {
    line(
      `  ${k}: p50 / p95 / p99 ms`,
      runs.map((r) => lat(r.closed, k)),
      before && after
        ? ratio(after.closed.kinds.get(k)?.p95 ?? NaN, before.closed.kinds.get(k)?.p95 ?? NaN) + ' (p95)'
        : undefined,
    );
  }
  line(
    '  feil',
    runs.map((r) => String(r.closed.errors)),
  );
  line(
    '  server-CPU per forespørsel, ms',
    runs.map((r) => f1((r.cpu.closedSeconds * 1000) / Math.max(1, r.closed.requests))),
    before && after
      ? ratio(after.cpu.closedSeconds / after.closed.requests, before.cpu.closedSeconds / before.closed.requests)
      : undefined,
  );
  if (db === 'postgres')
    line(
      '  database-CPU per forespørsel, ms',
      runs.map((r) => f1((r.cpu.databaseSeconds * 1000) / Math.max(1, r.closed.requests))),
      before && after
        ? ratio(after.cpu.databaseSeconds / after.closed.requests, before.cpu.databaseSeconds / before.closed.requests)
        : undefined,
    );
  line(
    'åpen sløyfe: tilbudt / besvart per s',
    runs.map((r) => `${f0(r.open.offered)} / ${f1(r.open.perSecond)}`),
  );
  for (const k of ['register', 'absence', 'alerts', 'alle']) {
    line(
      `  ${k}: p50 / p95 / p99 ms`,
      runs.map((r) => lat(r.open, k)),
      before && after
        ? ratio(after.open.kinds.get(k)?.p95 ?? NaN, before.open.kinds.get(k)?.p95 ?? NaN) + ' (p95)'
        : undefined,
    );
  }
  line(
    '  feil',
    runs.map((r) => String(r.open.errors)),
  );
  line(
    '  sendt for sent (lasten henger etter)',
    runs.map((r) => String(r.open.lateStarts)),
  );
  line(
    'server-RSS start → etter lukket sløyfe, MB',
    runs.map((r) => `${f0(r.memory.startMb)} → ${f0(r.memory.afterClosedMb)}`),
  );
  line(
    'server maxRSS, MB',
    runs.map((r) => f0(r.memory.maxRssMb)),
    before && after ? ratio(after.memory.maxRssMb, before.memory.maxRssMb) : undefined,
  );
  const widths = head.map((_, i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(fmt(r));
  for (const r of runs)
    for (const e of [...r.closed.errorSamples, ...r.open.errorSamples])
      console.log(`  feil (${r.version.label}): ${e}`);
}

export async function runApiBenchmark(argv: string[]): Promise<number> {
  let args: Args | null;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (!args) {
    console.log(HELP);
    return 0;
  }
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(
    `bench:api — ${args.teachers} lærere, ${args.seconds} s per fase, ${os.cpus().length} kjerner, belastning (1/5/15 min) ${load()}`,
  );
  const versions: Version[] = [];
  try {
    if (args.baseline) versions.push(await worktreeVersion(ROOT, args.baseline));
    versions.push(await currentVersion(ROOT));
    const dbs: { kind: Target['kind']; make: () => Promise<Target>; rate: number }[] = [];
    if (args.databaseUrl && args.only !== 'pglite')
      dbs.push({ kind: 'postgres', make: () => freshPostgres(args.databaseUrl!), rate: args.rate });
    if (args.only !== 'postgres') dbs.push({ kind: 'pglite', make: async () => freshPglite(), rate: args.pgliteRate });
    if (!args.databaseUrl && args.only !== 'pglite')
      console.log('Ingen PostgreSQL-server oppgitt (--database-url eller TEST_DATABASE_URL): bare PGlite måles.');
    for (const db of dbs) {
      const runs: Run[] = [];
      for (const v of versions) runs.push(await measure(v, db.make, args, db.rate));
      printRuns(db.kind, runs);
      console.log(`belastning (1/5/15 min) etter ${db.kind}: ${load()}`);
    }
    if (args.bombs) {
      // The review's zip bombs against this version only (the one before would take the machine to 4 GB).
      console.log('\n### XLSX-bomber mot demoen (PGlite, denne versjonen)\n');
      const failed = await runUploadBombBenchmark([]);
      if (failed !== 0) return failed;
    }
    return 0;
  } catch (e) {
    console.error(`bench:api feilet: ${(e as Error).stack ?? String(e)}`);
    return 1;
  } finally {
    for (const v of versions) await v.cleanup();
  }
}
