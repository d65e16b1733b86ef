// Individual decisions (enkeltvedtak) through the API (issue 22 items 1–2, decisions 213–217): the contact teacher
// drafts a reduced timetable; the school leader sends the forhåndsvarsel (the guardian gets it in Nærvær), records
// the reply, is refused «Fatt vedtak» without reasons and the sakkyndig vurdering (each named at its field), makes
// the decision with them, prints the letter (read back: legal basis, reasons, appeal instructions), delivers it;
// the guardian opening it is the receipt the appeal deadline runs from; the appeal, the school upholding it, sending
// it on with the case's documents, the outcome; the board's deadlines at each step; a stale version is a 409; who
// may do what; every read and write audited.
import { beforeAll, expect, it } from 'vitest';
import { remindDue } from '../../src/server/inbox/reminders';
import { describeDb } from '../support/db';
import { openCase } from '../support/make';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';

describeDb('decisions: forhåndsvarsel, decision, letter, receipt and appeal', () => {
  const w = useWorld({ kommuner: ['ved'], login: ['kontakt', 'rektor', 'forelder', 'fag'] });
  const pupilId = () => w.k.pupilIds[0]!;
  let caseId: string;
  let decisionId: string;
  let version: number;
  const url = () => `/api/cases/${caseId}/decisions/${decisionId}`;
  const step = async (body: Record<string, unknown>) => {
    const res = await w.as('rektor').post(`${url()}/steps`, { version, ...body });
    if (res.status === 200) version = res.data.decision.version;
    return res;
  };
  const board = async () =>
    (
      (await w.as('rektor').get('/api/decision-deadlines')).data.deadlines as {
        decisionId: string;
        deadline: unknown;
      }[]
    )
      .filter((d) => d.decisionId === decisionId)
      .map((d) => d.deadline);
  /** The leadership's inbox items of one kind. */
  const inboxOf = async (kind: string) =>
    ((await w.as('rektor').get('/api/inbox')).data.items as { kind: string; caseLink: string }[]).filter(
      (i) => i.kind === kind,
    );

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), pupilId(), 'Mye fravær om morgenen');
  });

  it('the case offers the kommune’s kinds; the contact teacher drafts one, but takes no step', async () => {
    const list = (await w.as('kontakt').get(`/api/cases/${caseId}/decisions`)).data;
    expect(list.kinds.map((k: { id: string }) => k.id)).toEqual([
      'redusert-timeplan',
      'individuelt-tilrettelagd-opplaring',
      'permisjon',
    ]);
    expect(list.legalBases.find((b: { key: string }) => b.key === 'opplaringslova-fritak')).toMatchObject({
      citation: 'opplæringslova § 2-2',
      replaces: 'opplæringsloven (1998) § 2-1 fjerde ledd',
    });
    expect(list.canDraft).toBe(true);

    const created = await w.as('kontakt').post(`/api/cases/${caseId}/decisions`, { kind: 'redusert-timeplan' });
    expect(created.status).toBe(201);
    const d = created.data.decision;
    decisionId = d.id;
    version = d.version;
    expect(d).toMatchObject({
      status: 'draft',
      legalBasis: ['opplaringslova-fritak'],
      canEdit: true,
      canDecide: false,
      nextSteps: [],
    });
    expect(d.gaps.map((g: { field: string }) => g.field)).toEqual(
      expect.arrayContaining(['facts', 'reasons', 'decision', 'heard', 'assessmentId', 'from', 'to', 'notice']),
    );
    expect(
      (await w.as('kontakt').post(`${url()}/steps`, { version, step: 'notice', replyBy: '2026-12-01' })).status,
    ).toBe(403);
    expect((await w.as('fag').get(url())).status).toBe(403);
    expect(
      (await w.as('kontakt').post(`/api/cases/${caseId}/decisions`, { kind: 'ukjent' })).data.error.details.fields,
    ).toEqual([{ field: 'kind', message: 'Ukjent vedtakstype' }]);
  });

  it('the draft is edited against its version: a stale version is a conflict, not an overwrite', async () => {
    const res = await w.as('kontakt').put(url(), {
      version,
      facts: 'Henrik har vært borte 40 % av timene før kl. 11 siden høstferien.',
      decision: 'Henrik møter kl. 11.00–14.00 mandag til fredag.',
      from: '2026-12-07',
      to: '2027-01-29',
      heard: {
        pupilViews: {
          obtained: true,
          how: 'samtale',
          views: 'Henrik vil heller komme senere enn ikke komme i det hele tatt.',
        },
        bestInterest: 'Det er best for Henrik å være på skolen hver dag, også om dagen blir kortere.',
      },
      weighed: 'Henriks ønske om å begynne senere er lagt til grunn for tidspunktene.',
    });
    expect(res.status).toBe(200);
    const stale = await w.as('rektor').put(url(), { version, reasons: 'Noe annet' });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.currentVersion).toBe(version + 1);
    version = res.data.decision.version;
    expect(res.data.decision.reasons).toBe('');
  });

  it('the forhåndsvarsel goes to the guardians in Nærvær with a reply deadline; the board shows it', async () => {
    const res = await step({ step: 'notice', replyBy: '2026-12-01' });
    expect(res.status).toBe(200);
    expect(res.data.decision).toMatchObject({
      status: 'notice-sent',
      notice: { sentOn: '2026-11-24', replyBy: '2026-12-01', reply: null },
      nextSteps: ['reply', 'decide'],
    });
    expect(await board()).toEqual([{ kind: 'reply-due', on: '2026-12-01', overdue: false }]);
    const inbox = (await w.as('forelder').get('/api/inbox')).data.items;
    expect(inbox.some((i: { kind: string }) => i.kind === 'guardian-document')).toBe(true);
    const mine = (await w.as('forelder').get(`/api/my-children/${pupilId()}/decisions`)).data.decisions;
    expect(mine).toEqual([
      {
        id: decisionId,
        kindName: 'Redusert timeplan eller fritak fra opplæringsplikten',
        afterAppeal: false,
        notice: { sentOn: '2026-11-24', replyBy: '2026-12-01', reply: null, replyChance: 'send', mayReply: true },
        letter: null,
        version,
      },
    ]);
    const notice = await w
      .as('forelder')
      .get(`/api/my-children/${pupilId()}/decisions/${decisionId}/pdf?document=notice`);
    expect(notice.status).toBe(200);
    const text = await pdfText(new Uint8Array(notice.rawPayload));
    expect(text).toContain('Forhåndsvarsel om vedtak');
    expect(text).toContain('01.12.2026');
    // The letter is not theirs before it is delivered.
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}/decisions/${decisionId}/pdf`)).status).toBe(404);
  });

  it('«Fatt vedtak» is refused without reasons and the sakkyndig vurdering, each named at its field', async () => {
    expect(
      (await step({ step: 'reply', on: '2026-11-24', text: 'Foresatte er enige, men ønsker ny vurdering før jul.' }))
        .status,
    ).toBe(200);
    const refused = await step({ step: 'decide' });
    expect(refused.status).toBe(400);
    expect(refused.data.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'reasons',
      'assessmentId',
    ]);
    expect(refused.data.error.message).toContain('Skriv begrunnelsen');
  });

  it('with the sakkyndig vurdering, the guardians’ consent and the reasons it is made, and the letter reads back', async () => {
    const assessment = await w.as('rektor').post(`/api/cases/${caseId}/assessments`, {
      kind: 'sakkyndig-vurdering',
      issuedOn: '2026-11-20',
      issuedBy: 'PPT Testkommune',
      recommendations: 'Redusert timeplan i en periode, med gradvis opptrapping.',
    });
    expect(assessment.status).toBe(201);
    const put = await w.as('rektor').put(url(), {
      version,
      assessmentId: assessment.data.assessment.id,
      guardianConsent: { on: '2026-11-24', by: 'Foresatt Testved' },
      reasons: 'PPT anbefaler en kortere dag for en periode, og Henrik klarer å møte når dagen starter senere.',
    });
    expect(put.status).toBe(200);
    version = put.data.decision.version;
    expect(put.data.decision.gaps).toEqual([]);
    const made = await step({ step: 'decide' });
    expect(made.status).toBe(200);
    expect(made.data.decision).toMatchObject({
      status: 'decided',
      decidedOn: '2026-11-24',
      canEdit: false,
      nextSteps: ['deliver'],
    });
    expect((await w.as('kontakt').put(url(), { version, reasons: 'Endret' })).status).toBe(400);

    const pdf = await w.as('rektor').get(`${url()}/pdf?document=letter`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(new Uint8Array(pdf.rawPayload));
    for (const expected of [
      'Vedtak',
      'Henrik møter kl. 11.00–14.00 mandag til fredag.',
      'Lovgrunnlag',
      'opplæringslova § 2-2',
      '(tidligere opplæringsloven (1998) § 2-1 fjerde ledd)',
      'Begrunnelse',
      'PPT anbefaler en kortere dag for en periode',
      'sakkyndig vurdering fra PPT Testkommune, datert 20.11.2026',
      'Elevens syn',
      'Hvordan elevens syn er vektlagt',
      'Barnets beste',
      'Du kan klage',
      'forvaltningsloven § 28',
      'tre uker fra den dagen dere mottok dette vedtaket (forvaltningsloven § 29)',
      'Statsforvalteren',
      'forvaltningsloven § 18',
    ])
      expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
    const english = await pdfText(new Uint8Array((await w.as('rektor').get(`${url()}/pdf?language=en`)).rawPayload));
    expect(english).toContain('You can appeal');
  });

  it('delivered in Nærvær, the guardian’s first opening is the receipt the appeal deadline runs from', async () => {
    expect((await step({ step: 'deliver', channel: 'naervaer' })).data.decision).toMatchObject({
      status: 'delivered',
      delivery: { channel: 'naervaer', sentOn: '2026-11-24', receivedOn: null, receipt: null },
      appealDeadline: null,
    });
    expect(await board()).toEqual([{ kind: 'receipt-missing', on: null, overdue: false }]);

    w.clock.set(new Date('2026-11-25T18:30:00+01:00'));
    for (const who of ['forelder', 'rektor']) await w.logInAs(who);
    const opened = await w.as('forelder').get(`/api/my-children/${pupilId()}/decisions/${decisionId}/pdf`);
    expect(opened.status).toBe(200);
    expect(await pdfText(new Uint8Array(opened.rawPayload))).toContain('Klagefristen går ut 16.12.2026');
    w.clock.set(new Date('2026-11-27T09:00:00+01:00'));
    for (const who of ['forelder', 'rektor']) await w.logInAs(who);
    await w.as('forelder').get(`/api/my-children/${pupilId()}/decisions/${decisionId}/pdf`);

    const d = (await w.as('rektor').get(url())).data.decision;
    expect(d).toMatchObject({
      delivery: { receivedOn: '2026-11-25', receipt: 'opened' },
      appealDeadline: '2026-12-16',
      nextSteps: ['appeal'],
    });
    version = d.version;
    expect(await board()).toEqual([{ kind: 'appeal-running', on: '2026-12-16', overdue: false }]);
  });

  it('an appeal is registered, upheld by the school and sent on with the documents; then the outcome', async () => {
    expect(
      (await step({ step: 'appeal', receivedOn: '2026-11-27', text: 'Vi mener dagen blir for kort.' })).data.decision
        .status,
    ).toBe('appealed');
    expect(await board()).toEqual([{ kind: 'reassess', on: '2026-12-28', overdue: false }]);
    // A week before the month runs out, the leadership is reminded in the inbox; once reassessed, it is gone.
    const reminders = () => inboxOf('decision-deadline');
    await remindDue(w.db, new Date('2026-12-20T07:00:00+01:00'));
    expect(await reminders()).toEqual([]);
    await remindDue(w.db, new Date('2026-12-21T07:00:00+01:00'));
    expect((await reminders()).map((i) => i.caseLink)).toEqual([`/sak/${caseId}`]);
    expect(
      (await step({ step: 'reassess', on: '2026-11-27', outcome: 'upheld', reasons: 'PPTs anbefaling står ved lag.' }))
        .data.decision.status,
    ).toBe('upheld');
    expect(await reminders()).toEqual([]);
    const forwarded = await step({ step: 'forward', on: '2026-11-27' });
    expect(forwarded.data.decision).toMatchObject({
      status: 'forwarded',
      forwarded: {
        on: '2026-11-27',
        documents: [
          'Forhåndsvarsel, 24.11.2026',
          'Foresattes uttalelse, 24.11.2026',
          'Sakkyndig vurdering fra PPT Testkommune, 20.11.2026',
          'Vedtak, 24.11.2026',
          'Klage, mottatt 27.11.2026',
          'Skolens vurdering av klagen, 27.11.2026',
        ],
      },
    });
    // Sent on the same day: the date it was sent, no waiting yet; never overdue (decision 229).
    expect(await board()).toEqual([{ kind: 'awaiting-outcome', on: '2026-11-27', overdue: false, waitedDays: 0 }]);
    w.clock.set(new Date('2026-12-18T09:00:00+01:00'));
    await w.logInAs('rektor');
    expect(await board()).toEqual([{ kind: 'awaiting-outcome', on: '2026-11-27', overdue: false, waitedDays: 21 }]);
    // A month at the Statsforvalteren without an outcome (decision 236): the leadership is told once; gone with it.
    const waiting = () => inboxOf('decision-waiting');
    await remindDue(w.db, new Date('2026-12-27T07:00:00+01:00'));
    expect(await waiting()).toEqual([]);
    await remindDue(w.db, new Date('2026-12-28T07:00:00+01:00'));
    await remindDue(w.db, new Date('2026-12-29T07:00:00+01:00'));
    expect((await waiting()).map((i) => i.caseLink)).toEqual([`/sak/${caseId}`]);
    expect(
      (await step({ step: 'outcome', on: '2026-11-27', outcome: 'upheld', text: 'Stadfestet.' })).data.decision,
    ).toMatchObject({
      status: 'final',
      outcome: { outcome: 'upheld' },
      nextSteps: [],
    });
    expect(await board()).toEqual([]);
    expect(await waiting()).toEqual([]);
    // A step that does not fit the state is refused.
    expect((await step({ step: 'appeal', receivedOn: '2026-11-27', text: 'Igjen' })).status).toBe(400);
  });

  it('every read and write of the decision is audited', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action'])
        .where('entity', '=', 'case_decision')
        .where('entity_id', '=', decisionId)
        .execute(),
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'decision.create',
      'decision.update',
      'decision.step',
      'decision.print',
      'decision.read',
      'decision.deadlines',
      'guardian.decision.pdf',
    ])
      expect(actions, a).toContain(a);
  });
});
