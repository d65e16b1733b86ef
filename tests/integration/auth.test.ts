import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';
import { login, testApp } from '../support/app';
import type { FixedClock } from '../../src/server/clock';
import { hashPassword } from '../../src/server/auth/password';

describeDb('authentication', () => {
  let db: TestDb;
  let k: TestKommune;
  let demo: TestKommune;
  let app: FastifyInstance;
  let clock: FixedClock;

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'auth');
    demo = await createKommune(db, 'demo', { demoUsers: true });
    ({ app, clock } = await testApp(db));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('hashes passwords with argon2id', async () => {
    expect(await hashPassword('x', 'cheap')).toMatch(/^\$argon2id\$/);
  });

  it('logs in with the right password and answers /me', async () => {
    const { res, session } = await login(app, k.users.kontakt!.username, PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'naervaer_sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const who = await me(session!.cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({
      username: k.users.kontakt!.username,
      kind: 'staff',
      roles: [{ role: 'kontaktlaerer', className: '9A' }],
    });
    expect(who.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password and an unknown user with the same Norwegian message', async () => {
    const wrong = await login(app, k.users.rektor!.username, 'feil');
    const unknown = await login(app, 'finnes-ikke', 'feil');
    expect(wrong.res.statusCode).toBe(401);
    expect(unknown.res.statusCode).toBe(401);
    expect(wrong.body.error).toEqual({ code: 'unauthenticated', message: 'Feil brukernavn eller passord.' });
    expect(unknown.body.error).toEqual(wrong.body.error);
  });

  it('locks the account after five failures, even for the right password, until the lock expires', async () => {
    const username = k.users.eier!.username;
    for (let i = 0; i < 4; i++) expect((await login(app, username, 'feil')).res.statusCode).toBe(401);
    const fifth = await login(app, username, 'feil');
    expect(fifth.res.statusCode).toBe(423);
    expect(fifth.body.error?.message).toMatch(/midlertidig låst/);
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(423);
    clock.advance(16 * 60_000);
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(200);
  });

  it('ends a session after the idle timeout', async () => {
    const { session } = await login(app, k.users.kontakt!.username, PASSWORD);
    clock.advance(29 * 60_000);
    expect((await me(session!.cookie)).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    const expired = await me(session!.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toBe('Økten er utløpt. Logg inn på nytt.');
    clock.advance(-31 * 60_000);
    expect((await me(session!.cookie)).statusCode).toBe(401);
  });

  it('ends a session after the absolute timeout, however active', async () => {
    const { session } = await login(app, k.users.kontakt!.username, PASSWORD);
    for (let h = 0; h < 12 * 3; h++) {
      clock.advance(20 * 60_000);
      expect((await me(session!.cookie)).statusCode).toBe(200);
    }
    clock.advance(20 * 60_000);
    expect((await me(session!.cookie)).statusCode).toBe(401);
  });

  it('gives a new session id at login and ends the old one', async () => {
    const first = await login(app, k.users.kontakt!.username, PASSWORD);
    const second = await login(app, k.users.kontakt!.username, PASSWORD, first.session!.cookie);
    expect(second.session!.cookie).not.toBe(first.session!.cookie);
    expect((await me(first.session!.cookie)).statusCode).toBe(401);
    expect((await me(second.session!.cookie)).statusCode).toBe(200);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const { session } = await login(app, k.users.kontakt!.username, PASSWORD);
    const none = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session!.cookie } });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('csrf');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session!.cookie, 'x-csrf-token': 'feil' },
    });
    expect(bad.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session!.cookie, 'x-csrf-token': session!.csrf },
    });
    expect(ok.statusCode).toBe(204);
    expect((await me(session!.cookie)).statusCode).toBe(401);
  });

  it('guards login with the JSON content type and the Origin check', async () => {
    const form = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: `username=${k.users.kontakt!.username}&password=${PASSWORD}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.message).toMatch(/JSON/);
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: k.users.kontakt!.username, password: PASSWORD },
      headers: { origin: 'https://ond.example' },
    });
    expect(foreign.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: k.users.kontakt!.username, password: PASSWORD },
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(own.statusCode).toBe(200);
  });

  it('says which field is wrong when the body is incomplete', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    // The field is named in details, where the web app puts its Norwegian label; the message is for people.
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('password');
  });

  it('refuses demo logins in production mode, and accepts them in demo mode', async () => {
    expect((await login(app, demo.users.kontakt!.username, PASSWORD)).res.statusCode).toBe(200);
    const prod = await testApp(db, { NAERVAER_MODE: 'production' });
    try {
      const res = await login(prod.app, demo.users.kontakt!.username, PASSWORD);
      expect(res.res.statusCode).toBe(403);
      expect(res.body.error?.message).toMatch(/Demobrukere/);
      expect((await login(prod.app, k.users.rektor!.username, PASSWORD)).res.statusCode).toBe(200);
    } finally {
      await prod.app.close();
    }
  });

  it('rate-limits login attempts from one address', async () => {
    const limited = await testApp(db);
    try {
      const codes: number[] = [];
      for (let i = 0; i < 11; i++)
        codes.push((await login(limited.app, i < 4 ? 'finnes-ikke' : `finnes-ikke-${i}`, 'x')).res.statusCode);
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes[10]).toBe(429);
    } finally {
      await limited.app.close();
    }
  });
});
