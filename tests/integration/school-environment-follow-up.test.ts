// What remained of «A safe school first» (issue 21 item 3, decisions 210–212), on both databases: the
// aktivitetsplan sent home with «Send til foresatte» — the guardian sees nothing of the matter before, the plan
// after (in their inbox, on the child's page and as a PDF), another family's guardian nothing; the evaluation
// reminded three school days ahead, once per evaluation date, gone once evaluated; and a closed matter erased by
// the retention settings after five years, with its plan as sent home and its earlier versions, named in the
// deletion's report.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';
import { remindDue } from '../../src/server/inbox/reminders';

const at = (day: string, hhmm = '08:15') => new Date(`${day}T${hhmm}:00+01:00`);

describeDb('a school environment matter followed up: sent home, reminded, erased in time', () => {
  const w = useWorld({
    kommuner: ['sef', 'sef2'],
    login: ['kontakt', 'rektor', 'forelder'],
    // The clock moves three weeks on for the reminders; the sessions stay.
    env: { NAERVAER_SESSION_IDLE_MINUTES: '100000', NAERVAER_SESSION_ABSOLUTE_HOURS: '2000' },
  });
  const pupilId = () => w.k.pupilIds[0]!; // the factory's forelder is this pupil's guardian
  let matterId: string;
  const plan = {
    problem: 'Elev0 blir holdt utenfor og kalt stygge ting i friminuttene.',
    measures: [
      { what: 'Ekstra voksen ute i storefri', when: 'Fra 25.11.2026, hver skoledag', responsible: 'Inspektør Hansen' },
      { what: 'Samtale med de involverte elevene', when: 'Innen 27.11.2026', responsible: 'Kontaktlærer' },
    ],
    evaluationOn: '2026-12-08',
    pupilView: 'Eleven vil ikke at mamma skal vite om alt.',
  };
  const inbox = async (who: string, kind: string) =>
    (await w.as(who).get('/api/inbox')).data.items.filter((i: { kind: string }) => i.kind === kind);
  const remind = async (day: string) => {
    w.clock.set(at(day));
    await remindDue(w.db, at(day));
    await remindDue(w.db, at(day));
  };

  it('before the school sends the plan, the guardian sees nothing of the matter', async () => {
    const started = await w.as('rektor').post(`/api/pupils/${pupilId()}/school-environment`, {
      knownOn: '2026-11-23',
      report: 'Elev0 ble holdt utenfor i friminuttet.',
    });
    expect(started.status).toBe(201);
    matterId = started.data.id;
    const investigated = await w.as('rektor').post(`/api/school-environment/${matterId}/steps`, {
      version: 1,
      step: 'investigated',
      on: '2026-11-24',
      text: 'Samtaler med Elev1 og Elev2 bekrefter det.',
    });
    expect(investigated.status).toBe(200);
    expect((await w.as('rektor').put(`/api/school-environment/${matterId}/plan`, { version: 2, plan })).status).toBe(
      200,
    );

    const child = await w.as('forelder').get(`/api/my-children/${pupilId()}`);
    expect(child.status).toBe(200);
    expect(child.data.activityPlans).toEqual([]);
    expect(JSON.stringify(child.data)).not.toContain('friminutt');
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}/activity-plans/${matterId}/pdf`)).status).toBe(
      404,
    );
    expect(await inbox('forelder', 'guardian-document')).toEqual([]);
    expect((await w.as('rektor').get(`/api/school-environment/${matterId}`)).data.matter.sentHomeAt).toBeNull();
  });

  it('only the leadership sends it; a matter without a plan is refused', async () => {
    const teacher = await w.as('kontakt').post(`/api/school-environment/${matterId}/send-to-guardians`, {});
    expect(teacher.status).toBe(403);
    const other = await w.as('rektor').post(`/api/pupils/${w.k.pupilIds[1]!}/school-environment`, {
      knownOn: '2026-11-24',
      report: 'Elev1 ble dyttet.',
    });
    const noPlan = await w.as('rektor').post(`/api/school-environment/${other.data.id}/send-to-guardians`, {});
    expect(noPlan.status).toBe(400);
    expect(noPlan.data.error.message).toBe('Skolemiljøsaken har ingen aktivitetsplan ennå.');
  });

  it('«Send til foresatte»: the guardian’s inbox, the plan on the child’s page and as a PDF, a contact-log line, audited', async () => {
    const sent = await w.as('rektor').post(`/api/school-environment/${matterId}/send-to-guardians`, {});
    expect(sent.status).toBe(200);
    expect(sent.data).toMatchObject({ alreadySent: false, guardians: 1 });
    const again = await w.as('rektor').post(`/api/school-environment/${matterId}/send-to-guardians`, {});
    expect(again.data).toMatchObject({ alreadySent: true, sentAt: sent.data.sentAt });
    expect((await w.as('rektor').get(`/api/school-environment/${matterId}`)).data.matter.sentHomeAt).toBe(
      sent.data.sentAt,
    );

    const items = await inbox('forelder', 'guardian-document');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ caseLink: `/barn/${pupilId()}` });

    const child = (await w.as('forelder').get(`/api/my-children/${pupilId()}`)).data;
    expect(child.activityPlans).toHaveLength(1);
    expect(child.activityPlans[0]).toMatchObject({
      kind: 'activity-plan',
      sourceId: matterId,
      title: 'Aktivitetsplan',
      date: '2026-11-24',
      activityPlan: {
        problem: plan.problem,
        measures: plan.measures,
        evaluationOn: '2026-12-08',
        open: true,
      },
    });
    // What the investigation found, and the pupil's own words, stay with the school.
    expect(JSON.stringify(child)).not.toContain('Elev1 og Elev2');
    expect(JSON.stringify(child)).not.toContain(plan.pupilView);

    const pdf = await w.as('forelder').get(`/api/my-children/${pupilId()}/activity-plans/${matterId}/pdf`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Ekstra voksen ute i storefri');
    expect(text).toContain('Inspektør Hansen');
    expect(text).toContain('Statsforvalteren');
    expect(text).not.toContain('Elev1 og Elev2');
    expect(text).not.toContain(plan.pupilView);

    const logged = await w.db.withContext({ kommuneId: w.k.id }, async (tx) => ({
      contacts: await tx
        .selectFrom('contact_log')
        .select(['summary', 'with_whom'])
        .where('pupil_id', '=', pupilId())
        .execute(),
      audit: await tx
        .selectFrom('audit_log')
        .select(['action', 'entity', 'entity_id'])
        .where('pupil_id', '=', pupilId())
        .where('action', 'in', ['case.send-to-guardians', 'guardian.child.read', 'guardian.document.pdf'])
        .execute(),
    }));
    expect(logged.contacts).toEqual([
      { summary: 'Aktivitetsplan sendt til foresatte i Nærvær.', with_whom: ['foresatt'] },
    ]);
    expect(logged.audit).toEqual(
      expect.arrayContaining([
        { action: 'case.send-to-guardians', entity: 'school_environment_case', entity_id: matterId },
        expect.objectContaining({ action: 'guardian.document.pdf' }),
        expect.objectContaining({ action: 'guardian.child.read' }),
      ]),
    );
  });

  it('another family’s guardian sees nothing of it', async () => {
    const other = w.kommuner[1]!;
    expect((await w.as('forelder', other).get(`/api/my-children/${pupilId()}`)).status).toBe(404);
    const pdf = await w.as('forelder', other).get(`/api/my-children/${pupilId()}/activity-plans/${matterId}/pdf`);
    expect(pdf.status).toBe(404);
    const own = (await w.as('forelder', other).get(`/api/my-children/${other.pupilIds[0]!}`)).data;
    expect(own.activityPlans).toEqual([]);
  });

  it('reminds the leadership and the contact teacher three school days before the evaluation, once', async () => {
    // The evaluation is Tuesday 08.12.2026: Monday, Friday, Thursday 03.12.
    await remind('2026-12-02');
    expect(await inbox('rektor', 'school-environment-due')).toEqual([]);
    await remind('2026-12-03');
    for (const who of ['rektor', 'kontakt']) {
      const items = await inbox(who, 'school-environment-due');
      expect(items, who).toHaveLength(1);
      expect(items[0]).toMatchObject({
        caseLink: `/skolemiljo/${matterId}`,
        about: { pupilName: 'Elev0 Testsef' },
      });
    }
    await remind('2026-12-09'); // overdue: still the one item for this date
    expect(await inbox('rektor', 'school-environment-due')).toHaveLength(1);
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('inbox_item').select('dedupe_key').where('kind', '=', 'school-environment-due').execute(),
    );
    expect(rows.length).toBeGreaterThanOrEqual(2); // the leadership and the contact teacher
    expect(new Set(rows.map((r) => r.dedupe_key))).toEqual(new Set([`school-environment-due:${matterId}:2026-12-08`]));
    // The other matter has no plan: nothing to remind.
    const evaluated = await w.as('rektor').post(`/api/school-environment/${matterId}/steps`, {
      version: 3,
      step: 'evaluated',
      on: '2026-12-09',
      text: 'Elev0 sier det er bedre i friminuttene.',
    });
    expect(evaluated.status).toBe(200);
    expect(await inbox('rektor', 'school-environment-due')).toEqual([]);
    expect(await inbox('kontakt', 'school-environment-due')).toEqual([]);
  });

  it('erases a closed matter five years after it closed, with its plan as sent home and its versions, and says so', async () => {
    w.clock.set(at('2026-12-10'));
    const closed = await w.as('rektor').post(`/api/school-environment/${matterId}/steps`, {
      version: 4,
      step: 'closed',
      on: '2026-12-10',
      text: 'Tiltakene virket.',
    });
    expect(closed.status, closed.body).toBe(200);
    const other = (await w.as('rektor').get(`/api/pupils/${w.k.pupilIds[1]!}/school-environment`)).data.matters[0];
    const admin = await w.logInAs('admin');
    // Another pupil's open matter refuses that pupil's deletion, with the reason.
    const open = await admin.delete(`/api/pupils/${w.k.pupilIds[1]!}/case-data`);
    expect(open.status).toBe(409);
    expect(open.data.error.message).toBe(
      'Eleven har en åpen skolemiljøsak. Skolemiljøsaken må avsluttes før opplysningene kan slettes.',
    );
    expect(other.status).toBe('open');

    const early = await admin.delete(`/api/pupils/${pupilId()}/case-data`);
    expect(early.status).toBe(409);
    expect(early.data.error.message).toContain(
      'Skolemiljøsaken meldt 23.11.2026 kan slettes fra 10.12.2031 (Avsluttet skolemiljøsak (aktivitetsplikten) med aktivitetsplan).',
    );

    const versions = () =>
      sql<{
        n: number;
      }>`select count(*)::int as n from record_history where table_name = 'school_environment_case' and record_id = ${matterId}`.execute(
        w.db.owner,
      );
    expect((await versions()).rows[0]!.n).toBeGreaterThan(0);

    w.clock.set(at('2031-12-10'));
    const later = await w.logInAs('admin');
    const erased = await later.delete(`/api/pupils/${pupilId()}/case-data`);
    expect(erased.status, erased.body).toBe(200);
    expect(erased.data.erased).toMatchObject({ school_environment_case: 1, guardian_document: 1 });
    expect(erased.data.matters).toEqual([{ id: matterId, knownOn: '2026-11-23', handedOverOn: null }]);
    expect(erased.data.message).toContain('Skolemiljøsaken meldt 23.11.2026 er slettet med aktivitetsplanen.');

    const left = await w.db.withContext({ kommuneId: w.k.id }, async (tx) => ({
      matters: await tx.selectFrom('school_environment_case').select('id').where('id', '=', matterId).execute(),
      sent: await tx.selectFrom('guardian_document').select('id').where('source_id', '=', matterId).execute(),
      audit: await tx
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'pupil.privacy-delete')
        .where('pupil_id', '=', pupilId())
        .execute(),
    }));
    expect(left.matters).toEqual([]);
    expect(left.sent).toEqual([]);
    expect((await versions()).rows[0]!.n).toBe(0);
    expect(left.audit[0]!.details).toMatchObject({ matterIds: [matterId] });
    // The family's view has nothing left of it.
    const guardian = await w.logInAs('forelder');
    expect((await guardian.get(`/api/my-children/${pupilId()}`)).data.activityPlans).toEqual([]);
  });
});
