// A lost database connection does not take the service down (issue 14 item 1, decision 070). The real
// server (`naervaer serve`, demo mode) runs as its own process on a fresh PostgreSQL database; its
// backends are terminated with pg_terminate_backend when it is idle, in the middle of a write, and
// under concurrent load, and then kept out for a while (allow_connections false). The process must
// keep running, every request meanwhile must be answered (503 with the Norwegian message, never a
// reset connection or a 500), the write in flight must leave nothing behind, and everything must work
// again without a restart. PGlite runs inside the process and has no connection to lose.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { unavailableMessage } from '../../src/server/errors';
import { dbTarget, freshDb, type TestDb } from '../support/db';

const APP_NAME = 'naervaer-utfallstest';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Waits for a condition by polling; a bound, not a timed assertion: the message says what never happened. */
async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  tries = 600,
): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Skjedde aldri: ${what}`);
}

type Body = { error?: { code: string; message: string } } & Record<string, unknown>;
type Answer = { status: number; body: Body } | { status: 'reset'; error: string };

describe.skipIf(dbTarget.kind !== 'postgres')(
  'database outage (PostgreSQL only: PGlite runs in the process and cannot lose its connection)',
  () => {
    let db: TestDb;
    /** On the test database: reads rows behind the app's back, holds locks, terminates the app's backends. */
    let admin: pg.Client;
    /** On the server's maintenance database: a database cannot close its doors from the inside. */
    let maintenance: pg.Client;
    let child: ChildProcess;
    let output = '';
    let base = '';
    let cookie = '';
    let csrf = '';
    let classId = '';
    let pupilIds: string[] = [];
    let databaseName = '';

    const alive = () => child.exitCode === null && child.signalCode === null;

    async function call(method: string, path: string, body?: unknown, anonymous = false): Promise<Answer> {
      try {
        const res = await fetch(base + path, {
          method,
          headers: {
            ...(anonymous ? {} : { cookie }),
            ...(method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: text ? (JSON.parse(text) as Body) : {} };
      } catch (error) {
        return { status: 'reset', error: String((error as Error).cause ?? error) };
      }
    }

    const appBackends = async () =>
      Number(
        (
          await admin.query<{ n: string }>(
            'select count(*) as n from pg_stat_activity where datname = $1 and application_name = $2',
            [databaseName, APP_NAME],
          )
        ).rows[0]!.n,
      );

    async function terminateApp(): Promise<number> {
      const res = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2 and pid <> pg_backend_pid()',
        [databaseName, APP_NAME],
      );
      return res.rowCount ?? 0;
    }

    const absencesOf = async (pupilId: string, date: string) =>
      Number(
        (
          await admin.query<{ n: string }>(
            'select count(*) as n from absence_event where pupil_id = $1 and date = $2',
            [pupilId, date],
          )
        ).rows[0]!.n,
      );

    /** A school day before the demo's today on which the pupil has no absence yet. */
    async function freeDay(pupilId: string): Promise<string> {
      const res = await admin.query<{ day: string }>(
        `select to_char(d, 'YYYY-MM-DD') as day from generate_series(date '2026-11-02', date '2026-11-20', interval '1 day') d
        where extract(isodow from d) < 6 and not exists (select 1 from absence_event a where a.pupil_id = $1 and a.date = d::date)
        order by d limit 1`,
        [pupilId],
      );
      return res.rows[0]!.day;
    }

    const lostLines = () => output.match(/Mistet forbindelsen til databasen/g)?.length ?? 0;
    const restoredLines = () => output.match(/Forbindelsen til databasen er tilbake/g)?.length ?? 0;

    beforeAll(async () => {
      db = await freshDb();
      databaseName = new URL(db.url!).pathname.slice(1);
      const url = new URL(db.url!);
      url.searchParams.set('application_name', APP_NAME);
      const port = await freePort();
      const env: Record<string, string> = {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            (e): e is [string, string] =>
              e[1] !== undefined && !e[0].startsWith('NAERVAER_') && e[0] !== 'DATABASE_URL',
          ),
        ),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NAERVAER_MODE: 'demo',
        NAERVAER_NOW: '2026-11-24',
        DATABASE_URL: url.toString(),
      };
      child = spawn(process.execPath, ['bin/naervaer.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      base = `http://127.0.0.1:${port}`;
      await until(
        `serveren startet (${output})`,
        () => {
          if (!alive()) throw new Error(`Serveren stoppet: ${output}`);
          return /kjører på/.test(output);
        },
        2400,
      );

      admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      maintenance = new pg.Client({ connectionString: dbTarget.kind === 'postgres' ? dbTarget.adminUrl : '' });
      await maintenance.connect();

      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'kontaktlaerer', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
      const classes = await call('GET', '/api/classes');
      classId = (classes.status === 200 ? (classes.body.classes as { id: string }[]) : [])[0]!.id;
      const pupils = await call('GET', `/api/classes/${classId}/pupils`);
      pupilIds = (pupils.status === 200 ? (pupils.body.pupils as { id: string }[]) : []).map((p) => p.id);
      expect(pupilIds.length).toBeGreaterThan(3);
    }, 180_000);

    afterAll(async () => {
      await maintenance?.query(`alter database ${databaseName} with allow_connections true`).catch(() => {});
      await maintenance?.end().catch(() => {});
      await admin?.end().catch(() => {});
      if (child && alive()) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await db?.drop();
    });

    it('survives its idle connections being terminated, and reconnects at the next request', async () => {
      expect((await call('GET', '/api/classes')).status).toBe(200);
      expect(await appBackends()).toBeGreaterThan(0);
      expect(await terminateApp()).toBeGreaterThan(0);
      // The pool hears of the loss on its idle connections: before the fix, that event ended the process.
      await until('serveren merket at forbindelsen var borte', () => lostLines() >= 1 || !alive());
      expect(alive(), output).toBe(true);
      expect((await call('GET', '/api/classes')).status).toBe(200);
      expect(await call('GET', '/api/health', undefined, true)).toEqual({
        status: 200,
        body: { status: 'ok', database: 'ok', engine: 'postgres' },
      });
      expect(restoredLines()).toBeGreaterThanOrEqual(1);
    });

    it('answers a write in flight with 503 and leaves nothing of it when its connection is cut', async () => {
      const pupilId = pupilIds[0]!;
      const date = await freeDay(pupilId);
      expect(await absencesOf(pupilId, date)).toBe(0);
      // Hold the audit log so the request stops inside its transaction, after the absence row is written.
      await admin.query('begin');
      await admin.query('lock table audit_log in exclusive mode');
      const pending = call('POST', '/api/absence-events', { pupilId, date, kind: 'day', documented: false });
      await until(
        'forespørselen venter inne i transaksjonen sin',
        async () =>
          Number(
            (
              await admin.query<{ n: string }>(
                "select count(*) as n from pg_stat_activity where datname = $1 and application_name = $2 and wait_event_type = 'Lock'",
                [databaseName, APP_NAME],
              )
            ).rows[0]!.n,
          ) > 0,
      );
      expect(await terminateApp()).toBeGreaterThan(0);
      const answer = await pending;
      await admin.query('rollback');
      expect(answer).toEqual({ status: 503, body: { error: { code: 'unavailable', message: unavailableMessage } } });
      expect(alive(), output).toBe(true);
      // The server rolled the transaction back: no absence, no audit row for it.
      expect(await absencesOf(pupilId, date)).toBe(0);
      const audit = await admin.query(
        "select count(*) as n from audit_log where action = 'absence.create' and pupil_id = $1",
        [pupilId],
      );
      expect(Number(audit.rows[0].n)).toBe(0);
      // And the same write goes through now, once.
      expect(
        (await call('POST', '/api/absence-events', { pupilId, date, kind: 'day', documented: false })).status,
      ).toBe(201);
      expect(await absencesOf(pupilId, date)).toBe(1);
    });

    it('under concurrent load: answers every request (200 or 503), through short cuts and a lasting outage, and recovers without a restart', async () => {
      const outageDay = await freeDay(pupilIds[2]!);
      const seen: Answer[] = [];
      let stop = false;
      const requests = [
        () => call('GET', `/api/classes/${classId}/register?date=2026-11-24`),
        () => call('GET', '/api/alerts'),
        () => call('GET', '/api/auth/me'),
        () => call('GET', `/api/pupils/${pupilIds[1]}/absence`),
      ];
      const workers = Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; !stop; i++) seen.push(await requests[(w + i) % requests.length]!());
      });
      const answered = (n: number) => until(`${n} svar under last`, () => seen.length >= n);

      // Short cuts: terminated three times while the requests keep coming.
      for (let round = 1; round <= 3; round++) {
        await answered(round * 40);
        await terminateApp();
      }
      await answered(200);

      // A lasting outage: no new connections are let in, and the open ones are cut.
      await maintenance.query(`alter database ${databaseName} with allow_connections false`);
      await terminateApp();
      await until('appens forbindelser er borte', async () => (await appBackends()) === 0);
      const during = seen.length;
      await answered(during + 48);
      const write = await call('POST', '/api/absence-events', {
        pupilId: pupilIds[2]!,
        date: outageDay,
        kind: 'day',
        documented: false,
      });
      const health = await call('GET', '/api/health', undefined, true);
      expect(alive(), output).toBe(true);

      // The requests already on their way when the connections went may have finished without the database.
      const outage = seen.slice(during + 8);

      await maintenance.query(`alter database ${databaseName} with allow_connections true`);
      await until(
        'helsesjekken svarer ok igjen',
        async () => (await call('GET', '/api/health', undefined, true)).status === 200,
      );
      const after = seen.length;
      await answered(after + 40);
      stop = true;
      await Promise.all(workers);
      const recovered = seen.slice(after + 8); // requests already on their way when the database came back may still have failed

      const statuses = (list: Answer[]) => [...new Set(list.map((a) => a.status))].sort();
      expect(
        statuses(seen).filter((s) => s !== 200 && s !== 503),
        JSON.stringify(seen.find((a) => a.status !== 200 && a.status !== 503)),
      ).toEqual([]);
      expect(statuses(outage)).toEqual([503]);
      for (const a of outage)
        expect(a.status === 503 && a.body.error).toEqual({ code: 'unavailable', message: unavailableMessage });
      expect(write).toEqual({ status: 503, body: { error: { code: 'unavailable', message: unavailableMessage } } });
      expect(health).toEqual({
        status: 503,
        body: {
          status: 'degraded',
          database: 'unavailable',
          engine: 'postgres',
          error: { code: 'unavailable', message: unavailableMessage },
        },
      });
      expect(recovered.length).toBeGreaterThan(20);
      expect(statuses(recovered)).toEqual([200]);
      expect(await absencesOf(pupilIds[2]!, outageDay)).toBe(0);
      expect(alive(), output).toBe(true);
      expect(output).not.toMatch(/Unhandled|uncaught|ukjent feil/i);
    }, 120_000);
  },
);
