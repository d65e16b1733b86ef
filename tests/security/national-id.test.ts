// No national id in URLs or logs (issue 6 item 8, decision 056). The API's paths and parameters, read
// from /api/openapi.json, name pupils by uuid only; and the real server (`naervaer serve` with the demo
// municipalities, logging at info) is used for a school morning's common actions while its output is
// captured — afterwards not one pupil's fødselsnummer, nor any 11-digit number, appears in it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db';
import { DEMO_PASSWORD } from '../../src/server/demo/generate';
import { testApp } from '../support/app';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';
import { operations } from './support/openapi';
import { elevenDigitRuns } from '../support/national-ids';

const NATIONAL_ID_NAME = /f(ø|o|oe)dsels|national|nin\b|fnr|personnummer|personnr|ssn|identitetsnummer|d-?nummer/i;

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

describeDb('security: no national id in URLs or logs', () => {
  let db: TestDb | undefined;

  afterAll(async () => {
    await db?.drop();
  });

  it('the OpenAPI paths and parameters never carry a national id', async () => {
    db = await freshDb();
    const { app } = await testApp(db);
    try {
      const problems: string[] = [];
      for (const op of await operations(app)) {
        if (NATIONAL_ID_NAME.test(op.path)) problems.push(`${op.key}: stien`);
        for (const p of op.parameters) {
          if (NATIONAL_ID_NAME.test(p.name)) problems.push(`${op.key}: parameteren ${p.name}`);
          // An 11-digit pattern in a path or query parameter is a national id by another name.
          if (/\\d\{11\}|\[0-9\]\{11\}/.test(p.schema?.pattern ?? ''))
            problems.push(`${op.key}: ${p.name} har et 11-sifret mønster`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  describe('the server log', () => {
    let child: ChildProcess;
    let output = '';
    let base: string;
    let dataDir: string | undefined;

    beforeAll(async () => {
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
        LOG_LEVEL: 'info',
        NAERVAER_MODE: 'demo',
        NAERVAER_NOW: '2026-11-24',
      };
      if (dbTarget.kind === 'postgres') {
        db ??= await freshDb();
        env.DATABASE_URL = db.url!;
      } else {
        dataDir = mkdtempSync(join(tmpdir(), 'naervaer-logg-'));
        env.NAERVAER_DATA_DIR = dataDir;
      }
      child = spawn(process.execPath, ['bin/naervaer.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 600; i++) {
        if (/kjører på/.test(output)) return;
        if (child.exitCode !== null) throw new Error(`Serveren stoppet: ${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Serveren startet ikke: ${output}`);
    }, 120_000);
    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it("holds no pupil's national id after the common actions", async () => {
      let cookie = '';
      let csrf = '';
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(base + path, {
          method,
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const set = res.headers.get('set-cookie');
        if (set?.startsWith('naervaer_sid=')) cookie = set.split(';')[0]!;
        const type = res.headers.get('content-type') ?? '';
        return {
          status: res.status,
          json: (type.includes('json') ? await res.json() : await res.arrayBuffer()) as Record<string, unknown>,
        };
      };
      // A wrong password, then the contact teacher's morning.
      expect(
        (await call('POST', '/api/auth/login', { username: 'kontaktlaerer', password: 'feil-passord' })).status,
      ).toBe(401);
      const login = await call('POST', '/api/auth/login', { username: 'kontaktlaerer', password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      csrf = login.json.csrfToken as string;
      await call('GET', '/api/auth/me');
      const classes = (await call('GET', '/api/classes')).json.classes as { id: string; schoolId: string }[];
      const classId = classes[0]!.id;
      const pupils = (await call('GET', `/api/classes/${classId}/pupils`)).json.pupils as { id: string }[];
      await call('GET', `/api/classes/${classId}/register?date=2026-11-24`);
      const pupilId = pupils[0]!.id;
      expect(
        (await call('POST', '/api/absence-events', { pupilId, date: '2026-11-24', kind: 'day', documented: false }))
          .status,
      ).toBe(201);
      await call('GET', `/api/pupils/${pupilId}/absence`);
      await call('POST', `/api/pupils/${pupilId}/contacts`, {
        contactedAt: '2026-11-24T08:30:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: 'Ringte hjem',
      });
      await call('POST', `/api/pupils/${pupilId}/observations`, {
        kind: 'tegn',
        observedOn: '2026-11-24',
        description: 'Trøtt',
      });
      const alerts = (await call('GET', '/api/alerts')).json.alerts as { id: string }[];
      if (alerts[0]) await call('POST', `/api/alerts/${alerts[0].id}/letter`, {});
      const cases = (await call('GET', '/api/cases')).json.cases as { id: string }[];
      for (const c of cases.slice(0, 2)) await call('GET', `/api/cases/${c.id}`);
      await call('GET', `/api/pupils/${pupilId}/file`);
      await call('GET', '/api/tasks/mine');
      await call('GET', `/api/pupils/${pupils[1]!.id}/absence`);
      // Mistakes are logged too: a bad request, an unknown id, a path that does not exist.
      await call('POST', '/api/absence-events', { pupilId, date: 'i går', kind: 'day' });
      await call('GET', '/api/pupils/00000000-0000-4000-8000-000000000000/absence');
      await call('GET', '/api/finnes-ikke');
      expect((await call('POST', '/api/auth/logout', {})).status).toBe(204);
      expect(output).toMatch(/"url":"\/api\/classes/);

      // Every pupil's national id, read from the database the server used.
      const stopped = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await stopped;
      let reader: Db = db!;
      if (dataDir) reader = await createDb({ dataDir });
      const ids = await reader.owner.selectFrom('pupil').select('national_id').execute();
      if (dataDir) await reader.close();
      expect(ids.filter((r) => r.national_id).length).toBeGreaterThan(100);
      const found = ids.map((r) => r.national_id).filter((id): id is string => !!id && output.includes(id));
      expect(found).toEqual([]);
      expect(elevenDigitRuns(output)).toEqual([]);
    }, 120_000);
  });
});
