// Sign-in with OpenID Connect (issue 16 item 4, decision 084) against real OpenID Providers on 127.0.0.1
// (oidc-provider, certified), never a mock of the protocol: one like Feide (eduPersonPrincipalName), one
// like ID-porten (pid, acr), one like HelseID (private_key_jwt required). A teacher signs in and sees her
// class, a guardian sees only her own child; every refusal (state missing, wrong or replayed; wrong
// nonce, issuer, audience; an expired ID token; an unknown Feide username) goes to the login page with a
// code the page has a Norwegian text for, and leaves an audit row that names no national id.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair } from 'jose';
import type { ClientMetadata } from 'oidc-provider';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nationalIdHash } from '../../src/server/auth/national-id-hash';
import { DEMO_ID_HASH_KEY } from '../../src/server/config';
import type { FixedClock } from '../../src/server/clock';
import { addOidcProviderAsOperator } from '../../src/server/use-cases/save-oidc-provider';
import { PROVIDER_DEFAULTS } from '../../src/contract/oidc';
import { syntheticNationalId } from '../../src/domain/people/national-id';
import { createKommune, type TestKommune } from '../support/factories';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { T0, testApp } from '../support/app';
import { signInAtProvider, startTestProvider, type TestProvider } from '../support/oidc-provider';
import { elevenDigitRuns } from '../support/national-ids';

const PUBLIC = 'https://naervaer.test';
const CALLBACK = `${PUBLIC}/api/auth/oidc/callback`;
const SECRET = 'en-lang-testhemmelighet-for-klienten-naervaer';
const FEIDE_CLAIM = 'https://n.feide.no/claims/eduPersonPrincipalName';
const nb = JSON.parse(readFileSync('src/web/i18n/nb/oidc.json', 'utf8')) as {
  oidc: { errors: Record<string, string> };
};

describeDb('sign-in with OpenID Connect', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let clock: FixedClock;
  let k: TestKommune;
  let feide: TestProvider;
  let idporten: TestProvider;
  let helseid: TestProvider;
  const guardianPid = syntheticNationalId('2001-03-14', 7);
  const teacher = () => k.users.kontakt!.username;

  const client = (extra: Partial<ClientMetadata> = {}): ClientMetadata => ({
    client_id: 'naervaer',
    client_secret: SECRET,
    redirect_uris: [CALLBACK],
    post_logout_redirect_uris: [`${PUBLIC}/logg-inn`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...extra,
  });

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'oidc');
    const helseKey = await generateKeyPair('RS256', { extractable: true });
    const helsePublic = { ...(await exportJWK(helseKey.publicKey)), kid: 'naervaer-helseid', alg: 'RS256', use: 'sig' };
    const helsePrivate = { ...(await exportJWK(helseKey.privateKey)), kid: 'naervaer-helseid', alg: 'RS256' };
    feide = await startTestProvider({
      clients: [client()],
      claims: { 'userid-feide': [FEIDE_CLAIM] },
      accounts: {
        teacher: { claims: { [FEIDE_CLAIM]: teacher() } },
        // Feide MFA, counted as strong by the provider row's amr values.
        'teacher-mfa': { claims: { [FEIDE_CLAIM]: teacher() }, amr: ['pwd', 'mfa'] },
        stranger: { claims: { [FEIDE_CLAIM]: 'ukjent.person@skole.no' } },
        pupil: { claims: { [FEIDE_CLAIM]: 'elev.oidc@skole.no' } },
      },
    });
    idporten = await startTestProvider({
      clients: [client()],
      claims: { profile: ['pid'] },
      acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
      accounts: {
        mother: { claims: { pid: guardianPid }, acr: 'idporten-loa-substantial' },
        unknown: { claims: { pid: syntheticNationalId('2002-11-02', 3) }, acr: 'idporten-loa-high' },
      },
    });
    helseid = await startTestProvider({
      clients: [
        client({
          client_secret: undefined,
          token_endpoint_auth_method: 'private_key_jwt',
          token_endpoint_auth_signing_alg: 'RS256',
          jwks: { keys: [helsePublic] },
        }),
      ],
      claims: { profile: ['username'] },
      accounts: { nurse: { claims: { username: k.users.helse!.username }, acr: 'Level4' } },
    });
    ({ app, clock } = await testApp(db, {
      NAERVAER_PUBLIC_URL: PUBLIC,
      NAERVAER_OIDC_FEIDE_SECRET: SECRET,
      NAERVAER_OIDC_IDPORTEN_SECRET: SECRET,
      NAERVAER_OIDC_HELSEID_KEY: JSON.stringify(helsePrivate),
    }));
    const kommune = { id: k.id, name: 'Testkommune' };
    await addOidcProviderAsOperator(
      db,
      kommune,
      {
        slug: 'feide-test',
        name: 'Feide',
        kind: 'feide',
        issuer: feide.issuer,
        clientId: 'naervaer',
        secretRef: 'NAERVAER_OIDC_FEIDE_SECRET',
        strongAmr: ['mfa'],
        // Feide lets the pupils sign in to their own page by default (decisions 184, 205).
        roles: [...PROVIDER_DEFAULTS.feide.roles],
      },
      T0,
    );
    await addOidcProviderAsOperator(
      db,
      kommune,
      {
        slug: 'idporten-test',
        name: 'ID-porten',
        kind: 'idporten',
        issuer: idporten.issuer,
        clientId: 'naervaer',
        secretRef: 'NAERVAER_OIDC_IDPORTEN_SECRET',
      },
      T0,
    );
    await addOidcProviderAsOperator(
      db,
      kommune,
      {
        slug: 'helseid-test',
        name: 'HelseID',
        kind: 'helseid',
        issuer: helseid.issuer,
        clientId: 'naervaer',
        secretRef: 'NAERVAER_OIDC_HELSEID_KEY',
        scopes: 'openid profile',
        identityClaim: 'username',
        strongAcr: ['Level4'],
      },
      T0,
    );
    // A guardian from the roster, with her national id only as its keyed hash, and no account yet.
    await db.withContext({ kommuneId: k.id }, async (tx) => {
      // A pupil's own account, its username the pupil's Feide id (decision 184).
      const pupilUser = randomUUID();
      await tx
        .insertInto('app_user')
        .values({
          id: pupilUser,
          kommune_id: k.id,
          username: 'elev.oidc@skole.no',
          display_name: 'Elev Oidc',
          kind: 'pupil',
          password_hash: null,
          totp_secret: null,
          oidc_subject: null,
        })
        .execute();
      await tx.updateTable('pupil').set({ user_id: pupilUser }).where('id', '=', k.pupilIds[2]!).execute();
      const guardianId = randomUUID();
      await tx
        .insertInto('guardian')
        .values({
          id: guardianId,
          kommune_id: k.id,
          first_name: 'Mor',
          last_name: 'Testesen',
          phone: null,
          email: null,
          user_id: null,
          national_id_hash: nationalIdHash(guardianPid, DEMO_ID_HASH_KEY),
        })
        .execute();
      await tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: k.id, guardian_id: guardianId, pupil_id: k.pupilIds[1]! })
        .execute();
    });
  });

  // openid-client judges tokens and signs its client assertions on Nærvær's wall clock, which in the test
  // app is the test clock: it stands at the real time while signing in.
  beforeEach(() => clock.set(new Date()));

  afterAll(async () => {
    await app?.close();
    await Promise.all([feide?.close(), idporten?.close(), helseid?.close()]);
    await db?.drop();
  });

  /** Start at Nærvær, sign in at the provider as `account`; returns the callback to call (and the state cookie). */
  async function startAt(slug: string, account: string) {
    const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/${slug}/start` });
    expect(start.statusCode).toBe(303);
    const stateCookie = start.cookies.find((c) => c.name === 'naervaer_oidc_state')!;
    expect(stateCookie.httpOnly).toBe(true);
    const authorization = new URL(start.headers.location as string);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    return { authorization, stateCookie: `naervaer_oidc_state=${stateCookie.value}`, account };
  }

  async function callback(callbackUrl: URL, cookie: string | undefined) {
    const res = await app.inject({
      method: 'GET',
      url: `${callbackUrl.pathname}${callbackUrl.search}`,
      headers: cookie ? { cookie } : {},
    });
    expect(res.statusCode).toBe(303);
    const session = res.cookies.find((c) => c.name === 'naervaer_sid');
    return { location: res.headers.location as string, session: session ? `naervaer_sid=${session.value}` : null };
  }

  async function signIn(slug: string, account: string) {
    const { authorization, stateCookie } = await startAt(slug, account);
    const back = await signInAtProvider(authorization.toString(), account, CALLBACK);
    return { ...(await callback(back, stateCookie)), back, stateCookie };
  }

  const refusals = async () =>
    db.withContext({ kommuneId: k.id }, async (tx) =>
      (
        await tx
          .selectFrom('audit_log')
          .select(['action', 'outcome', 'details', 'user_id'])
          .where('action', '=', 'auth.oidc.refused')
          .orderBy('id')
          .execute()
      ).map((r) => (r.details as { reason: string }).reason),
    );

  async function expectRefused(
    result: { location: string; session: string | null },
    code: string,
    auditedBefore: string[],
  ) {
    expect(result.session).toBeNull();
    expect(result.location).toBe(`/logg-inn?oidc-feil=${code}`);
    // The login page has a Norwegian text for the code.
    expect(nb.oidc.errors[code]).toMatch(/[a-zæøå]/);
    expect(await refusals()).toEqual([...auditedBefore, code]);
  }

  it('signs a teacher in through Feide on her username; without a strong level she is asked for the one-time code', async () => {
    const { location, session } = await signIn('feide-test', 'teacher');
    expect(location).toBe('/logg-inn?oidc=engangskode');
    expect(session).not.toBeNull();
    // The session waits for the code: nothing but the second-factor step.
    expect((await app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: session! } })).statusCode).toBe(
      401,
    );
    const step = await app.inject({
      method: 'GET',
      url: '/api/auth/oidc/second-factor',
      headers: { cookie: session! },
    });
    expect(step.statusCode).toBe(200);
    expect(step.json().secondFactor.kind).toBe('enrol');
  });

  it('lets a teacher with Feide MFA in at once, and she sees her class', async () => {
    const { location, session } = await signIn('feide-test', 'teacher-mfa');
    expect(location).toBe('/');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session! } });
    expect(me.json().user.username).toBe(teacher());
    const classes = await app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: session! } });
    expect(classes.statusCode).toBe(200);
    expect(JSON.stringify(classes.json())).toContain(k.classId);
    expect(JSON.stringify(classes.json())).not.toContain(k.otherClassId);

    // Log-out ends the Nærvær session and offers the provider's end-session.
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/oidc/logout',
      headers: { cookie: session!, 'x-csrf-token': me.json().csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json().endSessionUrl);
    expect(end.origin).toBe(feide.issuer);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session! } })).statusCode).toBe(
      401,
    );
  });

  it('signs a pupil in through Feide on the pupil’s Feide id, without the one-time code, to the pupil’s page only', async () => {
    const { location, session } = await signIn('feide-test', 'pupil');
    expect(location).toBe('/');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session! } });
    expect(me.json().user).toMatchObject({ kind: 'pupil', roles: [{ role: 'elev' }] });
    expect((await app.inject({ method: 'GET', url: '/api/me/pupil', headers: { cookie: session! } })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: '/api/classes', headers: { cookie: session! } })).statusCode).toBe(
      403,
    );
  });

  it('signs a guardian in through ID-porten on the keyed hash of pid (substantial: no code) and she sees only her own child', async () => {
    const { location, session, back } = await signIn('idporten-test', 'mother');
    expect(location).toBe('/');
    const children = await app.inject({ method: 'GET', url: '/api/my-children', headers: { cookie: session! } });
    expect(children.statusCode).toBe(200);
    expect(children.json().children.map((c: { id: string }) => c.id)).toEqual([k.pupilIds[1]]);
    // Nothing of the national id in what Nærvær keeps or sends back.
    expect(back.toString()).not.toContain(guardianPid);
    const audit = await db.withContext({ kommuneId: k.id }, (tx) =>
      tx.selectFrom('audit_log').select('details').where('action', 'like', 'auth.oidc.%').execute(),
    );
    expect(JSON.stringify(audit)).not.toContain(guardianPid);
    const stored = await sql<{
      n: number;
    }>`select count(*)::int as n from app_user where username like ${`%${guardianPid}%`}`.execute(db.owner);
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('authenticates to a HelseID-like provider that requires private_key_jwt', async () => {
    const { location, session } = await signIn('helseid-test', 'nurse');
    expect(location).toBe('/');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session! } });
    expect(me.json().user.username).toBe(k.users.helse!.username);
  });

  describe('refusals', () => {
    let before: string[] = [];
    beforeAll(async () => {
      before = await refusals();
    });
    const audited = () => before;
    const expectRefusedHere = async (result: { location: string; session: string | null }, code: string) => {
      await expectRefused(result, code, audited());
      before = await refusals();
    };

    it('refuses a callback without state', async () => {
      const { authorization, stateCookie } = await startAt('feide-test', 'teacher-mfa');
      const back = await signInAtProvider(authorization.toString(), 'teacher-mfa', CALLBACK);
      back.searchParams.delete('state');
      await expectRefusedHere(await callback(back, stateCookie), 'state');
    });

    it('refuses a callback with another state than the one this browser started with', async () => {
      const first = await startAt('feide-test', 'teacher-mfa');
      const second = await startAt('feide-test', 'teacher-mfa');
      const back = await signInAtProvider(second.authorization.toString(), 'teacher-mfa', CALLBACK);
      // The browser's cookie is the first sign-in's state; the callback carries the second's.
      await expectRefusedHere(await callback(back, first.stateCookie), 'state');
    });

    it('refuses a callback replayed after a successful sign-in (the same state twice)', async () => {
      const { back, stateCookie, session } = await signIn('feide-test', 'teacher-mfa');
      expect(session).not.toBeNull();
      await expectRefusedHere(await callback(back, stateCookie), 'replay');
    });

    it('refuses an ID token with another nonce than the one Nærvær sent', async () => {
      const { authorization, stateCookie } = await startAt('feide-test', 'teacher-mfa');
      authorization.searchParams.set('nonce', 'en-annen-nonce-enn-naervaers');
      const back = await signInAtProvider(authorization.toString(), 'teacher-mfa', CALLBACK);
      await expectRefusedHere(await callback(back, stateCookie), 'nonce');
    });

    it('refuses an ID token from another issuer', async () => {
      feide.tamper = (claims) => ({ ...claims, iss: 'https://falsk-utsteder.example' });
      try {
        const { authorization, stateCookie } = await startAt('feide-test', 'teacher-mfa');
        const back = await signInAtProvider(authorization.toString(), 'teacher-mfa', CALLBACK);
        await expectRefusedHere(await callback(back, stateCookie), 'issuer');
      } finally {
        feide.tamper = null;
      }
    });

    it('refuses an ID token meant for another client (audience)', async () => {
      feide.tamper = (claims) => ({ ...claims, aud: 'en-annen-tjeneste' });
      try {
        const { authorization, stateCookie } = await startAt('feide-test', 'teacher-mfa');
        const back = await signInAtProvider(authorization.toString(), 'teacher-mfa', CALLBACK);
        await expectRefusedHere(await callback(back, stateCookie), 'audience');
      } finally {
        feide.tamper = null;
      }
    });

    it('refuses an expired ID token (Nærvær’s clock past its expiry)', async () => {
      const { authorization, stateCookie } = await startAt('feide-test', 'teacher-mfa');
      const back = await signInAtProvider(authorization.toString(), 'teacher-mfa', CALLBACK);
      // The ID token will be issued now for an hour; Nærvær's clock stands two hours later (the sign-in
      // under way is judged on the same clock, so it is given its ten minutes from there).
      const saved = clock.now();
      clock.set(new Date(Date.now() + 2 * 3_600_000));
      try {
        await db.withContext({ kommuneId: k.id }, (tx) =>
          tx
            .updateTable('oidc_login')
            .set({ expires_at: new Date(clock.now().getTime() + 600_000) })
            .where('used_at', 'is', null)
            .execute(),
        );
        await expectRefusedHere(await callback(back, stateCookie), 'expired-token');
      } finally {
        clock.set(saved);
      }
    });

    it('refuses an unknown Feide username', async () => {
      const { authorization, stateCookie } = await startAt('feide-test', 'stranger');
      const back = await signInAtProvider(authorization.toString(), 'stranger', CALLBACK);
      await expectRefusedHere(await callback(back, stateCookie), 'unknown-user');
    });

    it('refuses a guardian whose national id is on no guardian of the kommune, naming no national id', async () => {
      const { authorization, stateCookie } = await startAt('idporten-test', 'unknown');
      const back = await signInAtProvider(authorization.toString(), 'unknown', CALLBACK);
      await expectRefusedHere(await callback(back, stateCookie), 'unknown-user');
      const rows = await db.withContext({ kommuneId: k.id }, (tx) =>
        tx.selectFrom('audit_log').select(['details', 'outcome']).where('action', '=', 'auth.oidc.refused').execute(),
      );
      expect(rows.every((r) => r.outcome === 'denied')).toBe(true);
      expect(elevenDigitRuns(JSON.stringify(rows))).toEqual([]);
    });
  });

  it('turns password log-in off for everyone but an emergency admin', async () => {
    const password = (username: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'riktig-passord' } });
    expect((await password(teacher())).statusCode).toBe(200);
    await db.withContext({ kommuneId: k.id }, async (tx) => {
      await tx.updateTable('app_user').set({ emergency_admin: true }).where('id', '=', k.users.admin!.id).execute();
      await tx.updateTable('kommune').set({ password_login: false }).where('id', '=', k.id).execute();
    });
    const refused = await password(teacher());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('slått av innlogging med passord');
    expect((await password(k.users.admin!.username)).statusCode).toBe(200);
  });
});
