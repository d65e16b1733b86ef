// Session fixation and logout (issue 6 item 8, decision 056): a session id planted in the browser
// before login is never the one after it, a login on top of a session ends the old one, and logout
// ends the session in the database, so a copied cookie is worth nothing afterwards.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/sessions';
import { nextTotpCode, passwordStep, testApp, totpStepRequest } from '../support/app';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';

describeDb('security: session fixation and logout', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let k: TestKommune;
  let address = 0;

  beforeAll(async () => {
    db = await freshDb();
    ({ app } = await testApp(db));
    // Demo users log in with the password alone in demo mode; the second factor is checked at the end.
    k = await createKommune(db, 'sess', { demoUsers: true });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const logIn = (username: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
      headers: cookie ? { cookie } : {},
      remoteAddress: `10.7.0.${++address}`,
    });
  const tokenOf = (res: Awaited<ReturnType<typeof logIn>>) => res.cookies.find((c) => c.name === 'naervaer_sid')?.value;
  const me = (token: string) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `naervaer_sid=${token}` } });
  const sessionRow = (token: string) =>
    db.withContext({ kommuneId: k.id }, (tx) =>
      tx.selectFrom('user_session').select(['ended_at']).where('token_hash', '=', hashToken(token)).executeTakeFirst(),
    );

  it('ignores a session id planted before login and issues a new one', async () => {
    const planted = 'angriperens-egen-okt-id-som-er-lang-nok-til-a-se-ekte-ut';
    const res = await logIn(k.users.kontakt!.username, `naervaer_sid=${planted}`);
    expect(res.statusCode).toBe(200);
    const token = tokenOf(res)!;
    expect(token).toBeDefined();
    expect(token).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(token)).statusCode).toBe(200);
    expect(await sessionRow(planted)).toBeUndefined();
  });

  it('a login on top of a live session gives a new session id and ends the old one', async () => {
    const first = tokenOf(await logIn(k.users.kontakt!.username))!;
    // Another user logs in in the same browser (the first session's cookie goes along).
    const second = tokenOf(await logIn(k.users.rektor!.username, `naervaer_sid=${first}`))!;
    expect(second).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await sessionRow(first))?.ended_at).not.toBeNull();
    expect(((await me(second)).json() as { user: { username: string } }).user.username).toBe(k.users.rektor!.username);
    // The CSRF token is the session's: the new session has a new one.
    const csrfOf = async (token: string) => ((await me(token)).json() as { csrfToken: string }).csrfToken;
    const third = tokenOf(await logIn(k.users.rektor!.username, `naervaer_sid=${second}`))!;
    expect(await csrfOf(third)).not.toBe(
      (
        await db.withContext({ kommuneId: k.id }, (tx) =>
          tx
            .selectFrom('user_session')
            .select('csrf_token')
            .where('token_hash', '=', hashToken(second))
            .executeTakeFirstOrThrow(),
        )
      ).csrf_token,
    );
  });

  it('logout ends the session in the database, so a copied cookie stops working', async () => {
    const login = await logIn(k.users.kontakt!.username);
    const token = tokenOf(login)!;
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    const copied = `naervaer_sid=${token}`;
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: copied, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    // The browser is told to forget it …
    const cleared = out.cookies.find((c) => c.name === 'naervaer_sid');
    expect(cleared?.value ?? '').toBe('');
    // … and the server has ended it, so whoever kept a copy gets nothing.
    expect((await sessionRow(token))?.ended_at).not.toBeNull();
    expect((await me(token)).statusCode).toBe(401);
    const write = await app.inject({
      method: 'POST',
      url: `/api/pupils/${k.pupilIds[0]}/observations`,
      headers: { cookie: copied, 'x-csrf-token': csrf },
      payload: { kind: 'tegn', observedOn: '2026-11-23', description: 'Etter utlogging' },
    });
    expect(write.statusCode).toBe(401);
  });

  it('the second login step gives a new session id, not the pending one', async () => {
    const user = k.users.admin!;
    await db.withContext({ kommuneId: k.id }, (tx) =>
      tx.updateTable('app_user').set({ is_demo: false }).where('id', '=', user.id).execute(),
    );
    const first = await passwordStep(app, user.username, PASSWORD);
    const pending = first.res.cookies.find((c) => c.name === 'naervaer_sid')!.value;
    expect(first.body.secondFactor).toBeDefined();
    // The pending session grants nothing.
    expect(
      (await app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: `naervaer_sid=${pending}` } }))
        .statusCode,
    ).toBe(401);
    const step = await totpStepRequest(app, first.session!, nextTotpCode(app, user.username));
    expect(step.statusCode, step.body).toBe(200);
    const full = step.cookies.find((c) => c.name === 'naervaer_sid')!.value;
    expect(full).not.toBe(pending);
    expect((await me(pending)).statusCode).toBe(401);
    expect((await me(full)).statusCode).toBe(200);
  });
});
