// `npx naervaer import` (and `audit verify` on what it wrote) end to end on a database with the demo (a PGlite directory, or a fresh database on
// the PostgreSQL server): bad rows → exit 2, one
// `linje N: felt: årsak` per bad row on stderr, nothing imported; a good file → exit 0; again → nothing new.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb } from '../../src/db/create-db';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';

const run = promisify(execFile);
describeDb('naervaer import (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-import-cli-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    NAERVAER_DATA_DIR: join(dir, 'data'),
    NAERVAER_NOW: '2026-11-24',
    LOG_LEVEL: 'silent',
  };
  let server: TestDb | undefined;
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/naervaer.js', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  beforeAll(async () => {
    if (dbTarget.kind === 'postgres') {
      server = await freshDb();
      env.DATABASE_URL = server.url;
    }
    expect((await cli('demo')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server?.drop();
  });

  const header = 'student_id;date;kind;subject;period;minutes;documented;reason';
  const school = ['--user', 'admin', '--school', 'Nærvik ungdomsskole'];

  it('refuses a file with bad rows, listing each, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        header,
        'NU-0281;2026-11-23;day;;;;false;',
        'NU-0281;2026-11-22;day;;;;false;',
        'NU-9999;2026-11-23;late;;1;5;false;',
      ].join('\n'),
    );
    const res = await cli('import', ...school, file);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toEqual([
      'linje 3: date: ikke en skoledag: 22.11.2026 er en søndag',
      'linje 4: student_id: ukjent elev «NU-9999» ved skolen',
    ]);
  }, 60_000);

  it('imports a good file once', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      [header, 'NU-0281;2026-11-23;day;;;;false;', 'NU-0282;2026-11-23;late;;1;10;false;'].join('\n'),
    );
    const first = await cli('import', ...school, file);
    expect(first).toMatchObject({ code: 0, stdout: 'Importert: 2 nye registreringer (0 fantes fra før).\n' });
    const second = await cli('import', ...school, file);
    expect(second.stdout).toBe('Importert: 0 nye registreringer (2 fantes fra før).\n');
  }, 60_000);

  it('is refused for a user who is not leadership at the school', async () => {
    const res = await cli(
      'import',
      '--user',
      'kontaktlaerer',
      '--school',
      'Nærvik ungdomsskole',
      join(dir, 'good.csv'),
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/ikke rett til å importere/);
  }, 60_000);

  it('audit verify: the chain the imports wrote is whole, and a changed row is reported with exit 1', async () => {
    // The command line has no server sealing in the background: --seal chains what the imports wrote first.
    const ok = await cli('audit', 'verify', '--seal');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Nærvik kommune: \d+ forseglede rader, kjeden er hel\.$/m);
    // Someone with database access rewrites a row behind the application's back.
    const db = await createDb({ databaseUrl: server?.url, dataDir: join(dir, 'data') });
    try {
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db.owner);
      await sql`update audit_log set action = 'ingenting' where id = (select min(id) from audit_log)`.execute(db.owner);
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db.owner);
    } finally {
      await db.close();
    }
    const bad = await cli('audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/rad \d+: innholdet stemmer ikke med hashen/);
  }, 60_000);
});
