// Cases along the tiltakstrapp (issue 5, server side): open from an alert, the ladder's checklist,
// evaluation with before/after absence, escalation, the overdue board, the child-welfare guardrail.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

describeDb('cases along the tiltakstrapp', () => {
  const w = useWorld({ kommuner: ['case'], login: ['kontakt', 'rektor'] });
  let caseId: string;

  const getCase = async () => (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
  const act = async (action: object, who = 'kontakt') =>
    w.as(who).post(`/api/cases/${caseId}/actions`, { action, version: (await getCase()).version });

  it('opens a case from an alert, held by the contact teacher, with the level-0 checklist of the Saltdal ladder', async () => {
    const reg = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-23',
      kind: 'lesson',
      period: 2,
      documented: false,
    });
    const alert = reg.json().alerts[0];
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[0],
      from: 'alert',
      alertId: alert.id,
      reason: 'Udokumentert time, virker sliten',
    });
    expect(opened.statusCode).toBe(201);
    caseId = opened.json().id;
    const again = await w.as('kontakt').post('/api/cases', { pupilId: w.k.pupilIds[0], from: 'undring', reason: 'x' });
    expect(again.statusCode).toBe(409);
    const c = await getCase();
    expect(c).toMatchObject({
      ladder: { id: 'saltdal' },
      state: { status: 'open', level: 0, evaluationDue: '2026-12-15' },
      stafettholder: { name: `Navn ${w.k.users.kontakt!.username}` },
      openedFrom: 'alert',
    });
    expect(c.level.title.length).toBeGreaterThan(5);
    expect(c.tasks.length).toBeGreaterThan(3);
    expect(c.tasks.every((t: { level: number; source: string }) => t.level === 0 && t.source === 'ladder')).toBe(true);
    expect(c.tasks.some((t: { action: { type: string } | null }) => t.action?.type === 'meeting')).toBe(true);
    expect((await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json().openCaseId).toBe(caseId);
    expect(c.allowedActions).toEqual(expect.arrayContaining(['start-measures', 'evaluate', 'escalate', 'close']));
    // The alert it came from is handled by the case.
    expect((await w.as('kontakt').get('/api/alerts')).json().alerts.map((a: { id: string }) => a.id)).not.toContain(
      alert.id,
    );
  });

  it('is not visible to those who cannot see the pupil', async () => {
    const otherOpen = await w.as('rektor').post('/api/cases', {
      pupilId: w.k.otherPupilId,
      from: 'undring',
      reason: 'x',
    });
    expect(otherOpen.statusCode).toBe(404);
  });

  it('evaluates after three weeks with absence before and after; overdue shows on the board', async () => {
    const started = await act({ type: 'start-measures', heard: HEARD });
    expect(started.json().state).toMatchObject({ measuresStartedOn: '2026-11-24', evaluationDue: '2026-12-15' });
    await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-24',
      kind: 'late',
      minutes: 10,
      period: 1,
      documented: false,
    });
    w.clock.advance(22 * 86_400_000); // 2026-12-16: the sessions have long expired
    for (const name of ['kontakt', 'rektor']) await w.logInAs(name);
    const board = (await w.as('rektor').get('/api/cases')).json().cases;
    expect(board).toEqual([
      expect.objectContaining({ id: caseId, level: 0, overdue: true, evaluationDue: '2026-12-15' }),
    ]);
    const c = await getCase();
    expect(c.overdue).toBe(true);
    expect(c.beforeAfter.after).toMatchObject({ from: '2026-11-24', schoolDays: 17, lateArrivals: 1 });
    expect(c.beforeAfter.before).toMatchObject({ to: '2026-11-23', schoolDays: 17, absentLessons: 1 });
    const evaluated = await act({
      type: 'evaluate',
      outcome: 'more-needed',
      assessment: 'Fortsatt fravær i gym',
      heard: HEARD,
    });
    expect(evaluated.json().state).toMatchObject({ status: 'open', level: 1 });
    const after = await getCase();
    expect(after.tasks.some((t: { level: number }) => t.level === 1)).toBe(true);
    expect(after.timeline.map((t: { text: string }) => t.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sak åpnet/),
        'Tiltak startet',
        expect.stringMatching(/^Evaluert \(trenger mer/),
      ]),
    );
    expect((await w.as('rektor').get('/api/cases')).json().cases[0]).toMatchObject({ level: 1, overdue: false });
  });

  it('refuses a report to child welfare without the documented holistic assessment', async () => {
    const without = await act({ type: 'report-to-child-welfare' });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.message).toMatch(/helhetsvurdering/);
    const withIt = await act({
      type: 'report-to-child-welfare',
      holisticAssessment: {
        assessedOn: '2026-12-15',
        assessedBy: 'Rektor og helsesykepleier',
        causesConsidered: 'Angst, mobbing, somatisk sykdom',
        grounds: 'Bekymring for omsorgssituasjonen utover fraværet',
      },
      heard: HEARD,
    });
    expect(withIt.statusCode).toBe(200);
    expect(withIt.json().state.level).toBe(1);
  });

  it('refuses stale versions, closes with a summary and reopens with a reason', async () => {
    const c = await getCase();
    const stale = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: { type: 'close', summary: 'x', heard: HEARD },
      version: c.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const noSummary = await act({ type: 'close', summary: ' ' });
    expect(noSummary.statusCode).toBe(400);
    expect(
      (await act({ type: 'close', summary: 'Eleven er tilbake i full skolegang', heard: HEARD })).json().state,
    ).toMatchObject({
      status: 'closed',
      summary: 'Eleven er tilbake i full skolegang',
    });
    expect((await getCase()).allowedActions).toEqual(['reopen']);
    expect((await act({ type: 'reopen', reason: 'Fraværet er tilbake' })).json().state).toMatchObject({
      status: 'open',
      level: 1,
    });
  });

  it('lets the team add its own tasks and tick them off', async () => {
    const added = await w.as('kontakt').post(`/api/cases/${caseId}/tasks`, {
      text: 'Avtale fast voksen om morgenen',
      dueOn: '2026-12-20',
    });
    expect(added.statusCode).toBe(201);
    const task = (await getCase()).tasks.find((t: { id: string }) => t.id === added.json().id);
    const done = await w.as('kontakt').post(`/api/cases/${caseId}/tasks/${task.id}/done`, { version: task.version });
    expect(done.json()).toMatchObject({ doneOn: '2026-12-16' });
    expect(
      (await w.as('kontakt').post(`/api/cases/${caseId}/tasks/${task.id}/done`, { version: task.version + 1 }))
        .statusCode,
    ).toBe(409);
  });

  it('plans and records an undringssamtale whose minutes print as a letter home', async () => {
    const planned = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'undringssamtale-elev',
      scheduledOn: '2026-12-17',
      participants: ['Eleven', 'Kontaktlærer'],
      agenda: 'Hvordan oppleves gymtimene?',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const m = planned.json().meeting;
    const early = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${m.id}`, {
      ...m,
      heldOn: '2026-12-20',
      minutes: 'x',
      version: m.version,
    });
    expect(early.json().error.message).toMatch(/fram i tid/);
    const noMinutes = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${m.id}`, {
      ...m,
      heldOn: '2026-12-16',
      minutes: ' ',
      version: m.version,
    });
    expect(noMinutes.json().error.message).toBe('Skriv referat fra møtet.');
    const recorded = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${m.id}`, {
      scheduledOn: m.scheduledOn,
      participants: m.participants,
      agenda: m.agenda,
      anonymised: false,
      heldOn: '2026-12-16',
      minutes: 'Eleven gruer seg til garderoben. Avtalt å bytte om på eget rom.',
      nextMeetingOn: '2027-01-08',
      version: m.version,
    });
    expect(recorded.json().meeting).toMatchObject({ heldOn: '2026-12-16', nextMeetingOn: '2027-01-08', version: 2 });
    const c = await getCase();
    // «Neste møte» planned the follow-up meeting (decision 116).
    expect(c.meetings).toHaveLength(2);
    expect(c.meetings.map((x: { scheduledOn: string; heldOn: string | null }) => [x.scheduledOn, x.heldOn])).toEqual(
      expect.arrayContaining([
        ['2026-12-17', '2026-12-16'],
        ['2027-01-08', null],
      ]),
    );
    expect(c.timeline.map((t: { text: string }) => t.text)).toContain('Undringssamtale med eleven holdt');
    const pdf = await w.as('kontakt').post(`/api/cases/${caseId}/meetings/${m.id}/minutes`, {});
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(pdf.rawPayload));
    expect(text).toContain('Referat: Undringssamtale med eleven');
    expect(text).toContain('Elev: Elev0 Testcase, klasse 9A');
    expect(text).toContain('Eleven gruer seg til garderoben.');
  });

  it('records referrals with who waits since when, PPT only with the signed report, barnevernet only with the holistic assessment', async () => {
    const unsigned = await w.as('kontakt').post(`/api/cases/${caseId}/referrals`, {
      service: 'ppt',
      status: 'sendt',
      sentOn: '2026-12-10',
    });
    expect(unsigned.json().error.message).toMatch(/underskrevet av foresatte/);
    const ppt = await w.as('kontakt').post(`/api/cases/${caseId}/referrals`, {
      service: 'ppt',
      status: 'sendt',
      sentOn: '2026-12-10',
      guardiansSigned: true,
    });
    expect(ppt.statusCode).toBe(201);
    expect(ppt.json().referral).toMatchObject({ status: 'sendt', waitingDays: 6 });
    const bvt = await w.as('kontakt').post(`/api/cases/${caseId}/referrals`, {
      service: 'barnevern',
      status: 'sendt',
      sentOn: '2026-12-16',
    });
    expect(bvt.statusCode).toBe(400);
    expect(bvt.json().error.message).toMatch(/helhetsvurdering/);
    const answered = await w.as('kontakt').put(`/api/cases/${caseId}/referrals/${ppt.json().referral.id}`, {
      service: 'ppt',
      status: 'mottatt',
      sentOn: '2026-12-10',
      answeredOn: '2026-12-15',
      guardiansSigned: true,
      version: 1,
    });
    expect(answered.json().referral).toMatchObject({ status: 'mottatt', waitingDays: null, version: 2 });
    const temporary = await w.as('kontakt').post(`/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-uttalelse',
      issuedOn: '2026-12-15',
      issuedBy: 'PPT',
      recommendations: 'Redusert timeplan',
    });
    expect(temporary.json().error.message).toMatch(/hvor lenge den gjelder/);
    const ok = await w.as('kontakt').post(`/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-uttalelse',
      issuedOn: '2026-12-15',
      issuedBy: 'PPT',
      recommendations: 'Redusert timeplan i fire uker',
      validUntil: '2027-01-15',
    });
    expect(ok.statusCode).toBe(201);
    const c = await getCase();
    expect(c.referrals).toHaveLength(1);
    expect(c.assessments).toEqual([expect.objectContaining({ kind: 'sakkyndig-uttalelse', validUntil: '2027-01-15' })]);
  });

  it('writes the written notice to the leadership as a letter from the case, logged', async () => {
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/notices`, { to: 'skoleledelse' });
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(res.rawPayload))).replace(/\s+/g, ' ');
    expect(text).toContain('Skriftlig melding til skoleledelsen om bekymringsfullt fravær');
    expect(text).toContain('Elev: Elev0 Testcase, klasse 9A');
    expect(text).toContain('nivå 1');
    const c = await getCase();
    expect(
      c.timeline.some(
        (t: { kind: string; text: string }) =>
          t.kind === 'contact' && /Skriftlig melding til skoleledelsen/.test(t.text),
      ),
    ).toBe(true);
  });

  it('passes the baton to another staff member at the school, not to an outsider', async () => {
    const staff = (await w.as('kontakt').get(`/api/cases/${caseId}/staff`)).json().staff as {
      id: string;
      name: string;
    }[];
    const rektor = staff.find((p) => p.name === `Navn ${w.k.users.rektor!.username}`)!;
    const c = await getCase();
    const handed = await w.as('kontakt').put(`/api/cases/${caseId}/stafettholder`, {
      userId: rektor.id,
      reason: 'Saken er på nivå 1',
      version: c.version,
    });
    expect(handed.json().stafettholder.name).toBe(`Navn ${w.k.users.rektor!.username}`);
    const outsider = await w.as('kontakt').put(`/api/cases/${caseId}/stafettholder`, {
      userId: w.k.users.helse!.id,
      reason: 'x',
      version: handed.json().version,
    });
    expect(outsider.statusCode).toBe(400);
    expect((await w.as('rektor').get('/api/cases?mine=true')).json().cases.map((x: { id: string }) => x.id)).toEqual([
      caseId,
    ]);
  });

  it('reminds each user of their own open tasks in the w.app, overdue first', async () => {
    const added = await w.as('kontakt').post(`/api/cases/${caseId}/tasks`, {
      text: 'Ringe foresatte om møtetid',
      dueOn: '2026-12-10',
    });
    const mine = (await w.as('kontakt').get('/api/tasks/mine')).json().tasks as {
      id: string;
      overdue: boolean;
      pupilName: string;
    }[];
    expect(mine[0]).toMatchObject({ id: added.json().id, overdue: true, pupilName: 'Elev0 Testcase' });
    // Level tasks with a responsible role show up for that role when nobody owns them.
    const leaders = (await w.as('rektor').get('/api/tasks/mine')).json().tasks as { id: string }[];
    expect(leaders.map((t) => t.id)).not.toContain(added.json().id);
    expect(leaders.length).toBeGreaterThan(0);
  });

  it("gathers the pupil's file: the case, the minutes, referrals, assessments and contacts", async () => {
    const file = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/file`)).json();
    expect(file.cases).toEqual([expect.objectContaining({ id: caseId, status: 'open' })]);
    expect(file.meetings[0]).toMatchObject({ title: 'Undringssamtale med eleven', heldOn: '2026-12-16' });
    expect(file.referrals[0]).toMatchObject({ service: 'ppt', status: 'mottatt' });
    expect(file.assessments[0]).toMatchObject({ kind: 'sakkyndig-uttalelse' });
    expect(file.contacts.length).toBeGreaterThan(0);
  });

  it('keeps the participants of a case with their roles', async () => {
    const added = await w.as('kontakt').post(`/api/cases/${caseId}/participants`, {
      name: 'Helsesykepleier Hansen',
      role: 'helsesykepleier',
      userId: w.k.users.helse!.id,
    });
    expect(added.json().participant).toMatchObject({ role: 'helsesykepleier', roleLabel: 'Helsesykepleier' });
    await w.as('kontakt').post(`/api/cases/${caseId}/participants`, { name: 'Mor', role: 'foresatte' });
    expect((await getCase()).participants.map((p: { name: string }) => p.name)).toEqual([
      'Helsesykepleier Hansen',
      'Mor',
    ]);
    const removed = await w.as('kontakt').delete(`/api/cases/${caseId}/participants/${added.json().participant.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await getCase()).participants.map((p: { name: string }) => p.name)).toEqual(['Mor']);
  });
});
