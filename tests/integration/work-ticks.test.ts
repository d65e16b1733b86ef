// Issue 17 item 9 (decisions 112–113): the checklist follows the work. A held meeting of the right kind,
// a filled form, an activated plan, a granted consent and a sent referral tick the ladder tasks they
// carry out, with what ticked them; a task can still be ticked by hand with a comment; the person a task
// is assigned to — the helsesykepleier too, through the consent — may tick it, and nobody else outside
// the school.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import * as ex from '../../src/domain/plans/testing';
import { describeDb } from '../support/db';
import { openCaseAtLevel } from '../support/make';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

type Task = {
  id: string;
  ladderTaskId: string | null;
  text: string;
  sourceText: string | null;
  doneOn: string | null;
  doneByName: string | null;
  tickedBy: { kind: string; id: string } | null;
  comment: string | null;
  mayTick: boolean;
  version: number;
};

describeDb('the checklist follows the work', () => {
  const w = useWorld({ kommuner: ['jobb'], login: ['kontakt', 'helse', 'rektor'] });
  let caseId = '';
  let otherCaseId = '';
  const tasks = async (who = 'kontakt', id = caseId) =>
    (await w.as(who).get(`/api/cases/${id}`)).json().tasks as Task[];
  const task = async (ladderTaskId: string, who = 'kontakt') =>
    (await tasks(who)).find((t) => t.ladderTaskId === ladderTaskId)!;
  const ticks = async (tickedBy: { kind: string; id: string }) =>
    (await tasks())
      .filter((t) => t.tickedBy?.kind === tickedBy.kind && t.tickedBy.id === tickedBy.id)
      .map((t) => t.ladderTaskId)
      .sort();

  beforeAll(async () => {
    // Level 2 of the Saltdal ladder: the checklists of levels 0, 1 and 2 are all in the case.
    caseId = await openCaseAtLevel(w.as('kontakt'), w.k.pupilIds[0]!, 2, 'Borte mange mandager');
    otherCaseId = await openCaseAtLevel(w.as('kontakt'), w.k.pupilIds[1]!, 1, 'Kommer sent');
  });

  it('shows «Registrering av fravær» without the other system, and keeps the source’s words for «Kilde»', async () => {
    const registering = await task('saltdal-0-registrering');
    expect(registering).toMatchObject({
      text: 'Registrering av fravær',
      sourceText: 'Registrering av fravær i Visma Flyt Skole',
      doneOn: null,
      mayTick: true,
    });
    expect((await tasks()).filter((t) => /Visma|Sampro/.test(t.text))).toEqual([]);
  });

  it('ticks every «Elevsamtale» when an undringssamtale with the pupil is held, not when it is planned', async () => {
    const planned = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'undringssamtale-elev',
      scheduledOn: '2026-11-24',
      participants: ['Eleven', 'Kontaktlærer'],
      agenda: 'Hvordan går det?',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const m = planned.json().meeting;
    expect((await task('saltdal-0-elevsamtale')).doneOn).toBeNull();
    const held = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${m.id}`, {
      scheduledOn: m.scheduledOn,
      participants: m.participants,
      agenda: m.agenda,
      anonymised: false,
      heldOn: '2026-11-24',
      minutes: 'Eleven gruer seg til gymtimene.',
      nextMeetingOn: null,
      version: m.version,
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(await ticks({ kind: 'meeting', id: m.id })).toEqual([
      'saltdal-0-elevsamtale',
      'saltdal-1-elevsamtale',
      'saltdal-2-elevsamtale',
    ]);
    expect(await task('saltdal-0-elevsamtale')).toMatchObject({ doneOn: '2026-11-24', mayTick: false });
    // A meeting of another kind ticks nothing it does not carry out.
    expect((await task('saltdal-0-samtale-foresatte')).doneOn).toBeNull();
    // Each tick is audited like a tick by hand.
    const audited = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('case_id', '=', caseId)
        .where('action', '=', 'case.task.done')
        .execute(),
    );
    expect(audited).toHaveLength(3);
    expect(audited[0]!.details).toMatchObject({ tickedBy: { kind: 'meeting', id: m.id } });
  });

  it('ticks «Kartlegge fraværet» when the årsakskartlegging is filled', async () => {
    const filled = await w.as('kontakt').post(`/api/cases/${caseId}/forms`, {
      formId: 'arsakskartlegging',
      answers: { kort: { selected: [{ card: 'engstelig' }] }, tiltak: 'En voksen i døra om morgenen' },
    });
    expect(filled.statusCode, filled.body).toBe(201);
    expect(await ticks({ kind: 'form', id: filled.json().form.id })).toEqual([
      'saltdal-0-kartlegge-fravaeret',
      'saltdal-0-problemets-kjerne',
      'saltdal-1-kartlegging',
    ]);
  });

  it('ticks «Utarbeide tiltak» when the samarbeidsavtale is activated, not while it is a draft', async () => {
    const content = ex.samarbeidsavtale({
      date: '2026-11-24',
      evaluationOn: '2026-12-15',
      rows: [{ ...ex.samarbeidsavtale().rows[0]!, deadline: '2026-12-11' }],
      signatures: [
        { name: 'Kari Nordmann', role: 'foresatt', signedOn: '2026-11-24' },
        { name: 'Ola Nordmann', role: 'skole', signedOn: '2026-11-24' },
      ],
    });
    const created = await w.as('kontakt').post(`/api/cases/${caseId}/plans`, { kind: content.kind, content });
    expect(created.statusCode, created.body).toBe(201);
    const planId = created.json().plan.id;
    expect((await task('saltdal-0-utarbeide-tiltak')).doneOn).toBeNull();
    await w.db.withContext({ kommuneId: w.k.id, userId: w.k.users.kontakt!.id }, (tx) =>
      sql`insert into case_statement (id, kommune_id, case_id, pupil_id, person_name, relation, chosen_by_pupil, statement, given_on, recorded_by, recorded_at)
          values (${randomUUID()}, ${w.k.id}, ${caseId}, ${w.k.pupilIds[0]}, 'Hanne Helsesøster', 'helsesykepleier', true, 'Eleven vil ha en voksen å gå til.', '2026-11-24', ${w.k.users.kontakt!.id}, now())`.execute(
        tx,
      ),
    );
    const activated = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/plans/${planId}/activate`, { version: 1, heard: HEARD });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(await ticks({ kind: 'plan', id: planId })).toEqual(['saltdal-0-utarbeide-tiltak', 'saltdal-1-nye-tiltak']);
  });

  it('ticks «Innhente samtykkeerklæring» when a consent is given, not when the family says no', async () => {
    const consent = (decision: string) => ({
      decision,
      services: decision === 'granted' ? ['helsestasjon'] : [],
      guardianIds: [w.k.guardianId],
      pupilConsented: false,
      informationGiven: 'Om helsestasjonen, muntlig',
      scope: 'Fravær og helseplager som påvirker skolegangen',
      heldBackMatters: null,
      stafettlogg: false,
      place: 'Nærvik',
      consentDate: '2026-11-24',
      collectedAtService: 'Testskole',
    });
    const no = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent('refused'));
    expect(no.statusCode, no.body).toBe(201);
    expect((await task('saltdal-2-samtykke')).doneOn).toBeNull();
    const yes = await w.as('kontakt').post(`/api/cases/${caseId}/consents`, consent('granted'));
    expect(yes.statusCode, yes.body).toBe(201);
    expect(await ticks({ kind: 'consent', id: yes.json().id })).toEqual(['saltdal-2-samtykke']);
  });

  it('ticks the referral task when the referral is sent, not while it is being written', async () => {
    const draft = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/referrals`, { service: 'ppt', status: 'under-arbeid' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await task('saltdal-2-henvise-melde')).doneOn).toBeNull();
    const r = draft.json().referral;
    const sent = await w.as('kontakt').put(`/api/cases/${caseId}/referrals/${r.id}`, {
      service: 'ppt',
      status: 'sendt',
      sentOn: '2026-11-24',
      guardiansSigned: true,
      version: r.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await ticks({ kind: 'referral', id: r.id })).toEqual(['saltdal-2-henvise-melde']);
  });

  it('still ticks a task by hand, with the comment of the one who did', async () => {
    const t = await task('saltdal-0-drofting-kollegaer');
    const done = await w.as('kontakt').post(`/api/cases/${caseId}/tasks/${t.id}/done`, {
      version: t.version,
      comment: 'Drøftet på teammøtet tirsdag',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(await task('saltdal-0-drofting-kollegaer')).toMatchObject({
      doneOn: '2026-11-24',
      tickedBy: null,
      comment: 'Drøftet på teammøtet tirsdag',
    });
  });

  it('lets the helsesykepleier with consent tick her own task, and no other', async () => {
    const hers = await task('saltdal-1-dialog-skole-helse', 'helse');
    expect(hers).toMatchObject({ mayTick: true, doneOn: null });
    const notHers = await task('saltdal-1-skole-hjem', 'helse');
    expect(notHers.mayTick).toBe(false);
    expect(
      (await w.as('helse').post(`/api/cases/${caseId}/tasks/${notHers.id}/done`, { version: notHers.version }))
        .statusCode,
    ).toBe(403);
    // «Mine oppgaver» lists it for her, in the case the consent opens.
    const mine = (await w.as('helse').get('/api/tasks/mine')).json().tasks as { id: string; caseId: string }[];
    expect(mine.map((t) => t.id)).toContain(hers.id);
    expect(mine.map((t) => t.id)).not.toContain(notHers.id);
    expect(new Set(mine.map((t) => t.caseId))).toEqual(new Set([caseId]));
    const done = await w.as('helse').post(`/api/cases/${caseId}/tasks/${hers.id}/done`, {
      version: hers.version,
      comment: 'Snakket med fastlegen',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(await task('saltdal-1-dialog-skole-helse')).toMatchObject({
      doneOn: '2026-11-24',
      comment: 'Snakket med fastlegen',
    });
  });

  it('does not let the helsesykepleier tick a task in a case without consent', async () => {
    const theirs = (await tasks('kontakt', otherCaseId)).find(
      (t) => t.ladderTaskId === 'saltdal-1-dialog-skole-helse',
    )!;
    const res = await w
      .as('helse')
      .post(`/api/cases/${otherCaseId}/tasks/${theirs.id}/done`, { version: theirs.version });
    expect(res.statusCode).toBe(404);
    expect((await tasks('kontakt', otherCaseId)).find((t) => t.id === theirs.id)!.doneOn).toBeNull();
    const mine = (await w.as('helse').get('/api/tasks/mine')).json().tasks as { caseId: string }[];
    expect(mine.filter((t) => t.caseId === otherCaseId)).toEqual([]);
  });
});
