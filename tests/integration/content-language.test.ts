// The municipal content in the reader's written form (issue 20 item 3, decision 179): a nynorsk reader gets
// the forms, the ladder on the case page, its checklist and the alerts' rule titles in nynorsk, a bokmål
// reader the bokmål; an English reader gets the kommune's målform and the flag for the note «This content
// from the municipality is in Norwegian». What the case stores (a filled form's answers) stays as given.
import { beforeAll, expect, it } from 'vitest';
import { textIn } from '../../src/server/content/content-in';
import { loadContent } from '../../src/server/content/load-content';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';

type Form = { id: string; title: string };

describeDb('municipal content in the reader’s written form', () => {
  const w = useWorld({
    kommuner: ['spraak', 'spraaknn'],
    seed: async (db, k, all) => {
      // kontakt reads nynorsk, rektor follows the kommune's bokmål, fag reads English; in the second
      // kommune the målform is nynorsk and kontakt reads English.
      await db.owner.updateTable('app_user').set({ language: 'nn' }).where('id', '=', k.users.kontakt!.id).execute();
      await db.owner.updateTable('app_user').set({ language: 'en' }).where('id', '=', k.users.fag!.id).execute();
      await db.owner.updateTable('kommune').set({ malform: 'nn' }).where('id', '=', all[1]!.id).execute();
      await db.owner
        .updateTable('app_user')
        .set({ language: 'en' })
        .where('id', '=', all[1]!.users.kontakt!.id)
        .execute();
    },
  });
  const content = loadContent();
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Mykje fråvær måndagar');
  });

  const timeplan = (forms: Form[]) => forms.find((f) => f.id === 'timeplan-rod-gul-gronn')?.title;

  it('gives the forms in nynorsk to a nynorsk reader and in bokmål to a bokmål reader', async () => {
    const nn = await w.as('kontakt').get('/api/forms');
    expect(nn.status).toBe(200);
    expect(timeplan(nn.data.forms)).toBe('Timeplan (raudt/gult/grønt)');
    expect(nn.data.municipalContent).toEqual({ language: 'nn', inNorwegian: false });
    const nb = await w.as('rektor').get('/api/forms');
    expect(timeplan(nb.data.forms)).toBe('Timeplan (rødt/gult/grønt)');
    expect(nb.data.municipalContent).toEqual({ language: 'nb', inNorwegian: false });
    const blank = await w.as('kontakt').get('/api/forms/pluss-minus-skjema/pdf');
    expect(blank.status).toBe(200);
    expect(await pdfText(blank.rawPayload)).toContain('Skulevegen');
    const started = await w.as('kontakt').get(`/api/cases/${caseId}/forms/new/skaleringsverktoy`);
    expect(started.status).toBe(200);
    expect(started.data.form.sections[0].questions[0].label).toBe('Rubrikkar');
  });

  it('shows the case’s ladder and its checklist in nynorsk to a nynorsk reader, in bokmål to a bokmål reader', async () => {
    const nn = (await w.as('kontakt').get(`/api/cases/${caseId}`)).data;
    const nb = (await w.as('rektor').get(`/api/cases/${caseId}`)).data;
    expect(nb.level.title).toBe('Avklare undring/bekymring');
    expect(nn.level.title).toBe('Avklare undring/uro');
    expect(nn.ladder.name).toBe('Tiltakstrappa til Saltdal kommune');
    const task = (c: { tasks: { ladderTaskId: string | null; text: string }[] }) =>
      c.tasks.find((t) => t.ladderTaskId === 'saltdal-0-kartlegge-fravaeret')?.text;
    expect(task(nb)).toBe('Kartlegge fraværet');
    expect(task(nn)).toBe('Kartleggje fråværet');
    expect(nn.minutesTemplates[0].title).toBe('Referat frå undringssamtale');
    expect(nn.municipalContent).toEqual({ language: 'nn', inNorwegian: false });
  });

  it('gives the next step on the home page in the reader’s written form', async () => {
    const steps = (home: unknown) => JSON.stringify(home).match(/"nextStep":\{"text":"[^"]*"/g) ?? ([] as string[]);
    const nn = steps((await w.as('kontakt').get('/api/home')).data);
    expect(nn.length).toBeGreaterThan(0);
    const texts = nn.map((s) => s.slice('"nextStep":{"text":"'.length, -1));
    const ladder = content.ladders.get('saltdal')!;
    const nnTexts = new Set(
      ladder.levels
        .flatMap((l) => l.tasks.flatMap((t) => [t.text, t.appText ?? t.text]))
        .map((t) => textIn(content, 'ladders', t, 'nn')),
    );
    expect(texts.every((t) => nnTexts.has(t))).toBe(true);
    const nbTexts = new Set(ladder.levels.flatMap((l) => l.tasks.flatMap((t) => [t.text, t.appText ?? t.text])));
    expect(texts.some((t) => !nbTexts.has(t))).toBe(true);
  });

  it('keeps a filled form’s answers as they were given, whoever reads them', async () => {
    const filled = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'timeplan-rod-gul-gronn',
      answers: { interesser: 'Fotball og teikning' },
    });
    expect(filled.status).toBe(201);
    const nn = await w.as('kontakt').get(`/api/cases/${caseId}/forms/${filled.data.form.id}`);
    expect(nn.status).toBe(200);
    expect(nn.data.form.form.title).toBe('Timeplan (raudt/gult/grønt)');
    expect(nn.data.form.answers).toMatchObject({ interesser: 'Fotball og teikning' });
    const nb = await w.as('rektor').get(`/api/cases/${caseId}/forms/${filled.data.form.id}`);
    expect(nb.data.form.form.title).toBe('Timeplan (rødt/gult/grønt)');
    expect(nb.data.form.answers).toEqual(nn.data.form.answers);
  });

  it('gives the rule titles of the alerts in the reader’s written form', async () => {
    await recordAbsence(w.as('rektor'), w.k.pupilIds[1]!, ['2026-11-18', '2026-11-19', '2026-11-20']);
    type Alert = { id: string; ruleTitle: string; nextStep: string };
    const nb = (await w.as('rektor').get('/api/alerts?status=all')).data.alerts as Alert[];
    const nn = (await w.as('kontakt').get('/api/alerts?status=all')).data.alerts as Alert[];
    expect(nb.length).toBeGreaterThan(0);
    for (const a of nn.filter((x) => nb.some((y) => y.id === x.id))) {
      const b = nb.find((y) => y.id === a.id)!;
      expect(a.ruleTitle).toBe(textIn(content, 'profiles', b.ruleTitle, 'nn'));
      expect(a.nextStep).toBe(textIn(content, 'profiles', b.nextStep, 'nn'));
    }
    expect(nn.some((a) => !nb.some((b) => b.ruleTitle === a.ruleTitle))).toBe(true);
  });

  it('gives an English reader the kommune’s målform with the flag for the note', async () => {
    const inNb = await w.as('fag').get('/api/forms');
    expect(timeplan(inNb.data.forms)).toBe('Timeplan (rødt/gult/grønt)');
    expect(inNb.data.municipalContent).toEqual({ language: 'nb', inNorwegian: true });
    const inNn = await w.as('kontakt', w.kommuner[1]).get('/api/forms');
    expect(timeplan(inNn.data.forms)).toBe('Timeplan (raudt/gult/grønt)');
    expect(inNn.data.municipalContent).toEqual({ language: 'nn', inNorwegian: true });
  });
});
