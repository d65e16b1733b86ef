// «A safe school first» (issue 21 item 3, decisions 187–189): an observation of bullying starts the
// aktivitetsplikt as its own matter, linked to the open absence case; the leadership is told in the inbox and,
// with an adult involved, the school owner too (§ 12-5) — told the school, never the pupil; the board lists
// the matter with its deadlines; the aktivitetsplan is refused without the law's elements, saved versioned,
// and printed with every element and the Statsforvalteren notice, read back from the PDF in the målform and in
// English; who may read and write; every read and write audited.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';

describeDb('the aktivitetsplikt: a school environment matter', () => {
  const w = useWorld({ kommuner: ['skm'], login: ['kontakt', 'rektor', 'eier', 'fag'] });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let matterId: string;
  const plan = {
    problem: 'Elev0 blir kalt stygge ting og holdt utenfor i friminuttene.',
    measures: [
      { what: 'Ekstra voksen ute i storefri', when: 'Fra 25.11.2026, hver skoledag', responsible: 'Inspektør Hansen' },
      { what: 'Samtale med de involverte elevene', when: 'Innen 27.11.2026', responsible: 'Kontaktlærer' },
    ],
    evaluationOn: '2026-12-08',
    pupilView: 'Eleven vil helst ha en voksen i nærheten i friminuttene.',
  };

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Fravær etter høstferien');
  });

  it('an observation ticked as bullying opens the matter, linked to the absence case, and tells the leadership', async () => {
    const res = await w.as('kontakt').post(`/api/pupils/${pupilId()}/observations`, {
      kind: 'alvorlig-hendelse',
      observedOn: '2026-11-23',
      description: 'Elev0 ble dyttet og kalt stygge ting i garderoben.',
      schoolEnvironment: true,
    });
    expect(res.status).toBe(201);
    matterId = res.data.schoolEnvironmentMatterId;
    expect(matterId).toBeTruthy();

    const matter = (await w.as('kontakt').get(`/api/school-environment/${matterId}`)).data.matter;
    expect(matter).toMatchObject({
      caseId,
      status: 'open',
      startedFrom: 'observation',
      adultInvolved: false,
      knownOn: '2026-11-23',
      report: 'Elev0 ble dyttet og kalt stygge ting i garderoben.',
      canEdit: false,
      flags: ['not-investigated', 'plan-missing'],
    });
    expect(matter.steps.map((s: { step: string }) => s.step)).toEqual([
      'reported',
      'leader-notified',
      'investigated',
      'plan-made',
      'evaluated',
      'closed',
    ]);

    const inbox = (await w.as('rektor').get('/api/inbox')).data.items;
    const item = inbox.find((i: { kind: string }) => i.kind === 'school-environment');
    expect(item).toMatchObject({ caseLink: `/skolemiljo/${matterId}`, about: { pupilName: 'Elev0 Testskm' } });
    // No adult involved: the school owner is not told.
    const owner = (await w.as('eier').get('/api/inbox')).data.items;
    expect(owner.some((i: { kind: string }) => i.kind === 'school-environment')).toBe(false);
    // An observation without the tick starts nothing.
    const plain = await w.as('kontakt').post(`/api/pupils/${pupilId()}/observations`, {
      kind: 'tegn',
      observedOn: '2026-11-23',
      description: 'Virket sliten.',
    });
    expect(plain.data.schoolEnvironmentMatterId).toBeNull();
  });

  it('the leadership’s board lists it with what it lacks; the pupil’s list and the case show it', async () => {
    const board = (await w.as('rektor').get('/api/school-environment')).data.matters;
    expect(board.map((m: { id: string }) => m.id)).toContain(matterId);
    expect(board.find((m: { id: string }) => m.id === matterId).flags).toEqual(['not-investigated', 'plan-missing']);
    const mine = (await w.as('kontakt').get(`/api/pupils/${pupilId()}/school-environment`)).data.matters;
    expect(mine).toHaveLength(1);
    // A subject teacher may tell, but does not read matters.
    expect((await w.as('fag').get(`/api/school-environment/${matterId}`)).status).toBe(403);
  });

  it('the aktivitetsplan is refused without the law’s elements, each named at its field', async () => {
    const res = await w.as('rektor').put(`/api/school-environment/${matterId}/plan`, {
      version: 1,
      plan: {
        problem: ' ',
        measures: [{ what: 'Samtale', when: '', responsible: '' }],
        evaluationOn: '',
        pupilView: '',
      },
    });
    expect(res.status).toBe(400);
    expect(res.data.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'plan.problem',
      'plan.measures.0.when',
      'plan.measures.0.responsible',
      'plan.evaluationOn',
    ]);
    // The contact teacher reads the matter but does not make the plan.
    const teacher = await w.as('kontakt').put(`/api/school-environment/${matterId}/plan`, { version: 1, plan });
    expect(teacher.status).toBe(403);
  });

  it('investigated, then the plan: versioned, a stale version refused, the board’s flags cleared', async () => {
    const investigated = await w.as('rektor').post(`/api/school-environment/${matterId}/steps`, {
      version: 1,
      step: 'investigated',
      on: '2026-11-24',
      text: 'Samtaler med Elev0 og tre medelever bekrefter utestenging over flere uker.',
    });
    expect(investigated.status).toBe(200);
    expect(investigated.data.matter.version).toBe(2);
    const saved = await w.as('rektor').put(`/api/school-environment/${matterId}/plan`, { version: 2, plan });
    expect(saved.status).toBe(200);
    expect(saved.data.matter).toMatchObject({ plan, planMadeOn: '2026-11-24', evaluationDue: '2026-12-08', flags: [] });
    const stale = await w.as('rektor').put(`/api/school-environment/${matterId}/plan`, { version: 2, plan });
    expect(stale.status).toBe(409);
    // (When the board says the evaluation is due or overdue: matterFlags' unit tests.)
  });

  it('the aktivitetsplan prints with every element and the Statsforvalteren notice, in the målform and in English', async () => {
    const res = await w.as('kontakt').get(`/api/school-environment/${matterId}/plan/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(new Uint8Array(res.rawPayload));
    for (const expected of [
      'Aktivitetsplan',
      'Elev0 Testskm',
      'opplæringslova kapittel 12',
      'Hvilket problem tiltakene skal løse',
      plan.problem,
      'Tiltakene skolen har planlagt',
      'Ekstra voksen ute i storefri',
      'Fra 25.11.2026, hver skoledag',
      'Inspektør Hansen',
      'Samtale med de involverte elevene',
      'Når tiltakene skal evalueres',
      '08.12.2026',
      'Elevens syn',
      'Dere kan melde saken til Statsforvalteren',
      '§ 12-6',
    ])
      expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
    const english = await pdfText(
      new Uint8Array(
        (await w.as('kontakt').get(`/api/school-environment/${matterId}/plan/pdf?language=en`)).rawPayload,
      ),
    );
    expect(english.replace(/\s+/g, ' ')).toContain('You can report the matter to the County Governor');
    expect(english.replace(/\s+/g, ' ')).toContain('8 December 2026');
  });

  it('an adult involved: started by hand, the school owner is told the school and not the pupil (§ 12-5)', async () => {
    const started = await w.as('fag').post(`/api/pupils/${w.k.pupilIds[1]!}/school-environment`, {
      knownOn: '2026-11-24',
      report: 'En voksen kjeftet på Elev1 foran klassen.',
      adultInvolved: true,
    });
    expect(started.status).toBe(201);
    expect(started.data.canRead).toBe(false);
    const ownerRes = await w.as('eier').get('/api/inbox');
    expect(ownerRes.status, ownerRes.body).toBe(200);
    const owner = ownerRes.data.items;
    const item = owner.find((i: { kind: string }) => i.kind === 'school-environment');
    expect(item.about).toMatchObject({ pupilName: '', schoolName: expect.any(String) });
    expect(item.about.schoolName).not.toBe('');
    expect(item.caseLink).toBeNull();
    expect(JSON.stringify(owner)).not.toContain('Elev1');
    const matter = (await w.as('rektor').get(`/api/school-environment/${started.data.id}`)).data.matter;
    expect(matter.adultInvolved).toBe(true);
    expect(matter.ownerNotifiedAt).not.toBeNull();
    expect(matter.steps.map((s: { step: string }) => s.step)).toContain('owner-notified');
    // Bad input names the field in Norwegian.
    const bad = await w.as('kontakt').post(`/api/pupils/${pupilId()}/school-environment`, {
      knownOn: '2026-11-24',
      report: ' ',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Skriv hva du har sett eller fått vite');
  });

  it('a case note marked as pointing to violations starts it too', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/contacts`, {
      contactedAt: '2026-11-24T08:00:00+01:00',
      withWhom: ['foresatt'],
      channel: 'telefon',
      summary: 'Mor forteller at Elev0 blir kalt stygge ting på bussen hjem fra skolen.',
      schoolEnvironment: true,
    });
    expect(res.status, res.body).toBe(201);
    const mine = (await w.as('kontakt').get(`/api/pupils/${pupilId()}/school-environment`)).data.matters;
    expect(mine).toHaveLength(2);
    const all = await Promise.all(
      mine.map(async (m: { id: string }) => (await w.as('kontakt').get(`/api/school-environment/${m.id}`)).data.matter),
    );
    const started = all.find((m) => m.startedFrom === 'case-note');
    expect(started).toMatchObject({ caseId, knownOn: '2026-11-24' });
    expect(started.report).toContain('bussen');
  });

  it('every read and write of a matter is audited', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action'])
        .where('entity', '=', 'school_environment_case')
        .where('entity_id', '=', matterId)
        .execute(),
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'school-environment.start',
      'school-environment.read',
      'school-environment.list',
      'school-environment.step',
      'school-environment.plan.save',
      'school-environment.plan.print',
    ])
      expect(actions, a).toContain(a);
  });
});
