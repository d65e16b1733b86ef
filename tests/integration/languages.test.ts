// Languages (issue 20, decision 176): the session says which language its user reads — their own choice,
// else (for a guardian) the family language the school set, else the kommune's målform — and the user
// and the kommune's administrator change them. Both databases.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { useWorld } from '../support/world';

describeDb('languages', () => {
  const w = useWorld({ kommuner: ['lang-a', 'lang-b'], login: ['kontakt', 'admin', 'eier', 'forelder', 'rektor'] });
  const b = (): TestKommune => w.kommuner[1]!;
  const me = async (who: string, k?: TestKommune) => (await w.as(who, k).get('/api/auth/me')).data.user;

  it('follows the kommune’s målform until the user chooses, and again when the choice is cleared', async () => {
    expect(await me('kontakt')).toMatchObject({ language: 'nb', chosenLanguage: null, kommune: { malform: 'nb' } });

    const chosen = await w.as('kontakt').put('/api/auth/me/language', { language: 'en' });
    expect(chosen.status).toBe(200);
    expect(chosen.data).toEqual({ language: 'en', chosenLanguage: 'en' });
    expect(await me('kontakt')).toMatchObject({ language: 'en', chosenLanguage: 'en' });

    const cleared = await w.as('kontakt').put('/api/auth/me/language', { language: null });
    expect(cleared.data).toEqual({ language: 'nb', chosenLanguage: null });
    expect(await me('kontakt')).toMatchObject({ language: 'nb', chosenLanguage: null });

    const audit = await w.db.owner
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'details'])
      .where('action', '=', 'account.language.set')
      .where('user_id', '=', w.k.users.kontakt!.id)
      .orderBy('at')
      .execute();
    expect(audit.map((r) => r.entity_id)).toEqual([w.k.users.kontakt!.id, w.k.users.kontakt!.id]);
  });

  it('puts a kommune’s staff without a choice into nynorsk when its målform changes, and no one else', async () => {
    const settings = await w.as('admin').get('/api/kommune/settings');
    expect(settings.status).toBe(200);
    expect(settings.data).toMatchObject({ id: w.k.id, malform: 'nb', version: expect.any(Number) });

    await w.as('rektor').put('/api/auth/me/language', { language: 'nb' });
    const set = await w.as('admin').put('/api/kommune/malform', { malform: 'nn', version: settings.data.version });
    expect(set.status).toBe(200);
    expect(set.data).toMatchObject({ malform: 'nn', version: settings.data.version + 1 });

    expect(await me('kontakt')).toMatchObject({ language: 'nn', chosenLanguage: null, kommune: { malform: 'nn' } });
    expect(await me('eier')).toMatchObject({ language: 'nn' });
    // A user who chose bokmål keeps it; the other kommune is not touched.
    expect(await me('rektor')).toMatchObject({ language: 'nb', chosenLanguage: 'nb' });
    expect(await me('kontakt', b())).toMatchObject({ language: 'nb', kommune: { malform: 'nb' } });

    // The same version again is someone else's older screen: refused, nothing written.
    const stale = await w.as('eier').put('/api/kommune/malform', { malform: 'nb', version: settings.data.version });
    expect(stale.status).toBe(409);
    expect(await me('kontakt')).toMatchObject({ language: 'nn' });

    const audit = await w.db.owner
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'kommune.malform.set')
      .where('kommune_id', '=', w.k.id)
      .execute();
    expect(audit.map((r) => r.details)).toEqual([{ from: 'nb', to: 'nn' }]);

    const back = await w.as('eier').put('/api/kommune/malform', { malform: 'nb', version: set.data.version });
    expect(back.status).toBe(200);
    expect(await me('kontakt')).toMatchObject({ language: 'nb' });
  });

  it('gives a guardian without a choice of their own the family language the school set, until they choose', async () => {
    expect(await me('forelder')).toMatchObject({ language: 'nb', chosenLanguage: null });
    await w.db.owner.updateTable('guardian').set({ language: 'en' }).where('id', '=', w.k.guardianId).execute();
    expect(await me('forelder')).toMatchObject({ language: 'en', chosenLanguage: null });

    const own = await w.as('forelder').put('/api/auth/me/language', { language: 'nn' });
    expect(own.data).toEqual({ language: 'nn', chosenLanguage: 'nn' });
    expect(await me('forelder')).toMatchObject({ language: 'nn' });
    const cleared = await w.as('forelder').put('/api/auth/me/language', { language: null });
    expect(cleared.data).toEqual({ language: 'en', chosenLanguage: null });
    expect(await me('forelder')).toMatchObject({ language: 'en' });
  });

  it('refuses a language or målform it does not know, in Norwegian, and the målform to those who do not administer the kommune', async () => {
    const bad = await w.as('kontakt').put('/api/auth/me/language', { language: 'se' });
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/Språket må være «nb» \(bokmål\), «nn» \(nynorsk\) eller «en» \(engelsk\)/);
    expect(bad.data.error.details.fields).toEqual([{ field: 'language', message: expect.any(String) }]);

    const { version } = (await w.as('admin').get('/api/kommune/settings')).data;
    const english = await w.as('admin').put('/api/kommune/malform', { malform: 'en', version });
    expect(english.status).toBe(400);
    expect(english.data.error.message).toMatch(/Målformen må være «nb» \(bokmål\) eller «nn» \(nynorsk\)/);

    expect((await w.as('kontakt').put('/api/kommune/malform', { malform: 'nn', version })).status).toBe(403);
    expect((await w.as('forelder').get('/api/kommune/settings')).status).toBe(403);
    expect(await me('kontakt')).toMatchObject({ kommune: { malform: 'nb' } });
  });
});
