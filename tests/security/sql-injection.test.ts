// SQL injection (issue 6 item 8, decision 056): every string the API takes — path and query parameters
// and every string field of every body, read from /api/openapi.json at run time — gets SQL-ish text.
// The answer is a clean 2xx or 4xx, never a 500; afterwards every table is there with its rows, and
// text that was stored comes back exactly as sent.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { TENANT_TABLES } from '../../src/db/schema';
import { describeDb } from '../support/db';
import { setAt, stringPaths, takesString } from './support/openapi';
import { requestFor } from './support/requests';
import { send, useSecurityWorld } from './support/world';

export const SQL_PAYLOADS = [
  "'; drop table pupil; --",
  "' or '1'='1",
  '" or ""="',
  '\u2019; drop table pupil; --\u201d',
  '1); delete from pupil where (1=1',
  "\\'; select pg_sleep(0); --",
];

/** Operations whose strings are not probed, and why. */
const NOT_PROBED: Record<string, string> = {
  'POST /api/auth/logout': 'would end the session the rest of the test uses (and takes no strings)',
};

describeDb('security: SQL-ish text in every string input', () => {
  const t = useSecurityWorld();

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of ['pupil', 'class', 'school', 'app_user', 'kommune', 'guardian']) {
      out[table] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db.owner))
        .rows[0]!.n;
    }
    return out;
  };

  it('answers 2xx or 4xx, never 500, and drops nothing', async () => {
    const before = await counts();
    const failures: string[] = [];
    let sent = 0;
    for (const op of t.ops) {
      if (NOT_PROBED[op.key]) continue;
      const base = requestFor(op, t.world);
      const [path, query = ''] = base.url.split('?');
      const variants: { where: string; url: string; payload: unknown }[] = [];
      for (const p of op.parameters) {
        if (!takesString(p.schema)) continue;
        for (const payload of SQL_PAYLOADS) {
          if (p.in === 'path') {
            // The fixture's value for this parameter is the one segment that differs from the template.
            const template = op.path.split('/');
            const segments = path!
              .split('/')
              .map((seg, i) => (template[i] === `{${p.name}}` ? encodeURIComponent(payload) : seg));
            variants.push({
              where: `path:${p.name}`,
              url: `${segments.join('/')}${query ? `?${query}` : ''}`,
              payload: base.payload,
            });
          } else if (p.in === 'query') {
            const params = new URLSearchParams(query);
            params.set(p.name, payload);
            variants.push({ where: `query:${p.name}`, url: `${path}?${params.toString()}`, payload: base.payload });
          }
        }
      }
      const jsonBody = base.payload === undefined || typeof base.payload === 'object';
      if (op.body && jsonBody) {
        for (const at of stringPaths(op.body, base.payload)) {
          for (const payload of SQL_PAYLOADS)
            variants.push({ where: `body:${at.join('.')}`, url: base.url, payload: setAt(base.payload, at, payload) });
        }
      }
      for (const v of variants) {
        // Logging in with a session cookie would end that session: the login steps go without one.
        const res = await send(t.app, op.key.startsWith('POST /api/auth/') ? undefined : t.world.sessions[base.actor], {
          method: op.method,
          url: v.url,
          payload: v.payload,
          headers: base.headers,
        });
        sent++;
        if (res.statusCode >= 500) failures.push(`${op.key} ${v.where}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        // A lost session would make every later probe a harmless 401 and prove nothing.
        if (res.statusCode === 401 && !op.key.startsWith('POST /api/auth/'))
          failures.push(`${op.key} ${v.where}: 401 — økten ble borte underveis`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    // Nothing dropped or emptied: a route may add a row (the users screen makes an account), none may lose one.
    const after = await counts();
    expect(Object.entries(after).filter(([t, n]) => n < before[t]!)).toEqual([]);
    expect(after.pupil).toBe(before.pupil);
    const tables = await sql<{
      table_name: string;
    }>`select table_name from information_schema.tables where table_schema = 'public'`.execute(t.db.owner);
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining([...TENANT_TABLES]));
  }, 300_000);

  it('stores such text as text and gives it back unchanged', async () => {
    const s = t.world.sessions.kontakt;
    const pupilId = t.world.bundles.own.pupilId!;
    for (const payload of SQL_PAYLOADS) {
      const res = await send(t.app, s, {
        method: 'POST',
        url: `/api/pupils/${pupilId}/observations`,
        payload: { kind: 'tegn', observedOn: '2026-11-23', description: payload },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const absence = (await send(t.app, s, { method: 'GET', url: `/api/pupils/${pupilId}/absence` })).json() as {
      observations: { description: string }[];
    };
    expect(absence.observations.map((o) => o.description)).toEqual(expect.arrayContaining(SQL_PAYLOADS));
  });
});
