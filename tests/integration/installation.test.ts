// Setting up an installation without SQL (issue 16 item 1, decision 080): the kommune, a school and the
// first accounts are made by the use-cases behind `naervaer kommune|school|user create`; the person sets
// the password through the one-time link (once, within 72 hours), then logs in and enrols the second
// factor. The command line itself runs against the same database at the end.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors';
import type { FixedClock } from '../../src/server/clock';
import { createAccount } from '../../src/server/use-cases/create-account';
import { createKommune } from '../../src/server/use-cases/create-kommune';
import { createSchool } from '../../src/server/use-cases/create-school';
import { passwordProblem } from '../../src/server/use-cases/set-password';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';
import { login, passwordStep, T0, testApp } from '../support/app';

const PUBLIC = 'https://naervaer.ullensaker.example';
const STRONG = 'tre blå hester galopperer';

describeDb('setting up an installation', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let clock: FixedClock;

  beforeAll(async () => {
    db = await freshDb();
    ({ app, clock } = await testApp(db, { NAERVAER_MODE: 'production' }));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  };
  const fragment = (url: string) => new URLSearchParams(new URL(url).hash.slice(1));
  const setPassword = (username: string, token: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/password-setup', payload: { username, token, password } });

  it('makes a kommune and a school, refusing bad and duplicate input with the reason', async () => {
    expect(await createKommune(db, { number: ' 3033 ', name: 'Ullensaker' }, T0)).toMatchObject({
      number: '3033',
      name: 'Ullensaker',
    });
    expect(await refusal(createKommune(db, { number: '3033', name: 'Ullensaker igjen' }, T0))).toBe(
      'Kommune 3033 finnes allerede (Ullensaker).',
    );
    expect(await refusal(createKommune(db, { number: '303', name: 'Feil' }, T0))).toContain('fire sifre');
    expect(
      await createSchool(db, { kommune: '3033', name: 'Nordby skole', firstTrinn: 1, lastTrinn: 7 }, T0),
    ).toMatchObject({ name: 'Nordby skole' });
    expect(
      await refusal(createSchool(db, { kommune: '3033', name: 'Nordby skole', firstTrinn: 1, lastTrinn: 7 }, T0)),
    ).toBe('Ullensaker har allerede en skole som heter «Nordby skole».');
    expect(
      await refusal(createSchool(db, { kommune: '3033', name: 'Sørby skole', firstTrinn: 8, lastTrinn: 7 }, T0)),
    ).toContain('fra 1 til 10');
    expect(
      await refusal(createSchool(db, { kommune: '9999', name: 'Sørby skole', firstTrinn: 1, lastTrinn: 7 }, T0)),
    ).toContain('Fant ingen kommune med nummer «9999»');
  });

  let link = '';
  it('makes an account without a password, with a one-time link in the fragment that expires in 72 hours', async () => {
    expect(
      await refusal(
        createAccount(
          db,
          { kommune: '3033', username: 'kari.nordmann', displayName: 'Kari Nordmann', role: 'skoleledelse' },
          T0,
          PUBLIC,
        ),
      ),
    ).toContain('oppgi --school');
    expect(
      await refusal(
        createAccount(
          db,
          {
            kommune: '3033',
            username: 'kari.nordmann',
            displayName: 'Kari Nordmann',
            role: 'kontaktlaerer',
            school: 'Nordby skole',
          },
          T0,
          PUBLIC,
        ),
      ),
    ).toContain('kan ikke gis herfra');
    expect(
      await refusal(
        createAccount(
          db,
          {
            kommune: '3033',
            username: 'kari.nordmann',
            displayName: 'Kari Nordmann',
            role: 'admin',
            school: 'Sørby skole',
          },
          T0,
          PUBLIC,
        ),
      ),
    ).toBe('Ullensaker har ingen skole som heter «Sørby skole».');
    const made = await createAccount(
      db,
      {
        kommune: '3033',
        username: 'Kari.Nordmann',
        displayName: 'Kari Nordmann',
        role: 'admin',
        school: 'Nordby skole',
      },
      T0,
      PUBLIC,
    );
    expect(made.username).toBe('kari.nordmann');
    expect(made.link.url.startsWith(`${PUBLIC}/sett-passord#`)).toBe(true);
    expect(new URL(made.link.url).search).toBe('');
    expect(made.link.expiresAt.getTime() - T0.getTime()).toBe(72 * 3_600_000);
    expect(fragment(made.link.url).get('bruker')).toBe('kari.nordmann');
    link = made.link.url;
    // Usernames are unique across kommuner, though another kommune's account is invisible.
    await createKommune(db, { number: '3034', name: 'Nes' }, T0);
    expect(
      await refusal(
        createAccount(
          db,
          { kommune: '3034', username: 'KARI.nordmann', displayName: 'Kari Nes', role: 'skoleeier' },
          T0,
          PUBLIC,
        ),
      ),
    ).toBe('Brukernavnet «kari.nordmann» er allerede i bruk.');
    // With no password, the account cannot log in.
    expect((await passwordStep(app, 'kari.nordmann', '')).res.statusCode).toBe(400);
    expect((await passwordStep(app, 'kari.nordmann', STRONG)).res.statusCode).toBe(401);
    const stored = await db.owner.selectFrom('password_setup').select(['token_hash']).execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(fragment(link).get('kode'));
  });

  it('sets the password once with the link: a weak password keeps the link, a wrong code or name is refused alike', async () => {
    const code = fragment(link).get('kode')!;
    const weak = await setPassword('kari.nordmann', code, 'kort');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('minst 12 tegn');
    const withName = await setPassword('kari.nordmann', code, 'kari.nordmann er best');
    expect(withName.json().error.message).toBe('Passordet kan ikke inneholde brukernavnet.');
    const wrongCode = await setPassword('kari.nordmann', `${code.slice(0, -1)}x`, STRONG);
    const wrongName = await setPassword('ola.nordmann', code, STRONG);
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongName.json()).toEqual(wrongCode.json());
    expect(wrongCode.json().error.message).toContain('Lenken er ugyldig, allerede brukt eller utløpt');
    const ok = await setPassword('kari.nordmann', code, STRONG);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ username: 'kari.nordmann' });
    expect((await setPassword('kari.nordmann', code, `${STRONG} igjen`)).statusCode).toBe(401);
    // A production account: the password, then enrolment of the authenticator app.
    const first = await passwordStep(app, 'kari.nordmann', STRONG);
    expect(first.body.secondFactor?.kind).toBe('enrol');
    const full = await login(app, 'kari.nordmann', STRONG, undefined, '10.7.0.1');
    expect(full.res.statusCode, full.res.body).toBe(200);
    expect(full.res.json().user.roles).toEqual([
      expect.objectContaining({ role: 'administrator', schoolName: 'Nordby skole' }),
    ]);
  });

  it('refuses a link after 72 hours, and a newer link ends the older one', async () => {
    const first = await createAccount(
      db,
      { kommune: '3033', username: 'eier', displayName: 'Eva Eier', role: 'skoleeier' },
      clock.now(),
      PUBLIC,
    );
    clock.advance(72 * 3_600_000 + 1);
    expect((await setPassword('eier', fragment(first.link.url).get('kode')!, STRONG)).statusCode).toBe(401);
    const { issuePasswordSetup } = await import('../../src/server/installation/password-setup');
    const user = await db.owner
      .selectFrom('app_user')
      .select(['id', 'kommune_id'])
      .where('username', '=', 'eier')
      .executeTakeFirstOrThrow();
    const again = await db.withContext({ kommuneId: user.kommune_id }, (tx) =>
      issuePasswordSetup(tx, { id: user.id, kommuneId: user.kommune_id, username: 'eier' }, clock.now(), PUBLIC),
    );
    const newest = await db.withContext({ kommuneId: user.kommune_id }, (tx) =>
      issuePasswordSetup(tx, { id: user.id, kommuneId: user.kommune_id, username: 'eier' }, clock.now(), PUBLIC),
    );
    expect((await setPassword('eier', fragment(again.url).get('kode')!, STRONG)).statusCode).toBe(401);
    expect((await setPassword('eier', fragment(newest.url).get('kode')!, STRONG)).statusCode).toBe(200);
  });

  it('audits every step, without the token', async () => {
    const rows = await db.owner
      .selectFrom('audit_log')
      .select(['action', 'role', 'user_id', 'details', 'organisation'])
      .where('action', 'like', 'installation.%')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'installation.kommune.create',
      'installation.school.create',
      'installation.user.create',
      'installation.kommune.create',
      'installation.user.create',
    ]);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['drift']));
    const set = await db.owner
      .selectFrom('audit_log')
      .select(['role', 'user_id'])
      .where('action', '=', 'account.password.set')
      .execute();
    expect(set).toHaveLength(2);
    expect(set[0]).toMatchObject({ role: 'administrator' });
    expect(JSON.stringify(await db.owner.selectFrom('audit_log').selectAll().execute())).not.toMatch(/kode=/);
  });

  it('makes the kommune-wide administrator when admin is given without a school (decision 111)', async () => {
    const made = await createAccount(
      db,
      { kommune: '3033', username: 'ola.drift', displayName: 'Ola Drift', role: 'admin' },
      T0,
      PUBLIC,
    );
    const user = await db.owner
      .selectFrom('app_user')
      .select('kind')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const roles = await db.owner
      .selectFrom('role_assignment')
      .select(['role', 'school_id'])
      .where('user_id', '=', made.id)
      .execute();
    expect(user.kind).toBe('municipal');
    expect(roles).toEqual([{ role: 'administrator', school_id: null }]);
  });

  it('passwords: length and variety, never the username', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'kari')).toBe('Passordet har for få forskjellige tegn.');
    expect(passwordProblem('Nordlys over Tromsø', 'kari')).toBeNull();
  });

  it('runs from the command line, printing the link only to standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-setup-cli-'));
    const server = dbTarget.kind === 'postgres' ? await freshDb() : undefined;
    const extra = server ? { DATABASE_URL: server.url } : {};
    const env = {
      ...process.env,
      NAERVAER_DATA_DIR: join(dir, 'data'),
      NAERVAER_MODE: 'production',
      NAERVAER_PUBLIC_URL: PUBLIC,
      LOG_LEVEL: 'silent',
      ...extra,
    };
    delete (env as Record<string, string | undefined>).NAERVAER_NOW;
    const cli = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/naervaer.js', ...args], { env });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    };
    try {
      expect(await cli('kommune', 'create', '--number', '3033', '--name', 'Ullensaker')).toMatchObject({
        code: 0,
        stdout: 'Kommune 3033 Ullensaker er laget.\n',
      });
      expect(
        await cli('school', 'create', '--kommune', '3033', '--name', 'Nordby skole', '--trinn', '1-7'),
      ).toMatchObject({ code: 0, stdout: 'Skolen Nordby skole er laget.\n' });
      const bad = await cli('school', 'create', '--kommune', '3033', '--name', 'Sørby skole', '--trinn', 'alle');
      expect(bad).toMatchObject({ code: 1, stdout: '' });
      expect(bad.stderr).toContain('--trinn må være «fra-til»');
      const user = await cli(
        'user',
        'create',
        '--kommune',
        '3033',
        '--username',
        'kari',
        '--name',
        'Kari Nordmann',
        '--role',
        'admin',
        '--school',
        'Nordby skole',
      );
      expect(user.code, user.stderr).toBe(0);
      expect(user.stdout).toMatch(
        new RegExp(
          `^Brukeren kari er laget\\.\\n\\nEngangslenke for å sette passord \\(gyldig til .+\\):\\n${PUBLIC.replaceAll('.', '\\.')}/sett-passord#bruker=kari&kode=[\\w-]{43}\\n$`,
        ),
      );
      expect(user.stderr).toBe('');
      expect((await cli('user', 'create', '--kommune', '3033')).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server?.drop();
    }
  }, 120_000);
});
