// Smaller hardening (issue 14 item 7, review finding F10), for every operation in /api/openapi.json
// where it concerns routes: who is asking is checked before the request is validated, so an anonymous
// caller (or a session still awaiting its code) gets 401 and never field-level details, and a
// logged-in user without the CSRF token gets 403 before validation too; Strict-Transport-Security in
// production mode; a policy on the API docs; a cap on live sessions per user. The cap on consent
// scans is tested with the consent (tests/integration/consent.test.ts), the docs in Chromium in
// docs-csp.browser.test.ts.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DOCS_CSP } from '../../src/server/app';
import { login, passwordStep, testApp, totpStepRequest } from '../support/app';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';
import { operations, STATE_CHANGING, type Operation } from './support/openapi';

/** The routes anyone may call: logging in (with a password or an identity provider) and the health check. */
const PUBLIC = new Set([
  'POST /api/auth/login',
  'POST /api/auth/password-setup',
  'GET /api/health',
  'GET /api/auth/oidc/providers',
  'GET /api/auth/oidc/{provider}/start',
  'GET /api/auth/oidc/callback',
]);
/** Open to a session awaiting its code: the step itself (and its challenge after a provider) and logout. */
const SECOND_FACTOR_STEP = new Set([
  'POST /api/auth/totp',
  'POST /api/auth/logout',
  'GET /api/auth/oidc/second-factor',
  'POST /api/auth/oidc/logout',
]);

/** A request that fails validation everywhere it can: ids that are not ids, queries and a body of the wrong shape. */
function invalid(op: Operation) {
  const path = op.path.replace(/\{\w+\}/g, 'ikke-en-id');
  const query = op.parameters
    .filter((p) => p.in === 'query')
    .map((p) => `${p.name}=${encodeURIComponent('ikke gyldig \u0000')}`)
    .join('&');
  return {
    method: op.method as 'POST',
    url: query ? `${path}?${query}` : path,
    ...(STATE_CHANGING.has(op.method) ? { payload: { uventetFelt: ['ikke', 'gyldig'], dato: '2026-13-45' } } : {}),
  };
}

describeDb('security: hardening', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let k: TestKommune;
  let demo: TestKommune;
  let ops: Operation[];
  let address = 0;
  const fresh = () => `10.50.${(++address >> 8) & 255}.${address & 255}`;

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'herd');
    demo = await createKommune(db, 'herddemo', { demoUsers: true });
    ({ app } = await testApp(db, { NAERVAER_MAX_SESSIONS_PER_USER: '3' }));
    ops = await operations(app);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const errorOf = (body: string) =>
    (JSON.parse(body) as { error: { code: string; message: string; details?: unknown } }).error;
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('answers an anonymous caller 401 on every protected operation, however invalid the request, with no field details', async () => {
    const protectedOps = ops.filter((op) => !PUBLIC.has(op.key));
    expect(protectedOps.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const op of protectedOps) {
      const res = await app.inject(invalid(op));
      const error = errorOf(res.body);
      if (res.statusCode !== 401 || error.code !== 'unauthenticated' || error.details !== undefined)
        failures.push(`${op.key}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers a session awaiting its code 401 on every other operation, however invalid the request', async () => {
    const { session: pending } = await passwordStep(app, k.users.rektor!.username, PASSWORD, undefined, fresh());
    const failures: string[] = [];
    for (const op of ops.filter((o) => !PUBLIC.has(o.key) && !SECOND_FACTOR_STEP.has(o.key))) {
      const res = await app.inject({
        ...invalid(op),
        headers: { cookie: pending!.cookie, 'x-csrf-token': pending!.csrf },
      });
      if (res.statusCode !== 401 || errorOf(res.body).details !== undefined)
        failures.push(`${op.key}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('checks the CSRF token before the body: a logged-in user without it gets 403 csrf, not validation details', async () => {
    const s = (await login(app, demo.users.rektor!.username, PASSWORD, undefined, fresh())).session!;
    const failures: string[] = [];
    for (const op of ops.filter((o) => STATE_CHANGING.has(o.method) && !PUBLIC.has(o.key))) {
      const res = await app.inject({ ...invalid(op), headers: { cookie: s.cookie } });
      if (res.statusCode !== 403 || errorOf(res.body).code !== 'csrf')
        failures.push(`${op.key}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    // With the token, the same user does get the validation details (here: the unknown date's field).
    const res = await app.inject({
      method: 'POST',
      url: '/api/absence-events',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { pupilId: demo.pupilIds[0], date: 'i går', kind: 'day' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (JSON.parse(res.body) as { error: { details: { fields: { field: string }[] } } }).error.details
      .fields;
    expect(fields.map((f) => f.field)).toContain('date');
  });

  it('sends Strict-Transport-Security in production mode only, on the API and the docs', async () => {
    const prod = await testApp(db, { NAERVAER_MODE: 'production' });
    try {
      for (const url of ['/api/health', '/api/auth/me', '/api/docs', '/api/finnes-ikke']) {
        expect((await prod.app.inject({ method: 'GET', url })).headers['strict-transport-security'], url).toBe(
          'max-age=31536000',
        );
        expect((await app.inject({ method: 'GET', url })).headers['strict-transport-security'], url).toBeUndefined();
      }
    } finally {
      await prod.app.close();
    }
  });

  it('serves the API docs with their own content security policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(DOCS_CSP).toMatch(/script-src 'self';/);
    expect(DOCS_CSP).not.toMatch(/unsafe/);
  });

  it('keeps at most the configured number of live sessions per user, ending the oldest first', async () => {
    const username = demo.users.kontakt!.username;
    const sessions = [];
    for (let i = 0; i < 5; i++)
      sessions.push((await passwordStep(app, username, PASSWORD, undefined, fresh())).session!);
    const alive = [];
    for (const s of sessions) alive.push((await me(s.cookie)).statusCode);
    expect(alive).toEqual([401, 401, 200, 200, 200]);
    const open = await db.withContext({ kommuneId: demo.id }, (tx) =>
      tx
        .selectFrom('user_session')
        .select('id')
        .where('user_id', '=', demo.users.kontakt!.id)
        .where('ended_at', 'is', null)
        .execute(),
    );
    expect(open).toHaveLength(3);
  });

  it("caps sessions awaiting their code apart, so someone with only the password cannot push the user's own sessions out", async () => {
    const username = k.users.kontakt!.username;
    const full = [];
    for (let i = 0; i < 3; i++) full.push((await login(app, username, PASSWORD, undefined, fresh())).session!);
    const waiting = [];
    for (let i = 0; i < 5; i++)
      waiting.push((await passwordStep(app, username, PASSWORD, undefined, fresh())).session!);
    for (const s of full) expect((await me(s.cookie)).statusCode).toBe(200);
    // The two oldest waiting sessions were ended: their code step has nothing to finish.
    const steps = [];
    for (const s of waiting) steps.push((await totpStepRequest(app, s, 'abc', fresh())).statusCode);
    expect(steps).toEqual([401, 401, 400, 400, 400]);
  });
});
