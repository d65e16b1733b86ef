// Issue 17 item 3 (decision 102): the measures start when the team says so or a plan is activated, not
// when the case is opened; before/after counts from that day; the case and its active plan share one
// evaluation date; the default is three weeks of school days in the skolerute; «På dette nivået siden»
// changes only with the level.
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import * as ex from '../../src/domain/plans/testing';
import { describeDb } from '../support/db';
import { recordAbsence } from '../support/make';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

const DAY = 86_400_000;

describeDb('when the measures start, and the one evaluation date', () => {
  const w = useWorld({ kommuner: ['tiltak'], login: ['kontakt'] });
  let caseId = '';
  let planId = '';
  const getCase = async () => (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
  const plan = async () => (await w.as('kontakt').get(`/api/cases/${caseId}/plans/${planId}`)).json().plan;
  const moveDays = async (days: number) => {
    w.clock.advance(days * DAY);
    await w.logInAs('kontakt');
  };

  it('opens a case without starting any measures: the triggering absence is not «after» anything', async () => {
    // Monday 23.11 the pupil was away all day; the case is opened Tuesday 24.11.
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, ['2026-11-23']);
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[0],
      from: 'undring',
      reason: 'Borte mandager',
    });
    expect(opened.status, opened.body).toBe(201);
    caseId = opened.data.id;
    const c = await getCase();
    expect(c.state).toMatchObject({ levelSince: '2026-11-24', measuresStartedOn: null, evaluationDue: '2026-12-15' });
    expect(c.beforeAfter).toBeNull();
    // «Start tiltak» today would offer fifteen school days on: Tuesday 15.12.
    expect(c.defaultEvaluationOn).toBe('2026-12-15');
  });

  it('starts the measures when the samarbeidsavtale is activated, and takes its evaluation date', async () => {
    await moveDays(2); // Thursday 26.11
    const content = ex.samarbeidsavtale({
      date: '2026-11-26',
      evaluationOn: '2026-12-17',
      rows: [{ ...ex.samarbeidsavtale().rows[0]!, deadline: '2026-12-11' }],
      signatures: [
        { name: 'Kari Nordmann', role: 'foresatt', signedOn: '2026-11-26' },
        { name: 'Ola Nordmann', role: 'skole', signedOn: '2026-11-26' },
      ],
    });
    const created = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, { kind: content.kind, content });
    expect(created.status, created.body).toBe(201);
    planId = created.data.plan.id;
    // The pupil's voice, which the plan gate asks for (004 §3).
    await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      sql`insert into case_statement (id, kommune_id, case_id, pupil_id, person_name, relation, chosen_by_pupil, statement, given_on, recorded_by, recorded_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${w.k.pupilIds[0]}, 'Hanne Helsesøster', 'helsesykepleier', true, 'Eleven vil ha en voksen å gå til om morgenen.', '2026-11-26', ${w.k.users.kontakt!.id}, now())`.execute(
        tx,
      ),
    );
    const activated = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/plans/${planId}/activate`, { version: 1, heard: HEARD });
    expect(activated.status, activated.body).toBe(200);
    const c = await getCase();
    expect(c.state).toMatchObject({
      level: 0,
      levelSince: '2026-11-24',
      measuresStartedOn: '2026-11-26',
      evaluationDue: '2026-12-17',
    });
    expect(c.timeline.map((t: { text: string }) => t.text)).toContain('Tiltak startet');
    expect((await plan()).content.evaluationOn).toBe('2026-12-17');
  });

  it('keeps one evaluation date: moving the case’s moves the plan’s, and editing the plan’s moves the case’s', async () => {
    const c = await getCase();
    const moved = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: { type: 'set-evaluation-date', evaluationOn: '2026-12-18', reason: 'Foreldremøtet er fredag' },
      version: c.version,
    });
    expect(moved.status, moved.body).toBe(200);
    const p = await plan();
    expect(p.content.evaluationOn).toBe('2026-12-18');
    const edited = await w.as('kontakt').put(`/api/cases/${caseId}/plans/${planId}`, {
      content: { ...p.content, evaluationOn: '2026-12-16' },
      version: p.version,
    });
    expect(edited.status, edited.body).toBe(200);
    const after = await getCase();
    expect(after.state).toMatchObject({ evaluationDue: '2026-12-16', levelSince: '2026-11-24' });
    expect((await plan()).version).toBe(edited.data.version);
  });

  it('counts before/after from the day the measures started, and «Start tiltak» leaves the level’s date alone', async () => {
    await moveDays(14); // Thursday 10.12
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, ['2026-11-30']);
    const c = await getCase();
    // 26.11–10.12 is eleven school days; the eleven before end on 25.11 and hold Monday 23.11.
    expect(c.beforeAfter.after).toMatchObject({ from: '2026-11-26', to: '2026-12-10', schoolDays: 11, absentDays: 1 });
    expect(c.beforeAfter.before).toMatchObject({ to: '2026-11-25', schoolDays: 11, absentDays: 1 });
    // Starting the measures again by hand moves the divide and the evaluation (fifteen school days over
    // juleferie: 10.12 → 14.1), not «På dette nivået siden».
    expect(c.defaultEvaluationOn).toBe('2027-01-14');
    const restarted = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: { type: 'start-measures', heard: HEARD },
      version: c.version,
    });
    expect(restarted.status, restarted.body).toBe(200);
    expect(restarted.data.state).toMatchObject({
      levelSince: '2026-11-24',
      measuresStartedOn: '2026-12-10',
      evaluationDue: '2027-01-14',
    });
    // The active plan follows the case's date.
    expect((await plan()).content.evaluationOn).toBe('2027-01-14');
  });

  it('judges each measure of the active plan at the evaluation, and shows the judgements in the case (decision 104)', async () => {
    const c = await getCase();
    expect(c.evaluationMeasures).toEqual([
      // Not marked for teaching: no «Fulgt i dag» count (decision 191).
      {
        measure: 'Vekking kl. 07.00 og felles frokost',
        planTitle: 'Samarbeidsavtale',
        measureId: 'r1',
        followed: null,
      },
    ]);
    const wrong = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: {
        type: 'evaluate',
        outcome: 'better',
        assessment: 'Færre dager borte',
        measures: [{ measure: 'Vekking kl. 07.00 og felles frokost', judgement: 'kanskje' }],
      },
      version: c.version,
    });
    expect(wrong.status).toBe(400);
    const evaluated = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: {
        type: 'evaluate',
        outcome: 'better',
        assessment: 'Færre dager borte',
        measures: [
          {
            measure: 'Vekking kl. 07.00 og felles frokost',
            judgement: 'delvis',
            comment: 'Ikke de dagene mor har nattevakt',
          },
        ],
      },
      version: c.version,
    });
    expect(evaluated.status, evaluated.body).toBe(200);
    // A «better» evaluation lets the measures continue: the divide stays.
    expect(evaluated.data.state).toMatchObject({ measuresStartedOn: '2026-12-10', levelSince: '2026-11-24' });
    const after = await getCase();
    expect(after.timeline.map((t: { text: string }) => t.text)).toContain(
      'Evaluert (bedre, fortsetter): Færre dager borte. Tiltakene: Vekking kl. 07.00 og felles frokost – virket delvis (Ikke de dagene mor har nattevakt).',
    );
  });

  it('gives a new blank samarbeidsavtale the evaluation date activation would give: three school weeks on', async () => {
    // Another pupil's case, measures not started: the blank agreement offers the case's default from today.
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[1],
      from: 'undring',
      reason: 'Sliten om morgenen',
    });
    expect(opened.status, opened.body).toBe(201);
    const other = opened.data.id;
    const c = (await w.as('kontakt').get(`/api/cases/${other}`)).json();
    expect(c.state.measuresStartedOn).toBeNull();
    const created = await w.as('kontakt').post(`/api/cases/${other}/plans`, { kind: 'samarbeidsavtale' });
    expect(created.status, created.body).toBe(201);
    const blank = (await w.as('kontakt').get(`/api/cases/${other}/plans/${created.data.plan.id}`)).json().plan;
    expect(blank.content.evaluationOn).toBe(c.defaultEvaluationOn);
    expect(blank.content.evaluationOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A dagsplan has no evaluation date and gets none.
    const day = await w.as('kontakt').post(`/api/cases/${other}/plans`, { kind: 'dagsplan' });
    expect(day.status, day.body).toBe(201);
  });
});
