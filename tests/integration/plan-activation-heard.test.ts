// Issue 21 item 1 (decision 204): activating a plan starts its measures, so it records «Elevens stemme og
// barnets beste» like the ladder's steps — refused without it with the ladder's Norwegian sentence, audited,
// and kept with the plan and with the step «Tiltak startet» in the case's history.
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { describeDb } from '../support/db';
import * as ex from '../../src/domain/plans/testing';
import { useWorld } from '../support/world';
import { HEARD, HEARD_NOT_OBTAINED } from '../../src/domain/ladder/testing';

const UNHEARD =
  'Elevens syn må være registrert før tiltak settes i gang – eller hvorfor det ikke kunne innhentes og hvordan det er forsøkt (barnekonvensjonen art. 12, Grunnloven § 104).';

describeDb('activating a plan records the pupil’s views and the best interest', () => {
  const w = useWorld({ kommuner: ['aktiv'], login: ['kontakt'] });
  let caseId: string;
  beforeAll(async () => {
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[0],
      from: 'undring',
      reason: 'Borte mandager og fredager',
    });
    expect(opened.statusCode).toBe(201);
    caseId = opened.json().id;
    // The pupil's voice in the case, which the plan's own gate asks for (004 §3): only the record is missing.
    await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      sql`insert into case_statement (id, kommune_id, case_id, pupil_id, person_name, relation, chosen_by_pupil, statement, given_on, recorded_by, recorded_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${w.k.pupilIds[0]}, 'Hanne Helsesøster', 'helsesykepleier', true, 'Eleven vil ha en voksen å gå til om morgenen.', '2026-11-23', ${w.k.users.kontakt!.id}, now())`.execute(
        tx,
      ),
    );
  });
  const url = (rest = '') => `/api/cases/${caseId}/plans${rest}`;
  const create = async (content: { kind: string; [field: string]: unknown }) => {
    const r = await w.as('kontakt').post(url(), { kind: content.kind, content });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().plan.id as string;
  };
  const activate = (id: string, body: Record<string, unknown>) =>
    w.as('kontakt').post(url(`/${id}/activate`), { version: 1, ...body });
  const reasons = (r: { json(): { error: { details: { reasons: { code: string; message: string }[] } } } }) =>
    r.json().error.details.reasons;
  const refusedAudits = () =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['details'])
        .where('action', '=', 'case.plan.activation-refused')
        .where('case_id', '=', caseId)
        .execute(),
    );

  it('refuses a plan without the record, or with a part of it missing, naming what is missing', async () => {
    const id = await create({ ...ex.dagsplan(), date: '2026-11-24' });
    const none = await activate(id, {});
    expect(none.statusCode).toBe(400);
    expect(reasons(none)).toEqual([expect.objectContaining({ code: 'heard-missing', message: UNHEARD })]);
    expect(none.json().error.message).toBe(`Planen kan ikke aktiveres ennå: ${UNHEARD}`);

    const noBest = await activate(id, { heard: { ...HEARD, bestInterest: '  ' } });
    expect(noBest.statusCode).toBe(400);
    expect(reasons(noBest)[0]!.message).toBe(
      'Elevens stemme og barnets beste må være dokumentert før tiltak settes i gang: skriv vurderingen av barnets beste (minst 10 tegn).',
    );
    const notSought = await activate(id, {
      heard: { ...HEARD_NOT_OBTAINED, pupilViews: { ...HEARD_NOT_OBTAINED.pupilViews, howSought: 'ringte' } },
    });
    expect(reasons(notSought)[0]!.message).toContain('hvordan det er forsøkt å høre eleven (minst 10 tegn)');

    // Each refusal is audited with its reason, and the plan is still a draft; the case has not started measures.
    const audits = await refusedAudits();
    expect(audits.map((a) => (a.details as { reasons: string[] }).reasons)).toEqual([
      ['heard-missing'],
      ['heard-missing'],
      ['heard-missing'],
    ]);
    const plan = (await w.as('kontakt').get(url(`/${id}`))).json().plan;
    expect(plan).toMatchObject({ status: 'utkast', activationHeard: null });
    // What activation would say today asks only the plan's own gates: the record is written with the step.
    expect(plan.activation.ok).toBe(true);
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.state.measuresStartedOn).toBeNull();
  });

  it('activates with the record, keeps it trimmed with the plan and with «Tiltak startet» in the history', async () => {
    const id = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json().plans[0].id as string;
    const padded = {
      pupilViews: { ...HEARD.pupilViews, views: `  ${HEARD.pupilViews.obtained ? HEARD.pupilViews.views : ''}  ` },
      bestInterest: `${HEARD.bestInterest}   `,
    };
    const ok = await activate(id, { heard: padded });
    expect(ok.statusCode, ok.body).toBe(200);
    const plan = (await w.as('kontakt').get(url(`/${id}`))).json().plan;
    expect(plan).toMatchObject({ status: 'aktiv', activationHeard: HEARD });
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    expect(c.state.measuresStartedOn).toBe('2026-11-24');
    const started = c.timeline.find((t: { text: string }) => t.text === 'Tiltak startet');
    expect(started.heard).toEqual(HEARD);
  });

  it('asks again for a second plan when the measures are already started, with why the views could not be had', async () => {
    const id = await create({ ...ex.dagsplan(), date: '2026-11-24' });
    expect((await activate(id, {})).statusCode).toBe(400);
    const ok = await activate(id, { heard: HEARD_NOT_OBTAINED });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await w.as('kontakt').get(url(`/${id}`))).json().plan.activationHeard).toEqual(HEARD_NOT_OBTAINED);
  });
});
