// Issue 21 item 1 (decision 181): «Heard at every step». Through the act route, on every shipped ladder:
// starting measures, moving up or down, closing (by hand and by a «solved» evaluation) and a report to the
// child welfare service are refused with a Norwegian reason without the pupil's views or the best-interest
// assessment, and taken with them; the record shows in the case's history and in the pupil's file.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { HEARD, HEARD_NOT_OBTAINED } from '../../src/domain/ladder/testing';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

const LADDERS = ['saltdal', 'jevnaker', 'hardanger'] as const;
const ASSESSMENT = {
  assessedOn: '2026-11-24',
  assessedBy: 'Rektor og helsesykepleier',
  causesConsidered: 'Angst, mobbing, somatisk sykdom',
  grounds: 'Bekymring for omsorgssituasjonen utover fraværet',
};

describeDb('the pupil heard at every step', () => {
  const w = useWorld({ kommuner: ['hoert'], login: ['kontakt'] });

  const getCase = async (caseId: string) => (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
  const act = async (caseId: string, action: object) =>
    w.as('kontakt').post(`/api/cases/${caseId}/actions`, { action, version: (await getCase(caseId)).version });

  /** Each step, refused without the record (and with half of it), then taken with it. */
  async function step(caseId: string, action: Record<string, unknown>, heard: object, views = false) {
    const none = await act(caseId, action);
    expect(none.statusCode, none.body).toBe(400);
    expect(none.json().error.message).toMatch(/^Elevens syn må være registrert før|^Elevens syn må være registrert i/);
    const notWhy = await act(caseId, {
      ...action,
      heard: { ...HEARD_NOT_OBTAINED, pupilViews: { ...HEARD_NOT_OBTAINED.pupilViews, why: ' ' } },
    });
    expect(notWhy.statusCode).toBe(400);
    expect(notWhy.json().error.message).toContain('hvorfor elevens syn ikke kunne innhentes');
    if (!views) {
      const noBest = await act(caseId, { ...action, heard: { ...HEARD, bestInterest: '' } });
      expect(noBest.statusCode).toBe(400);
      expect(noBest.json().error.message).toContain('vurderingen av barnets beste');
    }
    const taken = await act(caseId, { ...action, heard });
    expect(taken.statusCode, taken.body).toBe(200);
    return taken.json();
  }

  it.each(LADDERS)('every step on the %s ladder is refused without the record and taken with it', async (ladder) => {
    await sql`update school set ladder = ${ladder} where id = ${w.k.schoolId}`.execute(w.db.owner);
    const pupilId = w.k.pupilIds[0]!;
    const opened = await w.as('kontakt').post('/api/cases', { pupilId, from: 'undring', reason: 'Borte mandager' });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId: string = opened.json().id;
    expect((await getCase(caseId)).ladder.id).toBe(ladder);

    await step(caseId, { type: 'start-measures' }, HEARD);
    expect((await step(caseId, { type: 'escalate', reason: 'Ingen bedring' }, HEARD_NOT_OBTAINED)).state.level).toBe(1);
    expect((await step(caseId, { type: 'de-escalate', reason: 'Bedre' }, HEARD)).state.level).toBe(0);
    const more = await step(
      caseId,
      { type: 'evaluate', outcome: 'more-needed', assessment: 'Fortsatt fravær i gym' },
      HEARD,
    );
    expect(more.state.level).toBe(1);
    await step(caseId, { type: 'report-to-child-welfare', holisticAssessment: ASSESSMENT }, HEARD, true);
    // «Better» keeps the level and the measures: no record needed.
    expect((await act(caseId, { type: 'evaluate', outcome: 'better', assessment: 'Litt bedre' })).statusCode).toBe(200);
    expect(
      (await step(caseId, { type: 'evaluate', outcome: 'solved', assessment: 'Tilbake hver dag' }, HEARD)).state.status,
    ).toBe('closed');
    expect((await act(caseId, { type: 'reopen', reason: 'Fraværet er tilbake' })).statusCode).toBe(200);
    const closed = await step(caseId, { type: 'close', summary: 'Eleven er tilbake i full skolegang' }, HEARD);
    expect(closed.state.status).toBe('closed');

    // The history shows each record with its step, trimmed and as given.
    const c = await getCase(caseId);
    const withRecord = c.timeline.filter((e: { heard?: unknown }) => e.heard);
    expect(withRecord).toHaveLength(7);
    expect(withRecord[0]).toMatchObject({ text: 'Tiltak startet', heard: HEARD });
    expect(withRecord[1]).toMatchObject({ text: expect.stringMatching(/^Løftet ett nivå/), heard: HEARD_NOT_OBTAINED });
    // The pupil's file lists them too, per case.
    const file = (await w.as('kontakt').get(`/api/pupils/${pupilId}/file`)).json();
    const inFile = file.cases.find((x: { id: string }) => x.id === caseId);
    expect(inFile.heard.map((h: { step: string }) => h.step)).toEqual([
      'start-measures',
      'escalate',
      'de-escalate',
      'evaluate',
      'report-to-child-welfare',
      'evaluate',
      'close',
    ]);
    expect(inFile.heard[1].heard).toEqual(HEARD_NOT_OBTAINED);
  });

  it('stores the texts trimmed, and refuses a «how» that is not one of the ways', async () => {
    const pupilId = w.k.pupilIds[1]!;
    const caseId: string = (
      await w.as('kontakt').post('/api/cases', { pupilId, from: 'undring', reason: 'Sliten og borte' })
    ).json().id;
    const badHow = await act(caseId, {
      type: 'start-measures',
      heard: { ...HEARD, pupilViews: { ...HEARD.pupilViews, how: 'gjettet' } },
    });
    expect(badHow.statusCode).toBe(400);
    const started = await act(caseId, {
      type: 'start-measures',
      heard: {
        pupilViews: { obtained: true, how: 'skjema', views: '  Vil ha hjelp i matte først  ' },
        bestInterest: '  Mestring i matte veier tyngst  ',
      },
    });
    expect(started.statusCode, started.body).toBe(200);
    const entry = (await getCase(caseId)).timeline.find((e: { heard?: unknown }) => e.heard);
    expect(entry.heard).toEqual({
      pupilViews: { obtained: true, how: 'skjema', views: 'Vil ha hjelp i matte først' },
      bestInterest: 'Mestring i matte veier tyngst',
    });
  });
});
