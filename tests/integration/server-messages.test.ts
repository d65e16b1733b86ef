// The server's messages in the reader's language (issue 20, decision 199): a refusal — 400 with its field
// messages or an import's line problems, 404, 409, 401 — reads in the user's language (their choice, else the kommune's målform), and
// before log-in in the language the web app sends (x-naervaer-language), else bokmål. Both databases.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('server messages in the reader’s language', () => {
  const w = useWorld({ kommuner: ['messages'], login: ['kontakt', 'admin', 'rektor'] });
  const missingCase = () => `/api/cases/${randomUUID()}`;

  it('answers a nynorsk user in nynorsk: 404, and 400 with every field message', async () => {
    expect((await w.as('kontakt').put('/api/auth/me/language', { language: 'nn' })).status).toBe(200);

    const notFound = await w.as('kontakt').get(missingCase());
    expect(notFound.status).toBe(404);
    expect(notFound.data.error.message).toBe('Fann ikkje saka.');

    const invalid = await w.as('kontakt').put('/api/auth/me/language', { language: 'se' });
    expect(invalid.status).toBe(400);
    const nn =
      'Språket må vere «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk), eller null for målforma til kommunen';
    expect(invalid.data.error.message).toBe(`Ugyldig førespurnad: ${nn}`);
    expect(invalid.data.error.details.fields).toEqual([{ field: 'language', message: nn }]);
  });

  it('answers an English user in English, whatever header the browser sends: 409 and 400', async () => {
    expect((await w.as('admin').put('/api/auth/me/language', { language: 'en' })).status).toBe(200);
    const settings = await w.as('admin').get('/api/kommune/settings');
    const version = settings.data.version as number;
    const stale = await w
      .as('admin')
      .put(
        '/api/kommune/malform',
        { malform: 'nb', version: version + 5 },
        { headers: { 'x-naervaer-language': 'nn' } },
      );
    expect(stale.status).toBe(409);
    expect(stale.data.error.message).toBe(
      'Someone else has changed this since you opened it. Reload the page to see the latest version, and make your change again.',
    );

    const invalid = await w.as('admin').put('/api/kommune/malform', { malform: 'se', version });
    expect(invalid.status).toBe(400);
    expect(invalid.data.error.details.fields).toEqual([
      { field: 'malform', message: 'The written standard must be «nb» (Bokmål) or «nn» (Nynorsk)' },
    ]);
  });

  it('follows the kommune’s målform for a user without a choice, and leaves a bokmål reader in bokmål', async () => {
    expect((await w.as('rektor').get(missingCase())).data.error.message).toBe('Fant ikke saken.');
    const settings = await w.as('admin').get('/api/kommune/settings');
    const set = await w.as('admin').put('/api/kommune/malform', { malform: 'nn', version: settings.data.version });
    expect(set.status).toBe(200);
    expect((await w.as('rektor').get(missingCase())).data.error.message).toBe('Fann ikkje saka.');
  });

  it('gives an import’s line problems and its refusal in nynorsk', async () => {
    // rektor follows the målform, nynorsk since the test above.
    const csv = [
      'student_id,date,kind,subject,period,minutes,documented,reason',
      'ukjent,2026-11-24,day,,,,false,',
      'ukjent,2026-11-24,fravaer,,,,false,',
    ].join('\n');
    const res = await w
      .as('rektor')
      .post(`/api/imports?schoolId=${w.k.schoolId}`, csv, { headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(400);
    expect(res.data.error.message).toBe('Importen vart avvist: 2 rader har feil. Ingenting er importert.');
    expect(res.data.error.details.rows).toEqual([
      { line: 2, field: 'student_id', reason: 'ukjend elev «ukjent» ved skulen' },
      { line: 3, field: 'kind', reason: expect.stringMatching(/^ukjend kode «fravaer» \(gyldige: .+\)$/) },
    ]);
  });

  it('answers before log-in in the language the web app sends, and in bokmål without one', async () => {
    const wrong = { username: `ingen-${randomUUID().slice(0, 8)}`, password: 'feil-passord-123' };
    const english = await w.anonymous.post('/api/auth/login', wrong, { headers: { 'x-naervaer-language': 'en' } });
    expect(english.status).toBe(401);
    expect(english.data.error.message).toBe('Wrong username or password.');

    const nynorsk = await w.anonymous.post('/api/auth/login', wrong, { headers: { 'x-naervaer-language': 'nn' } });
    expect(nynorsk.data.error.message).toBe('Feil brukarnamn eller passord.');
    const bokmal = await w.anonymous.post('/api/auth/login', wrong, { headers: { 'x-naervaer-language': 'klingon' } });
    expect(bokmal.data.error.message).toBe('Feil brukernavn eller passord.');

    const anonymous = await w.anonymous.get(missingCase(), { headers: { 'x-naervaer-language': 'en' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.data.error.message).toBe('You must sign in to use Nærvær.');

    const unknownPage = await w.anonymous.get('/api/finnes-ikke', { headers: { 'x-naervaer-language': 'en' } });
    expect(unknownPage.status).toBe(404);
    expect(unknownPage.data.error.message).toBe('The resource was not found.');
  });
});
