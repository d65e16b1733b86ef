// CSRF and caching (issue 6 item 8, decision 056), for every operation in /api/openapi.json at run time.
// Every state-changing request of a logged-in user without the session's x-csrf-token — none, a wrong
// one, another session's — is refused with code 'csrf' before it does anything, and one from another
// site's Origin is refused even with the token. Login takes no token (decision 004), so it is checked
// for what guards it instead: JSON only, and no other site's Origin. Every /api answer says no-store.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { PASSWORD } from '../support/factories';
import { STATE_CHANGING } from './support/openapi';
import { requestFor, type BuiltRequest } from './support/requests';
import { foreignSnapshot, loginAs, useSecurityWorld } from './support/world';

/**
 * Routes that run before a full session exists: login and setting a password with a one-time link take no
 * token, the TOTP step the pending session's (tested below).
 */
const BEFORE_SESSION = new Set(['POST /api/auth/login', 'POST /api/auth/password-setup', 'POST /api/auth/totp']);

const code = (body: string) => {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};

describeDb('security: CSRF tokens and no-store on every route', () => {
  const t = useSecurityWorld();

  const inject = (req: BuiltRequest, headers: Record<string, string>) =>
    t.app.inject({
      method: req.method as 'POST',
      url: req.url,
      headers: { ...req.headers, ...headers },
      ...(req.payload !== undefined ? { payload: req.payload as string } : {}),
    });

  it("refuses every state-changing request without the session's CSRF token, before it changes anything", async () => {
    const changing = t.ops.filter((op) => STATE_CHANGING.has(op.method) && !BEFORE_SESSION.has(op.key));
    expect(changing.length).toBeGreaterThan(20);
    const before = await foreignSnapshot(t.db, t.world);
    const other = await loginAs(t.app, t.world.a.users.rektor!.username);
    const failures: string[] = [];
    for (const op of changing) {
      const req = requestFor(op, t.world);
      const s = t.world.sessions[req.actor];
      const attempts: [string, Record<string, string>][] = [
        ['uten nøkkel', { cookie: s.cookie }],
        ['med feil nøkkel', { cookie: s.cookie, 'x-csrf-token': randomBytes(32).toString('base64url') }],
        ['med en annen økts nøkkel', { cookie: s.cookie, 'x-csrf-token': other.csrf }],
        ['med tom nøkkel', { cookie: s.cookie, 'x-csrf-token': '' }],
      ];
      for (const [how, headers] of attempts) {
        const res = await inject(req, headers);
        if (res.statusCode !== 403 || code(res.body) !== 'csrf') {
          const hint =
            res.statusCode === 400 && !req.fromFixture
              ? ' (forespørselen laget fra skjemaet ble avvist før CSRF-sjekken: legg inn en fixture i tests/security/fixtures.ts)'
              : '';
          failures.push(`${op.key} ${how}: ${res.statusCode} ${res.body.slice(0, 160)}${hint}`);
        }
      }
      // With the token, but from another site.
      const cross = await inject(req, { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'https://angriper.example' });
      if (cross.statusCode !== 403) failures.push(`${op.key} fra en annen nettside: ${cross.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect(await foreignSnapshot(t.db, t.world)).toEqual(before);
    // Nothing was logged out or changed on the actors' own side either: the sessions still work.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: t.world.sessions.kontakt.cookie } }))
        .statusCode,
    ).toBe(200);
  }, 300_000);

  it("the second login step wants the pending session's token", async () => {
    const user = t.world.a.users.eier!;
    await t.db.withContext({ kommuneId: t.world.a.id }, (tx) =>
      tx.updateTable('app_user').set({ is_demo: false }).where('id', '=', user.id).execute(),
    );
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: PASSWORD },
      remoteAddress: '10.8.1.1',
    });
    const body = first.json() as { secondFactor?: unknown; csrfToken: string };
    expect(body.secondFactor).toBeDefined();
    const cookie = `naervaer_sid=${first.cookies.find((c) => c.name === 'naervaer_sid')!.value}`;
    for (const token of [undefined, randomBytes(32).toString('base64url'), t.world.sessions.kontakt.csrf]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/totp',
        headers: { cookie, ...(token ? { 'x-csrf-token': token } : {}) },
        payload: { code: '123456' },
        remoteAddress: '10.8.1.1',
      });
      expect([res.statusCode, code(res.body)]).toEqual([403, 'csrf']);
    }
  });

  // An HTML form can post urlencoded, multipart or text/plain; the first two are refused as media
  // types, and text/plain stays a string that the login schema refuses.
  it('login takes JSON only, and not from another site', async () => {
    const username = t.world.a.users.kontakt!.username;
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=${username}&password=${PASSWORD}`,
      remoteAddress: '10.8.0.1',
    });
    expect(form.statusCode, form.body).toBe(415);
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ username, password: PASSWORD }),
      remoteAddress: '10.8.0.2',
    });
    expect([400, 415], text.body).toContain(text.statusCode);
    const cross = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://angriper.example' },
      payload: { username, password: PASSWORD },
      remoteAddress: '10.8.0.3',
    });
    expect(cross.statusCode).toBe(403);
    expect(cross.cookies.find((c) => c.name === 'naervaer_sid')).toBeUndefined();
  });

  it('answers every /api route with Cache-Control: no-store, logged in or not, success or error', async () => {
    const failures: string[] = [];
    for (const op of t.ops) {
      const req = requestFor(op, t.world);
      // Logging in or out ends the session sent along: those get a session of their own.
      const s = op.key.startsWith('POST /api/auth/')
        ? await loginAs(t.app, t.world.a.users.fag!.username)
        : t.world.sessions[req.actor];
      const asUser = await inject(req, { cookie: s.cookie, 'x-csrf-token': s.csrf });
      const anonymous = await inject(req, {});
      for (const [who, res] of [
        ['innlogget', asUser],
        ['uten innlogging', anonymous],
      ] as const) {
        if (res.headers['cache-control'] !== 'no-store')
          failures.push(`${op.key} ${who} (${res.statusCode}): Cache-Control ${String(res.headers['cache-control'])}`);
      }
    }
    for (const url of ['/api/finnes-ikke', '/api/openapi.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      if (res.headers['cache-control'] !== 'no-store')
        failures.push(`${url}: Cache-Control ${String(res.headers['cache-control'])}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
