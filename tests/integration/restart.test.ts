// npm start: the first start migrates and creates the demo; a restart on the same data directory
// (PGlite) or database (PostgreSQL) keeps everything and creates nothing twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';
import { dbTarget, describeDb, freshDb } from '../support/db';

describeDb('restart on the same database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-restart-'));
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const c of cleanup) await c();
  });

  it('keeps the demo and its sessions across a restart', async () => {
    // On PostgreSQL: an empty, migrated database of its own; on PGlite: a fresh directory on disk.
    const where: Record<string, string> = { NAERVAER_DATA_DIR: dir };
    if (dbTarget.kind === 'postgres') {
      const server = await freshDb();
      cleanup.push(() => server.drop());
      where.DATABASE_URL = server.url!;
    }
    const config = loadConfig({ ...where, PORT: '0', NAERVAER_NOW: '2026-11-24', LOG_LEVEL: 'silent' });
    const logs: string[] = [];
    const first = await startServer(config, (l) => logs.push(l));
    const login = await first.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'kontaktlaerer', password: 'naervaer-demo' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `naervaer_sid=${login.cookies.find((c) => c.name === 'naervaer_sid')!.value}`;
    const classes = (await first.app.inject({ method: 'GET', url: '/api/classes', headers: { cookie } })).json();
    await first.stop();
    expect(logs.join('\n')).toMatch(/Demodata laget: Nærvik kommune \(600 elever\), Nabodal kommune \(100 elever\)/);

    const again: string[] = [];
    const second = await startServer(config, (l) => again.push(l));
    try {
      expect(again).toEqual([]);
      const after = await second.app.inject({ method: 'GET', url: '/api/classes', headers: { cookie } });
      expect(after.statusCode).toBe(200);
      expect(after.json()).toEqual(classes);
      const docs = await second.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toMatch(/html/);
    } finally {
      await second.stop();
    }
  });
});
