// From an alert to a case (issue 17 item 7): calling home first (the routine's first step) keeps the way
// to a case open, and every alert of a pupil with an open case says which case it is, so the screens offer
// «Gå til saken» instead of a form that would fail on submit.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';
import { HEARD } from '../../src/domain/ladder/testing';

type AlertJson = { id: string; pupilId: string; status: string; version: number; openCaseId: string | null };

describeDb('alert → case', () => {
  const w = useWorld({ kommuner: ['a2c'], login: ['kontakt', 'rektor'] });

  it('opens a case from a handled alert, after which every list names the case', async () => {
    const pupilId = w.k.pupilIds[0]!;
    const reg = await w.as('kontakt').post('/api/absence-events', {
      pupilId,
      date: '2026-11-23',
      kind: 'lesson',
      period: 2,
      documented: false,
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const raised = reg.json().alerts as AlertJson[];
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((a) => a.openCaseId === null)).toBe(true);

    const handled = await w.as('kontakt').post('/api/alerts/handle', {
      alerts: raised.map((a) => ({ id: a.id, version: a.version })),
      contact: {
        contactedAt: '2026-11-23T12:00:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: 'Ringte far.',
      },
    });
    expect(handled.statusCode, handled.body).toBe(200);
    const before = (await w.as('rektor').get('/api/alerts?status=all')).json().alerts as AlertJson[];
    const mine = before.filter((a) => a.pupilId === pupilId);
    expect(mine.every((a) => a.status === 'handled' && a.openCaseId === null)).toBe(true);

    // «Opprett sak» from the handled alert.
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId,
      from: 'alert',
      alertId: raised[0]!.id,
      reason: 'Ringte hjem; fraværet fortsetter',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as string;

    const after = (await w.as('rektor').get('/api/alerts?status=all')).json().alerts as AlertJson[];
    expect(after.filter((a) => a.pupilId === pupilId).map((a) => a.openCaseId)).toEqual(mine.map(() => caseId));
    const page = (await w.as('kontakt').get(`/api/pupils/${pupilId}/absence`)).json();
    expect((page.alerts as AlertJson[]).every((a) => a.openCaseId === caseId)).toBe(true);
    // Another pupil's alerts name no case.
    const other = after.filter((a) => a.pupilId !== pupilId);
    expect(other.every((a) => a.openCaseId === null)).toBe(true);

    // Closed: the alerts no longer name it, and «Opprett sak» is back.
    const c = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    const closed = await w.as('kontakt').post(`/api/cases/${caseId}/actions`, {
      action: { type: 'close', summary: 'Fraværet er borte.', heard: HEARD },
      version: c.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const later = (await w.as('rektor').get('/api/alerts?status=all')).json().alerts as AlertJson[];
    expect(later.filter((a) => a.pupilId === pupilId).every((a) => a.openCaseId === null)).toBe(true);
  });
});
