// Set-up for bench:api: a checkout of the version to measure (this one, or an older commit in a git
// worktree), a fresh database (a PostgreSQL database created and dropped here, or a PGlite directory),
// the demo municipality written by that version's own `naervaer demo`, logins for as many class
// teachers as the run needs (more classes cloned from the demo's when it has too few), and the server
// started as a child process whose memory and CPU time can be read.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const exec = promisify(execFile);

export type Version = { label: string; dir: string; commit: string; cleanup(): Promise<void> };

/** This checkout, as it is. */
export async function currentVersion(root: string): Promise<Version> {
  const commit = (await exec('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })).stdout.trim();
  return { label: 'nå', dir: root, commit, cleanup: async () => {} };
}

/** An older commit checked out in a temporary git worktree, with this checkout's node_modules. */
export async function worktreeVersion(root: string, commit: string): Promise<Version> {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-bench-baseline-'));
  rmSync(dir, { recursive: true, force: true });
  await exec('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  const short = (await exec('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir })).stdout.trim();
  return {
    label: 'før',
    dir,
    commit: short,
    cleanup: async () => {
      await exec('git', ['worktree', 'remove', '--force', dir], { cwd: root }).catch(() =>
        rmSync(dir, { recursive: true, force: true }),
      );
    },
  };
}

export type Target =
  | { kind: 'postgres'; url: string; drop(): Promise<void> }
  | { kind: 'pglite'; dataDir: string; drop(): Promise<void> };

/** A fresh, empty database on the server named by `adminUrl`; dropped by drop(). */
export async function freshPostgres(adminUrl: string): Promise<Target> {
  const name = `naervaer_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export function freshPglite(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-bench-pglite-'));
  return {
    kind: 'pglite',
    dataDir: join(dir, 'data'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function serverEnv(target: Target, today: string, port: number): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NAERVAER_MODE: 'demo',
    NAERVAER_NOW: today,
    PORT: String(port),
    HOST: '127.0.0.1',
    // Request logging off in both versions alike: the figures are the application's, not the logger's.
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else env.NAERVAER_DATA_DIR = target.dataDir;
  return env;
}

/** The version's own `naervaer demo`: its migrations and its demo municipality. */
export async function seedDemo(version: Version, target: Target, today: string): Promise<void> {
  await exec(process.execPath, ['bin/naervaer.js', 'demo'], {
    cwd: version.dir,
    env: serverEnv(target, today, 0),
    maxBuffer: 16 * 1024 * 1024,
  });
}

type Queryable = { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>; close(): Promise<void> };

async function openOwner(target: Target): Promise<Queryable> {
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      query: async <R>(text: string, params?: unknown[]) => ({ rows: (await client.query(text, params)).rows as R[] }),
      close: () => client.end(),
    };
  }
  const db = await PGlite.create(target.dataDir);
  return {
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await db.query<R>(text, params)).rows }),
    close: () => db.close(),
  };
}

export type BenchTeacher = { username: string; classId: string };

/**
 * Class teachers who can log in, `count` of them: the demo's class teachers get the demo password (the
 * demo gives a login to one per kommune), and when there are fewer classes than teachers, classes are
 * cloned from the demo's — same school, trinn and timetable, copies of the pupils — each with a teacher
 * of its own. Written as the owner, as the demo seed writes.
 */
export async function prepareTeachers(target: Target, count: number): Promise<BenchTeacher[]> {
  const db = await openOwner(target);
  try {
    const hash = (
      await db.query<{ password_hash: string }>(
        `select password_hash from app_user where username = 'kontaktlaerer' and password_hash is not null`,
      )
    ).rows[0]?.password_hash;
    if (!hash) throw new Error('Fant ikke demobrukeren «kontaktlaerer»: demoen er ikke laget.');
    const existing = (
      await db.query<{ user_id: string; username: string; class_id: string }>(
        `select u.id as user_id, u.username, r.class_id from role_assignment r join app_user u on u.id = r.user_id
       where r.role = 'kontaktlaerer' and r.class_id is not null and u.kind = 'staff' order by u.username`,
      )
    ).rows;
    await db.query(`update app_user set password_hash = $1 where password_hash is null and id = any($2::uuid[])`, [
      hash,
      existing.map((e) => e.user_id),
    ]);
    const teachers: BenchTeacher[] = existing
      .slice(0, count)
      .map((e) => ({ username: e.username, classId: e.class_id }));
    for (let i = 0; teachers.length < count; i++) {
      const source = existing[i % existing.length]!.class_id;
      const classId = randomUUID();
      const userId = randomUUID();
      const username = `benklaerer${i + 1}`;
      await db.query(
        `insert into class (id, kommune_id, school_id, name, trinn, school_year) select $1, kommune_id, school_id, name || ' B' || $2::text, trinn, school_year from class where id = $3`,
        [classId, i + 1, source],
      );
      await db.query(
        `insert into app_user (id, kommune_id, username, display_name, kind, password_hash, is_demo) select $1, kommune_id, $2, 'Benk Lærer ' || $3::text, 'staff', $4, true from class where id = $5`,
        [userId, username, i + 1, hash, classId],
      );
      await db.query(
        `insert into role_assignment (id, kommune_id, user_id, role, school_id, class_id) select $1, kommune_id, $2, 'kontaktlaerer', school_id, id from class where id = $3`,
        [randomUUID(), userId, classId],
      );
      await db.query(
        `insert into timetable_lesson (id, kommune_id, class_id, weekday, period, subject, teacher_id) select gen_random_uuid(), kommune_id, $1, weekday, period, subject, $2 from timetable_lesson where class_id = $3`,
        [classId, userId, source],
      );
      const members = (
        await db.query<{
          kommune_id: string;
          first_name: string;
          last_name: string;
          birth_date: string;
          valid_from: string;
        }>(
          `select p.kommune_id, p.first_name, p.last_name, p.birth_date::text as birth_date, m.valid_from::text as valid_from from class_membership m join pupil p on p.id = m.pupil_id where m.class_id = $1 and m.valid_to is null`,
          [source],
        )
      ).rows;
      for (const m of members) {
        const pupilId = randomUUID();
        await db.query(
          `insert into pupil (id, kommune_id, first_name, last_name, birth_date) values ($1, $2, $3, $4, $5)`,
          [pupilId, m.kommune_id, m.first_name, m.last_name, m.birth_date],
        );
        await db.query(
          `insert into class_membership (id, kommune_id, pupil_id, class_id, valid_from) values ($1, $2, $3, $4, $5)`,
          [randomUUID(), m.kommune_id, pupilId, classId, m.valid_from],
        );
      }
      teachers.push({ username, classId });
    }
    return teachers;
  } finally {
    await db.close();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export type Server = { child: ChildProcess; base: URL; logFile: string; stop(): Promise<void> };

/** `nodeArgs`: options for the server's node (e.g. `--cpu-prof`, `--cpu-prof-dir=…` to profile it). */
export async function startServer(
  version: Version,
  target: Target,
  today: string,
  nodeArgs: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), 'naervaer-bench-log-')), 'server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, 'bin/naervaer.js', 'serve'], {
    cwd: version.dir,
    env: serverEnv(target, today, port),
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const base = new URL(`http://127.0.0.1:${port}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `Serveren (${version.label}) avsluttet under oppstart:\n${readFileSync(logFile, 'utf8').slice(-2000)}`,
      );
    const ok = await fetch(new URL('/api/health', base)).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `Serveren (${version.label}) svarte ikke innen 3 minutter:\n${readFileSync(logFile, 'utf8').slice(-2000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    child,
    base,
    logFile,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export type ProcessUsage = { rssMb: number; maxRssMb: number; cpuSeconds: number };

/** Memory (resident now and peak) and CPU time of a process, from /proc (Linux). */
export function processUsage(pid: number): ProcessUsage {
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMb: kb('VmRSS') / 1024, maxRssMb: kb('VmHWM') / 1024, cpuSeconds: ticks / 100 };
}

/**
 * CPU time of the server database's backends serving this database (a local PostgreSQL server only):
 * what the database spends for the application, beside the application's own process.
 */
export async function databaseCpuSeconds(target: Target): Promise<number> {
  if (target.kind !== 'postgres') return NaN;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const pids = (
      await client.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      )
    ).rows.map((r) => r.pid);
    return pids.reduce((sum, pid) => sum + (processUsage(pid).cpuSeconds || 0), 0);
  } finally {
    await client.end();
  }
}
