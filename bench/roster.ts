// `npm run bench:roster`: the roster sync of a whole city (issue 16 item 6) on a PostgreSQL server (a fresh
// database created and dropped here). A synthetic OneRoster 1.2 bundle of Oslo's size (70 000 pupils, 130
// schools, their guardians and staff) is written as CSV files and synced as `naervaer roster sync` does:
//   1. first sync into an empty kommune: dry run, then apply (target: both together under 2 minutes)
//   2. the same bundle again: dry run (nothing to change)
//   3. a week later, 1 % of pupils moved to another class, 1 % leaving and 1 % of teachers gone: dry run, then apply
// Each step prints read, parse, load, diff and apply times. Figures are printed, never asserted; the
// small run (--pupils 2000) is for CI's correctness only, and fails if a step's counts are wrong.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../src/db/create-db';
import { migrate } from '../src/db/migrate';
import { bundleTables, syntheticBundle, toCsv, type Bundle } from '../src/domain/roster/synthetic-bundle';
import { pathTables } from '../src/server/roster/read-bundle';
import { createKommune } from '../src/server/use-cases/create-kommune';
import { syncRoster, type RosterSyncResult } from '../src/server/use-cases/sync-roster';
import { freshPglite, freshPostgres } from './api-setup';

const HELP = `Bruk: npm run bench:roster -- [--pupils N] [--schools N] [--database-url URL | --pglite]

Synkroniserer en syntetisk kommune (OneRoster 1.2-pakke som CSV-filer) og skriver tidene:
første synkronisering (prøvekjøring, så skriving), samme pakke igjen, og en uke senere med 1 % av
elevene flyttet, 1 % som slutter og 1 % av lærerne borte. Mål: prøvekjøring + skriving av hele
kommunen under 2 minutter på PostgreSQL.
--pupils        elever i kommunen, standard 70000 (Oslo)
--schools       skoler, standard i Oslos forhold (130 ved 70 000 elever)
--database-url  PostgreSQL-server der en ny database lages og slettes (standard TEST_DATABASE_URL,
                ellers postgres://postgres@127.0.0.1:5432/postgres)
--pglite        på den innebygde databasen i stedet`;

const T0 = new Date('2026-11-24T08:15:00+01:00');

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function write(bundle: Bundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, rows] of Object.entries(bundle)) writeFileSync(join(dir, file), toCsv(rows));
}

async function step(
  db: Db,
  kommuneId: string,
  dir: string,
  dryRun: boolean,
  now: Date,
): Promise<{ result: RosterSyncResult; read: number; total: number }> {
  const t0 = performance.now();
  const tables = await pathTables(dir);
  const read = performance.now() - t0;
  const result = await syncRoster(db, { kommuneId, userId: null, role: 'drift' }, tables, {
    dryRun,
    allowSynthetic: true,
    now,
  });
  const total = performance.now() - t0;
  if (result.problems.length) throw new Error(`Pakken har feil: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { result, read, total };
}

function line(label: string, s: { result: RosterSyncResult; read: number; total: number }): string {
  const t = s.result.timings;
  const n = s.result.totals;
  return `${label.padEnd(34)} ${seconds(s.total).padStart(8)}   (les ${seconds(s.read)}, tolk ${seconds(t.parse)}, hent ${seconds(t.load)}, sammenlign ${seconds(t.diff)}, skriv ${seconds(t.apply)})  nye ${n.new.pupils} elever/${n.new.guardians} foresatte/${n.new.staff} ansatte, endret ${n.changed.pupils} elever/${n.changed.staff} ansatte, slutter ${n.leaving.pupils} elever/${n.leaving.staff} ansatte`;
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`Feil i benchmarken: ${what}`);
}

export async function runRosterBenchmark(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const pupils = Number(value('--pupils') ?? 70_000);
  const schools = Number(value('--schools') ?? Math.max(2, Math.round((130 * pupils) / 70_000)));
  if (!Number.isInteger(pupils) || pupils < 10 || !Number.isInteger(schools) || schools < 1) {
    console.error(HELP);
    return 2;
  }
  const pglite = argv.includes('--pglite');
  const target = pglite
    ? freshPglite()
    : await freshPostgres(
        value('--database-url') ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      );
  const dir = mkdtempSync(join(os.tmpdir(), 'naervaer-bench-roster-'));
  const db = await createDb(target.kind === 'postgres' ? { databaseUrl: target.url } : { dataDir: target.dataDir });
  try {
    await migrate(db);
    const kommuneId = (await createKommune(db, { number: '0301', name: 'Oslo (syntetisk)' }, T0)).id;
    let t = performance.now();
    const bundle = syntheticBundle({ pupils, schools, schoolYear: 2026, seed: 301 });
    write(bundle, join(dir, 'first'));
    const sizes = bundleTables(bundle);
    console.log(
      `Roster-benchmark på ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} kjerner, last ${os.loadavg()[0]!.toFixed(1)}: ${pupils} elever, ${schools} skoler, ${sizes.get('users.csv')!.rows.length} rader i users.csv (laget på ${seconds(performance.now() - t)})`,
    );

    const dry1 = await step(db, kommuneId, join(dir, 'first'), true, T0);
    console.log(line('1. første synk, prøvekjøring', dry1));
    const apply1 = await step(db, kommuneId, join(dir, 'first'), false, T0);
    console.log(line('1. første synk, skriving', apply1));
    console.log(`   prøvekjøring + skriving: ${seconds(dry1.total + apply1.total)} (mål under 120 s)`);
    check(apply1.result.applied && apply1.result.totals.new.pupils === pupils, 'første synk skrev ikke alle elevene');

    const again = await step(db, kommuneId, join(dir, 'first'), true, T0);
    console.log(line('2. samme pakke igjen, prøvekjøring', again));
    check(again.result.schools.length === 0, 'samme pakke igjen skulle ikke endre noe');

    // A week later: 1 % moved within their school, 1 % leaving, 1 % of the class teachers gone.
    t = performance.now();
    const next = syntheticBundle({ pupils, schools, schoolYear: 2026, seed: 301 });
    const classes = next['classes.csv']!.slice(1);
    const classesOf = new Map<string, string[]>();
    for (const c of classes) classesOf.set(c[9]!, [...(classesOf.get(c[9]!) ?? []), c[0]!]);
    const enrollments = next['enrollments.csv']!;
    const leaving = new Set<string>();
    const gone = new Set<string>();
    let moved = 0;
    let teachers = 0;
    enrollments.slice(1).forEach((e, i) => {
      if (e[6] === 'student' && i % 100 === 1) {
        const others = classesOf.get(e[4]!)!.filter((c) => c !== e[3]);
        if (others.length) {
          e[3] = others[i % others.length]!;
          moved++;
        }
      } else if (e[6] === 'student' && i % 100 === 2) leaving.add(e[5]!);
      else if (e[6] === 'teacher' && teachers++ % 100 === 50) gone.add(e[5]!);
    });
    const drop = (file: string, column: number, ids: Set<string>) => {
      const [header, ...rows] = next[file]!;
      next[file] = [header!, ...rows.filter((r) => !ids.has(r[column]!))];
    };
    drop('enrollments.csv', 5, new Set([...leaving, ...gone]));
    drop('users.csv', 0, new Set([...leaving, ...gone]));
    drop('roles.csv', 3, gone);
    drop('demographics.csv', 0, leaving);
    write(next, join(dir, 'next'));
    console.log(
      `   (${moved} elever flyttet, ${leaving.size} slutter, ${gone.size} lærere borte; laget på ${seconds(performance.now() - t)})`,
    );
    const week = new Date(T0.getTime() + 7 * 86_400_000);
    const dry3 = await step(db, kommuneId, join(dir, 'next'), true, week);
    console.log(line('3. en uke senere, prøvekjøring', dry3));
    const apply3 = await step(db, kommuneId, join(dir, 'next'), false, week);
    console.log(line('3. en uke senere, skriving', apply3));
    check(
      apply3.result.totals.changed.pupils === moved &&
        apply3.result.totals.leaving.pupils === leaving.size &&
        apply3.result.totals.leaving.staff === gone.size,
      `endringene stemmer ikke: ${JSON.stringify(apply3.result.totals)}`,
    );
    const rss = process.memoryUsage().rss / (1024 * 1024);
    console.log(`Minne (RSS) ved slutt: ${rss.toFixed(0)} MB`);
    return 0;
  } finally {
    await db.close();
    await target.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
