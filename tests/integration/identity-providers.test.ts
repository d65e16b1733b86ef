// «Innloggingstjenester» (issue 16 item 4, decision 098): the kommune's administrator adds, changes and
// removes its identity providers and turns password log-in off and on, every change audited; a teacher is
// refused; another kommune's provider behaves like one that does not exist; and the client secret, which
// lives in the server's environment, is never in any answer — only its variable's name and whether it is set.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld, type Reply } from '../support/world';

const SECRET = 'hemmelig-klientnokkel-som-aldri-skal-vises-123';

describeDb('identity providers on the admin screen', () => {
  const w = useWorld({
    kommuner: ['idp', 'idq'],
    login: ['admin'],
    address: '10.7.0.1',
    env: { NAERVAER_OIDC_IDP_FEIDE: SECRET, NAERVAER_PUBLIC_URL: 'https://naervaer.test' },
  });
  const answers: Reply[] = [];
  const admin = () => ({
    get: async (url: string) => keep(await w.as('admin').get(url)),
    post: async (url: string, body: unknown) => keep(await w.as('admin').post(url, body)),
    put: async (url: string, body: unknown) => keep(await w.as('admin').put(url, body)),
    delete: async (url: string) => keep(await w.as('admin').delete(url)),
  });
  const keep = (r: Reply) => (answers.push(r), r);
  const feide = {
    slug: 'idp-feide',
    name: 'Feide',
    kind: 'feide',
    issuer: 'https://auth.dataporten.no',
    clientId: 'naervaer-idp',
    secretRef: 'NAERVAER_OIDC_IDP_FEIDE',
  };
  let feideId = '';
  let idportenId = '';

  it('adds providers with the kind’s defaults, and lists them with whether the secret is set', async () => {
    const added = await admin().post('/api/identity/providers', feide);
    expect(added.status, added.body).toBe(200);
    feideId = added.data.id;
    const idporten = await admin().post('/api/identity/providers', {
      slug: 'idp-idporten',
      name: 'ID-porten',
      kind: 'idporten',
      issuer: 'https://idporten.no',
      clientId: 'naervaer-idp',
      secretRef: 'NAERVAER_OIDC_IDP_IDPORTEN',
    });
    expect(idporten.status, idporten.body).toBe(200);
    idportenId = idporten.data.id;

    const list = await admin().get('/api/identity/providers');
    expect(list.status).toBe(200);
    expect(list.data.passwordLogin).toBe(true);
    expect(list.data.callbackUrl).toBe('https://naervaer.test/api/auth/oidc/callback');
    const byslug = Object.fromEntries(list.data.providers.map((p: { slug: string }) => [p.slug, p]));
    expect(byslug['idp-feide']).toMatchObject({
      kind: 'feide',
      secretRef: 'NAERVAER_OIDC_IDP_FEIDE',
      secretSet: true,
      identityClaim: 'https://n.feide.no/claims/eduPersonPrincipalName',
      clientAuth: 'client_secret_basic',
      version: 1,
    });
    expect(byslug['idp-idporten']).toMatchObject({
      secretSet: false,
      identityClaim: 'pid',
      roles: ['foresatt'],
      strongAcr: ['idporten-loa-substantial', 'idporten-loa-high'],
    });
  });

  it('refuses a short name already in use, `sub` as the identity claim, and a secret given as a value', async () => {
    expect((await admin().post('/api/identity/providers', feide)).status).toBe(409);
    // Another kommune's short name is taken too (the start URL names it before any kommune is known).
    const other = await w.as('admin', w.kommuner[1]).post('/api/identity/providers', feide);
    expect(other.status).toBe(409);
    expect(
      (await admin().post('/api/identity/providers', { ...feide, slug: 'idp-x', identityClaim: 'sub' })).status,
    ).toBe(400);
    const asValue = await admin().post('/api/identity/providers', { ...feide, slug: 'idp-y', secretRef: SECRET });
    expect(asValue.status).toBe(400);
    expect(asValue.data.error.message).toMatch(/miljøvariabel/);
  });

  it('changes a provider from the version it showed; a stale version is a conflict', async () => {
    const changed = await admin().put(`/api/identity/providers/${feideId}`, {
      ...feide,
      name: 'Feide (elever og ansatte)',
      strongAmr: ['mfa'],
      clientAuth: 'private_key_jwt',
      version: 1,
    });
    expect(changed.status, changed.body).toBe(200);
    expect(changed.data.version).toBe(2);
    const stale = await admin().put(`/api/identity/providers/${feideId}`, { ...feide, version: 1 });
    expect(stale.status).toBe(409);
    const list = await admin().get('/api/identity/providers');
    const p = list.data.providers.find((x: { id: string }) => x.id === feideId);
    expect(p).toMatchObject({ name: 'Feide (elever og ansatte)', strongAmr: ['mfa'], clientAuth: 'private_key_jwt' });
  });

  it('turns password log-in off only with an emergency admin, and on again', async () => {
    const refused = await admin().put('/api/identity/password-login', { on: false });
    expect(refused.status).toBe(400);
    expect(refused.data.error.message).toMatch(/nødadministrator/);
    await w.db.owner
      .updateTable('app_user')
      .set({ emergency_admin: true })
      .where('id', '=', w.k.users.admin!.id)
      .execute();
    const off = await admin().put('/api/identity/password-login', { on: false });
    expect(off.data).toEqual({ passwordLogin: false, emergencyAdmins: 1 });
    expect((await admin().get('/api/identity/providers')).data).toMatchObject({
      passwordLogin: false,
      emergencyAdmins: 1,
    });
    expect((await admin().put('/api/identity/password-login', { on: true })).data.passwordLogin).toBe(true);
  });

  it('refuses a teacher, and treats another kommune’s provider like one that does not exist', async () => {
    expect((await w.as('kontakt').get('/api/identity/providers')).status).toBe(403);
    expect((await w.as('kontakt').post('/api/identity/providers', { ...feide, slug: 'idp-t' })).status).toBe(403);
    expect((await w.as('kontakt').delete(`/api/identity/providers/${feideId}`)).status).toBe(403);
    const other = w.as('admin', w.kommuner[1]);
    // Each test kommune comes with a Feide provider of its own (`feide-<tag>`, tests/support/factories.ts).
    const theirs = (await other.get('/api/identity/providers')).data.providers.map((p: { slug: string }) => p.slug);
    expect(theirs).toEqual(['feide-idq']);
    expect((await other.put(`/api/identity/providers/${feideId}`, { ...feide, version: 2 })).status).toBe(404);
    expect((await other.delete(`/api/identity/providers/${feideId}`)).status).toBe(404);
    expect((await other.delete(`/api/identity/providers/${crypto.randomUUID()}`)).status).toBe(404);
    // The school owner manages them too.
    expect((await w.as('eier').get('/api/identity/providers')).status).toBe(200);
  });

  it('removes a provider, ending the sessions that came through it', async () => {
    const session = await w.session('fag');
    await w.db.owner
      .updateTable('user_session')
      .set({ oidc_provider_id: idportenId })
      .where('user_id', '=', w.k.users.fag!.id)
      .execute();
    const removed = await admin().delete(`/api/identity/providers/${idportenId}`);
    expect(removed.status, removed.body).toBe(204);
    expect((await w.client(session).get('/api/auth/me')).status).toBe(401);
    const list = await admin().get('/api/identity/providers');
    expect(list.data.providers.map((p: { slug: string }) => p.slug)).toEqual(['feide-idp', 'idp-feide']);
    expect((await admin().delete(`/api/identity/providers/${idportenId}`)).status).toBe(404);
  });

  it('audits every change, and never answers with the secret', async () => {
    const rows = await w.db.owner
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'details', 'kommune_id'])
      .where('action', 'in', ['oidc.provider.save', 'oidc.provider.remove', 'kommune.password-login.set'])
      .orderBy('id')
      .execute();
    const own = rows.filter((r) => r.kommune_id === w.k.id);
    expect(own.map((r) => [r.action, r.entity_id])).toEqual([
      ['oidc.provider.save', feideId],
      ['oidc.provider.save', idportenId],
      ['oidc.provider.save', feideId],
      ['kommune.password-login.set', w.k.id],
      ['kommune.password-login.set', w.k.id],
      ['oidc.provider.remove', idportenId],
    ]);
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    // The refusals of the teacher are audited as refusals (decision 053).
    const refused = await w.db.owner
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'identity.manage')
      .where('kommune_id', '=', w.k.id)
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(answers.length).toBeGreaterThan(10);
    for (const a of answers) expect(a.body).not.toContain(SECRET);
  });
});
