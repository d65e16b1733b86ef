// A parent's right to information restricted and restored on screen (decision 152), on both databases: only
// the school's leadership may, with its basis, audited; the restricted parent gets 404 on the child, no inbox
// item from «Send til foresatte» and no same-day notice; lifting restores access; an old version is 409.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';
import { loadContent } from '../../src/server/content/load-content';
import { sendSameDayNotices } from '../../src/server/inbox/same-day-notice';

const settings = loadContent().settings;
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+01:00`);

describeDb('restricting a parent’s right to information', () => {
  const w = useWorld({
    kommuner: ['begrens'],
    env: { NAERVAER_SESSION_IDLE_MINUTES: '10000', NAERVAER_SESSION_ABSOLUTE_HOURS: '200' },
  });
  const pupilId = () => w.k.pupilIds[0]!;
  const url = () => `/api/pupils/${pupilId()}/guardians/${w.k.guardianId}/information-restriction`;
  const guardianOnPage = async () =>
    (await w.as('rektor').get(`/api/pupils/${pupilId()}/absence`)).data.guardians.find(
      (g: { id: string }) => g.id === w.k.guardianId,
    );
  const sameDayNotices = (day: string) =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('contact_log').selectAll().where('notice_on', '=', day).where('pupil_id', '=', pupilId()).execute(),
    );

  it('is the school leadership’s, with a basis; the contact teacher may not', async () => {
    const before = await guardianOnPage();
    expect(before).toMatchObject({ restriction: null, version: 1 });
    expect((await w.as('kontakt').put(url(), { restricted: true, reason: 'Dom', version: 1 })).status).toBe(403);
    const noReason = await w.as('rektor').put(url(), { restricted: true, reason: ' ', version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('grunnlaget');
    // A guardian of another pupil, named with this pupil: not found.
    const other = `/api/pupils/${w.k.pupilIds[1]!}/guardians/${randomUUID()}/information-restriction`;
    expect((await w.as('rektor').put(other, { restricted: true, reason: 'Dom', version: 1 })).status).toBe(404);

    const set = await w.as('rektor').put(url(), { restricted: true, reason: 'Avgjørelse fra domstol', version: 1 });
    expect(set.status).toBe(200);
    expect(set.data).toEqual({ guardianId: w.k.guardianId, restricted: true, version: 2 });
    const shown = await guardianOnPage();
    expect(shown.restriction).toMatchObject({ reason: 'Avgjørelse fra domstol', fromRoster: false });
    expect(shown.restriction.byName).toBeTruthy();
    expect(shown.restriction.at).toBeTruthy();
    // Someone else's stale version is refused.
    expect((await w.as('rektor').put(url(), { restricted: false, version: 1 })).status).toBe(409);
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['details', 'user_id'])
        .where('action', '=', 'pupil.guardian-restriction.set')
        .execute(),
    );
    // The refusals are audited too (from the HTTP edge); this is the change.
    expect(audit).toContainEqual(
      expect.objectContaining({
        user_id: w.k.users.rektor!.id,
        details: expect.objectContaining({ restricted: true, reason: 'Avgjørelse fra domstol' }),
      }),
    );
  });

  it('tells the restricted parent nothing: 404 on the child, no document, no same-day notice', async () => {
    expect((await w.as('forelder').get('/api/my-children')).data.children).toEqual([]);
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}`)).status).toBe(404);

    // Minutes sent home: no guardian with access gets them.
    const caseId = await openCase(w.as('kontakt'), pupilId(), 'Fravær');
    const meeting = {
      scheduledOn: '2026-11-20',
      scheduledTime: '09:30',
      place: 'Møterom 2',
      participants: ['Kontaktlærer', 'Foresatte'],
      agenda: 'Hvordan morgenene går',
    };
    const planned = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, { kind: 'samarbeidsmote', ...meeting });
    expect(planned.status, planned.body).toBe(201);
    const held = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${planned.data.meeting.id}`, {
      ...meeting,
      heldOn: '2026-11-20',
      minutes: 'Vi ble enige om en plan.',
      nextMeetingOn: '2026-12-04',
      nextMeetingTime: '10:00',
      nextMeetingPlace: 'Møterom 2',
      anonymised: false,
      version: planned.data.meeting.version,
    });
    expect(held.status, held.body).toBe(200);
    const sent = await w
      .as('kontakt')
      .post(`/api/cases/${caseId}/meetings/${planned.data.meeting.id}/send-to-guardians`, {});
    expect(sent.data).toMatchObject({ alreadySent: false, guardians: 0 });
    expect((await w.as('forelder').get('/api/inbox')).data.items).toEqual([]);

    // Registered absent at 08:15, no report: no notice at 09:30 for a restricted parent.
    w.clock.set(at('2026-11-24', '08:15'));
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-24']);
    w.clock.set(at('2026-11-24', '09:30'));
    const round = await sendSameDayNotices(w.db, settings, { sms: false }, at('2026-11-24', '09:30'));
    expect(round.inbox).toBe(0);
    expect((await w.as('forelder').get('/api/inbox')).data.items).toEqual([]);
  });

  it('restores access when lifted', async () => {
    const lifted = await w.as('rektor').put(url(), { restricted: false, version: 2 });
    expect(lifted.status).toBe(200);
    expect((await guardianOnPage()).restriction).toBeNull();
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}`)).status).toBe(200);
    expect((await w.as('forelder').get('/api/my-children')).data.children.map((c: { id: string }) => c.id)).toContain(
      pupilId(),
    );
    // The minutes sent while restricted are in the view now (the view lists what was sent to the child's home).
    expect((await w.as('forelder').get(`/api/my-children/${pupilId()}`)).data.documents).toHaveLength(1);
    w.clock.set(at('2026-11-25', '08:15'));
    await recordAbsence(w.as('kontakt'), pupilId(), ['2026-11-25']);
    const round = await sendSameDayNotices(w.db, settings, { sms: false }, at('2026-11-25', '09:30'));
    expect(round.inbox).toBe(1);
    expect(await sameDayNotices('2026-11-25')).toHaveLength(1);
  });
});
