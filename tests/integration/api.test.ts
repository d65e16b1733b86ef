import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, PASSWORD, type TestKommune } from '../support/factories';
import { login, testApp, type Session } from '../support/app';
import { elevenDigitRuns } from '../support/national-ids';

describeDb('API', () => {
  let db: TestDb;
  let a: TestKommune;
  let b: TestKommune;
  let app: FastifyInstance;
  const routes: { method: string; url: string }[] = [];

  beforeAll(async () => {
    db = await freshDb();
    a = await createKommune(db, 'apia');
    b = await createKommune(db, 'apib');
    ({ app } = await testApp(db));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = (url: string, s?: Session) => app.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });
  const as = async (username: string) => (await login(app, username, PASSWORD)).session!;
  const auditCount = async (kommuneId: string, pupilId: string) =>
    db.withContext(
      { kommuneId },
      async (tx) =>
        (
          await tx
            .selectFrom('audit_log')
            .select('id')
            .where('pupil_id', '=', pupilId)
            .where('action', '=', 'pupil.read')
            .execute()
        ).length,
    );

  it('serves a valid OpenAPI 3 document whose paths are exactly the registered API routes, each with schemas', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses?: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>
      >;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const registered = new Set<string>();
    for (const r of routes) registered.add(`${r.method} ${r.url}`);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        const codes = Object.keys(op.responses ?? {});
        // A browser navigation (the OpenID sign-in's start and callback) succeeds with a redirect.
        const successCode = codes.find((c) => c.startsWith('2')) ?? codes.find((c) => c === '303');
        expect(successCode, `${method} ${path} declares a success response`).toBeDefined();
        const success = op.responses?.[successCode!] as { content?: unknown } | undefined;
        if (successCode!.startsWith('2') && successCode !== '204')
          expect(success?.content, `${method} ${path} has a response schema`).toBeDefined();
        if (path.includes('{'))
          expect(op.parameters?.length, `${method} ${path} declares its parameters`).toBeGreaterThan(0);
        if ((method === 'post' || method === 'put') && !path.endsWith('logout'))
          expect(op.requestBody, `${method} ${path} declares its body`).toBeDefined();
      }
    }
    expect([...documented].sort()).toEqual([...registered].sort());
  });

  it('answers /api/health with the database state and kind, and no-store', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', engine: db.kind });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('asks for login on protected routes, in Norwegian', async () => {
    const res = await get('/api/classes');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Du må logge inn for å bruke Nærvær.');
  });

  it('shows the contact teacher their class and its pupils, auditing each pupil read', async () => {
    const s = await as(a.users.kontakt!.username);
    const classes = await get('/api/classes', s);
    expect(classes.json().classes).toEqual([
      expect.objectContaining({
        id: a.classId,
        name: '9A',
        trinn: 9,
        schoolYear: '2026–2027',
        pupilCount: 3,
        myRole: 'kontaktlaerer',
      }),
    ]);
    const before = await auditCount(a.id, a.pupilIds[0]!);
    const res = await get(`/api/classes/${a.classId}/pupils`, s);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.pupils).toHaveLength(3);
    expect(elevenDigitRuns(JSON.stringify(body))).toEqual([]);
    expect(body.pupils.map((p: { protectedAddress: string }) => p.protectedAddress).sort()).toEqual([
      'none',
      'none',
      'strengt_fortrolig',
    ]);
    for (const pid of a.pupilIds) expect(await auditCount(a.id, pid)).toBeGreaterThan(0);
    expect(await auditCount(a.id, a.pupilIds[0]!)).toBe(before + 1);
  });

  it("does not show a class the teacher has no role in, nor another kommune's class", async () => {
    const s = await as(a.users.kontakt!.username);
    expect((await get(`/api/classes/${a.otherClassId}/pupils`, s)).statusCode).toBe(404);
    expect((await get(`/api/classes/${b.classId}/pupils`, s)).statusCode).toBe(404);
    expect((await get('/api/classes/not-a-uuid/pupils', s)).statusCode).toBe(400);
  });

  it('lets school leadership see every class of their school only', async () => {
    const s = await as(a.users.rektor!.username);
    const ids = (await get('/api/classes', s)).json().classes.map((c: { id: string }) => c.id);
    expect(ids).toEqual([a.classId]);
  });

  it('gives service partners and the school owner no pupil lists (no consent yet)', async () => {
    for (const u of [a.users.helse!, a.users.eier!]) {
      const s = await as(u.username);
      expect((await get('/api/classes', s)).statusCode).toBe(403);
      expect((await get(`/api/classes/${a.classId}/pupils`, s)).statusCode).toBe(403);
    }
  });

  it('shows a guardian their own children only', async () => {
    const s = await as(a.users.forelder!.username);
    const res = await get('/api/my-children', s);
    expect(res.json().children).toEqual([expect.objectContaining({ id: a.pupilIds[0], className: '9A' })]);
    expect((await get('/api/classes', s)).statusCode).toBe(403);
  });

  it('refuses an edit based on an old version with the Norwegian conflict message', async () => {
    const s = await as(a.users.rektor!.username);
    const put = (version: number, protectedAddress: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/pupils/${a.pupilIds[1]}/protected-address`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: { protectedAddress, version },
      });
    const first = await put(1, 'fortrolig');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ protectedAddress: 'fortrolig', version: 2 });
    const stale = await put(1, 'none');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/Noen andre har endret dette/);
    const pupils = (await get(`/api/classes/${a.classId}/pupils`, await as(a.users.kontakt!.username))).json().pupils;
    expect(pupils.find((p: { id: string }) => p.id === a.pupilIds[1]).protectedAddress).toBe('fortrolig');
    // The replaced version is kept.
    const history = await db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .selectFrom('record_history')
        .select(['table_name', 'version', 'snapshot', 'changed_by'])
        .where('record_id', '=', a.pupilIds[1]!)
        .execute(),
    );
    expect(history).toEqual([
      {
        table_name: 'pupil',
        version: 1,
        snapshot: expect.objectContaining({ protected_address: 'none', version: 1 }),
        changed_by: a.users.rektor!.id,
      },
    ]);
    // A contact teacher may not change it at all.
    const t = await as(a.users.kontakt!.username);
    const denied = await app.inject({
      method: 'PUT',
      url: `/api/pupils/${a.pupilIds[1]}/protected-address`,
      headers: { cookie: t.cookie, 'x-csrf-token': t.csrf },
      payload: { protectedAddress: 'none', version: 2 },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('answers unknown API paths with a Norwegian 404', async () => {
    const res = await get('/api/finnes-ikke');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/Fant ikke/);
  });

  // Collect the routes as Fastify registers them (the hook runs during buildApp in beforeAll).
  beforeAll(() => {
    for (const r of (app as unknown as { naervaerRoutes: { method: string; url: string }[] }).naervaerRoutes)
      routes.push(r);
  });
});
