// Account security (decision 052): TOTP as the second login step, lock-out counting wrong codes too,
// idle expiry, disabling an account, and the review list of unused accounts — all through the HTTP API.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';
import { login, nextTotpCode, passwordStep, testApp, totpStepRequest, type Session } from '../support/app';
import type { FixedClock } from '../../src/server/clock';
import { totpCode } from '../../src/server/auth/totp';

describeDb('account security', () => {
  let db: TestDb;
  let k: TestKommune;
  let other: TestKommune;
  let demo: TestKommune;
  let app: FastifyInstance;
  let clock: FixedClock;

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'sikker');
    other = await createKommune(db, 'annen');
    demo = await createKommune(db, 'demosikker', { demoUsers: true });
    ({ app, clock } = await testApp(db));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = (url: string, s: Session | string) =>
    app.inject({ method: 'GET', url, headers: { cookie: typeof s === 'string' ? s : s.cookie } });
  const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: unknown) =>
    app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: payload as object });
  // The per-address limit (10 attempts a minute) is not under test here: each test starts a minute later.
  beforeEach(() => clock.advance(61_000));
  const userRow = (kommuneId: string, userId: string) =>
    db.withContext({ kommuneId }, (tx) =>
      tx
        .selectFrom('app_user')
        .select(['totp_secret', 'totp_last_step', 'last_login_at', 'failed_logins', 'locked_until', 'disabled_at'])
        .where('id', '=', userId)
        .executeTakeFirstOrThrow(),
    );

  it('enrols at first login: a secret and otpauth URI, confirmed with one code, then a new full session', async () => {
    const username = k.users.rektor!.username;
    const first = await passwordStep(app, username, PASSWORD);
    expect(first.res.statusCode).toBe(200);
    const challenge = first.body.secondFactor;
    expect(challenge?.kind).toBe('enrol');
    if (challenge?.kind !== 'enrol') throw new Error('ventet registrering');
    expect(challenge.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(challenge.otpauthUri).toBe(
      `otpauth://totp/N%C3%A6rv%C3%A6r:${username}?secret=${challenge.secret}&issuer=N%C3%A6rv%C3%A6r&algorithm=SHA1&digits=6&period=30`,
    );
    expect('user' in first.body).toBe(false);
    // Not the account's secret until confirmed.
    expect((await userRow(k.id, k.users.rektor!.id)).totp_secret).toBeNull();

    const pending = first.session!;
    const wrong = await totpStepRequest(
      app,
      pending,
      '000000' === totpCode(challenge.secret, clock.now()) ? '111111' : '000000',
    );
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('Feil engangskode. Skriv inn koden som vises i autentiseringsappen nå.');
    expect((await totpStepRequest(app, pending, '12345')).statusCode).toBe(400);

    const ok = await totpStepRequest(app, pending, totpCode(challenge.secret, clock.now()));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ username, roles: [{ role: 'skoleledelse' }] });
    const full = ok.cookies.find((c) => c.name === 'naervaer_sid')!;
    expect(`naervaer_sid=${full.value}`).not.toBe(pending.cookie);
    expect(full).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect((await get('/api/auth/me', `naervaer_sid=${full.value}`)).statusCode).toBe(200);
    // The waiting session is gone, and the wrong code did not stay counted.
    expect((await get('/api/auth/me', pending)).statusCode).toBe(401);
    const row = await userRow(k.id, k.users.rektor!.id);
    expect(row).toMatchObject({ totp_secret: challenge.secret, failed_logins: 0 });
    expect(new Date(row.last_login_at!).getTime()).toBe(clock.now().getTime());

    // The next login asks for a code only, and the code just used does not work twice.
    const again = await passwordStep(app, username, PASSWORD);
    expect(again.body.secondFactor).toEqual({ kind: 'totp' });
    const replay = await totpStepRequest(app, again.session!, totpCode(challenge.secret, clock.now()));
    expect(replay.statusCode).toBe(401);
    clock.advance(30_000);
    expect((await totpStepRequest(app, again.session!, totpCode(challenge.secret, clock.now()))).statusCode).toBe(200);
  });

  it('grants nothing to a session that awaits its code', async () => {
    const { session: pending, body } = await passwordStep(app, k.users.eier!.username, PASSWORD);
    expect(body.secondFactor?.kind).toBe('enrol');
    const me = await get('/api/auth/me', pending!);
    expect(me.statusCode).toBe(401);
    expect(me.json().error.message).toBe(
      'Innloggingen er ikke fullført. Skriv inn engangskoden fra autentiseringsappen, eller logg inn på nytt.',
    );
    for (const url of ['/api/classes', `/api/classes/${k.classId}/pupils`, '/api/rule-profiles', '/api/users/unused'])
      expect((await get(url, pending!)).statusCode).toBe(401);
    expect((await send('PUT', `/api/rule-profiles/egen-x`, pending!, { definition: {} })).statusCode).toBe(401);
    // The step itself needs the waiting session's CSRF token.
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/totp',
          headers: { cookie: pending!.cookie },
          payload: { code: '123456' },
        })
      ).statusCode,
    ).toBe(403);
    // Without any session, the step has nothing to finish.
    expect((await app.inject({ method: 'POST', url: '/api/auth/totp', payload: { code: '123456' } })).statusCode).toBe(
      401,
    );
  });

  it('offers a new secret if the first was never confirmed, lets the user cancel, and lets the wait expire', async () => {
    const username = k.users.eier!.username;
    const first = await passwordStep(app, username, PASSWORD);
    const second = await passwordStep(app, username, PASSWORD, first.session!.cookie);
    const [a, b] = [first.body.secondFactor, second.body.secondFactor];
    if (a?.kind !== 'enrol' || b?.kind !== 'enrol') throw new Error('ventet registrering');
    expect(b.secret).not.toBe(a.secret);
    // Logging in again ended the first waiting session.
    expect((await totpStepRequest(app, first.session!, totpCode(a.secret, clock.now()))).statusCode).toBe(401);
    expect((await totpStepRequest(app, second.session!, totpCode(a.secret, clock.now()))).statusCode).toBe(401);

    const logout = await send('POST', '/api/auth/logout', second.session!, undefined);
    expect(logout.statusCode).toBe(204);
    expect((await totpStepRequest(app, second.session!, totpCode(b.secret, clock.now()))).statusCode).toBe(401);

    const third = await passwordStep(app, username, PASSWORD);
    if (third.body.secondFactor?.kind !== 'enrol') throw new Error('ventet registrering');
    clock.advance(5 * 60_000 + 1_000);
    const late = await totpStepRequest(app, third.session!, totpCode(third.body.secondFactor.secret, clock.now()));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.message).toBe('Økten er utløpt. Logg inn på nytt.');
    // Two wrong codes above were counted; a full login clears them.
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(200);
    expect((await userRow(k.id, k.users.eier!.id)).failed_logins).toBe(0);
  });

  it('locks the account after five failures, wrong codes counted with wrong passwords, with the same message as for an unknown user', async () => {
    const username = k.users.fag!.username;
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(200); // enrolled
    for (let i = 0; i < 2; i++) expect((await passwordStep(app, username, 'feil')).res.statusCode).toBe(401);
    const { session: pending } = await passwordStep(app, username, PASSWORD);
    for (let i = 0; i < 2; i++) expect((await totpStepRequest(app, pending!, '000000')).statusCode).toBe(401);
    const fifth = await totpStepRequest(app, pending!, '999999');
    expect(fifth.statusCode).toBe(423);
    const message = fifth.json().error.message as string;
    expect(message).toBe(
      'Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om 15 minutter, eller kontakt skolens administrator.',
    );
    // The waiting session ended with the lock; the right password is refused while locked.
    expect((await totpStepRequest(app, pending!, nextTotpCode(app, username))).statusCode).toBe(401);
    const locked = await passwordStep(app, username, PASSWORD);
    expect(locked.res.statusCode).toBe(423);
    expect(locked.body.error?.message).toBe(message);

    // An unknown username answers exactly the same way: no telling which accounts exist.
    clock.advance(61_000);
    const ghost: { status: number; message: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await passwordStep(app, 'finnes-ikke.sikker', 'feil');
      ghost.push({ status: r.res.statusCode, message: r.body.error!.message });
    }
    expect(ghost.map((g) => g.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(ghost[4]!.message).toBe(message);
    expect(ghost[0]!.message).toBe('Feil brukernavn eller passord.');

    clock.advance(16 * 60_000);
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(200);
  });

  it('does not reset the failure count on a right password alone', async () => {
    const username = k.users.helse!.username;
    expect((await login(app, username, PASSWORD)).res.statusCode).toBe(200);
    const firstTry = await passwordStep(app, username, PASSWORD);
    for (let i = 0; i < 4; i++) expect((await totpStepRequest(app, firstTry.session!, '000000')).statusCode).toBe(401);
    const secondTry = await passwordStep(app, username, PASSWORD);
    expect(secondTry.res.statusCode).toBe(200);
    expect((await totpStepRequest(app, secondTry.session!, '000000')).statusCode).toBe(423);
    clock.advance(16 * 60_000);
  });

  it('lets guardians, and demo users in demo mode, log in with a password alone', async () => {
    for (const username of [k.users.forelder!.username, demo.users.kontakt!.username]) {
      const res = await passwordStep(app, username, PASSWORD);
      expect(res.res.statusCode).toBe(200);
      expect(res.body.secondFactor).toBeUndefined();
      expect((await get('/api/auth/me', res.session!)).statusCode).toBe(200);
    }
    const prod = await testApp(db, { NAERVAER_MODE: 'production' });
    try {
      expect((await passwordStep(prod.app, demo.users.rektor!.username, PASSWORD)).res.statusCode).toBe(403);
    } finally {
      await prod.app.close();
    }
  });

  it('ends a session after the configured idle time', async () => {
    const short = await testApp(db, { NAERVAER_SESSION_IDLE_MINUTES: '5' });
    try {
      const { session } = await login(short.app, other.users.kontakt!.username, PASSWORD);
      const me = () => short.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session!.cookie } });
      short.clock.advance(4 * 60_000);
      expect((await me()).statusCode).toBe(200);
      short.clock.advance(4 * 60_000);
      expect((await me()).statusCode).toBe(200);
      short.clock.advance(5 * 60_000 + 1_000);
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.message).toBe('Økten er utløpt. Logg inn på nytt.');
    } finally {
      await short.app.close();
    }
  });

  it("lets an administrator disable a user in their kommune, which ends all the user's sessions at once, audited", async () => {
    const target = k.users.kontakt!;
    const one = (await login(app, target.username, PASSWORD)).session!;
    const two = (await login(app, target.username, PASSWORD)).session!;
    const admin = (await login(app, k.users.admin!.username, PASSWORD)).session!;
    const rektor = (await login(app, k.users.rektor!.username, PASSWORD)).session!;
    const otherAdmin = (await login(app, other.users.admin!.username, PASSWORD)).session!;
    const url = `/api/users/${target.id}/disabled`;

    expect((await send('PUT', url, rektor, { disabled: true })).statusCode).toBe(403);
    expect((await send('PUT', url, otherAdmin, { disabled: true })).statusCode).toBe(404);
    const self = await send('PUT', `/api/users/${k.users.admin!.id}/disabled`, admin, { disabled: true });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toMatch(/din egen konto/);
    expect((await get('/api/auth/me', two)).statusCode).toBe(200);

    const res = await send('PUT', url, admin, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: target.id,
      username: target.username,
      disabledAt: clock.now().toISOString(),
    });
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(2);
    for (const s of [one, two]) expect((await get('/api/classes', s)).statusCode).toBe(401);
    const refused = await passwordStep(app, target.username, PASSWORD);
    expect(refused.res.statusCode).toBe(401);
    expect(refused.body.error?.message).toBe('Feil brukernavn eller passord.');

    const audit = await db.withContext({ kommuneId: k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'entity', 'entity_id'])
        .where('action', 'in', ['user.disable', 'user.enable'])
        .execute(),
    );
    expect(audit).toEqual([
      { action: 'user.disable', user_id: k.users.admin!.id, entity: 'app_user', entity_id: target.id },
    ]);

    expect((await send('PUT', url, admin, { disabled: false })).json()).toMatchObject({
      disabledAt: null,
      sessionsEnded: 0,
    });
    expect((await login(app, target.username, PASSWORD)).res.statusCode).toBe(200);
  });

  it('lets an administrator reset a lost authenticator: sessions end, the next login enrols anew', async () => {
    const target = k.users.helse!;
    const before = (await login(app, target.username, PASSWORD)).session!;
    const admin = (await login(app, k.users.admin!.username, PASSWORD)).session!;
    const rektor = (await login(app, k.users.rektor!.username, PASSWORD)).session!;
    const url = `/api/users/${target.id}/totp`;
    const del = (s: Session) =>
      app.inject({ method: 'DELETE', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect((await del(rektor)).statusCode).toBe(403);
    const res = await del(admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await get('/api/auth/me', before)).statusCode).toBe(401);
    expect((await userRow(k.id, target.id)).totp_secret).toBeNull();
    expect((await passwordStep(app, target.username, PASSWORD)).body.secondFactor?.kind).toBe('enrol');
    const audit = await db.withContext({ kommuneId: k.id }, (tx) =>
      tx.selectFrom('audit_log').select(['entity_id']).where('action', '=', 'user.second-factor.reset').execute(),
    );
    expect(audit).toEqual([{ entity_id: target.id }]);
  });

  it('lists accounts unused for 180 days for administrators, most stale first', async () => {
    clock.advance(181 * 86_400_000);
    const admin = (await login(app, k.users.admin!.username, PASSWORD)).session!;
    const rektor = (await login(app, k.users.rektor!.username, PASSWORD)).session!;
    expect((await get('/api/users/unused', rektor)).statusCode).toBe(403);
    // Disabled accounts are already dealt with.
    expect((await send('PUT', `/api/users/${k.users.fag!.id}/disabled`, admin, { disabled: true })).statusCode).toBe(
      200,
    );

    const res = await get('/api/users/unused', admin);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { days: number; users: { id: string; username: string; lastLoginAt: string | null }[] };
    expect(body.days).toBe(180);
    const names = body.users.map((u) => u.username);
    expect(names).toContain(k.users.kontakt!.username);
    expect(names).toContain(k.users.forelder!.username);
    expect(names).not.toContain(k.users.admin!.username);
    expect(names).not.toContain(k.users.rektor!.username);
    expect(names).not.toContain(k.users.fag!.username);
    expect(names.some((n) => n.endsWith('.annen'))).toBe(false);
    expect(body.users.find((u) => u.username === k.users.kontakt!.username)!.lastLoginAt).not.toBeNull();
  });
});
