// Meetings (issue 17 item 11, decision 116): a time and a place, the undringssamtale's structured minutes
// offered as the template (content/minutes), «neste møte» planning the next meeting once (moved, not doubled,
// when the minutes are edited), and the earlier versions of edited minutes on the case page.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';
import { pdfText } from '../support/pdf-text';

describeDb('a meeting’s time and place, the minutes template, «neste møte» and earlier minutes', () => {
  const w = useWorld({ kommuner: ['mote'], login: ['kontakt', 'rektor'] });
  let caseId: string;
  let meetingId: string;
  const getCase = async () => (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();

  it('plans a meeting with a time and a place, and refuses a time that is not one', async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte mandager');
    const res = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'undringssamtale-foresatte',
      scheduledOn: '2026-11-24',
      scheduledTime: '09:30',
      place: 'Møterom 2',
      participants: ['Øyvind Myhre, kontaktlærer', 'Kari Fjell, mor'],
      agenda: '1. Velkommen\n2. Fraværet',
    });
    expect(res.statusCode, res.body).toBe(201);
    meetingId = res.json().meeting.id;
    expect(res.json().meeting).toMatchObject({
      scheduledTime: '09:30',
      place: 'Møterom 2',
      nextMeetingId: null,
      earlierMinutes: [],
    });
    const bad = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'samarbeidsmote',
      scheduledOn: '2026-11-25',
      scheduledTime: '25:00',
      participants: ['Øyvind Myhre'],
      agenda: 'x',
    });
    expect(bad.statusCode).toBe(400);
    // Without a time the meeting is for the day.
    const noTime = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'naervaersteam',
      scheduledOn: '2026-11-30',
      participants: ['Rektor'],
      agenda: 'Drøfting',
    });
    expect(noTime.json().meeting).toMatchObject({ scheduledTime: null, place: '' });
  });

  it('offers the undringssamtale’s structured minutes as the template, with its source', async () => {
    const c = await getCase();
    expect(c.minutesTemplates).toEqual([
      expect.objectContaining({
        id: 'undringssamtale',
        title: 'Referat fra undringssamtale',
        meetingKinds: ['undringssamtale-elev', 'undringssamtale-foresatte'],
        source: expect.stringMatching(/^001 Samtalemal/),
      }),
    ]);
    const text = c.minutesTemplates[0].text as string;
    expect(text.split('\n').filter((l) => l.trim())).toEqual([
      '1. Velkommen',
      '2. Kort om bakgrunn for samtalen',
      '3. Foreldrenes og elevens innspill',
      '4. Hva observasjonen bunner i',
      '5. Mål og vurderingstidspunkt (Hva vil vi se? Når?)',
      '6. Hva som gjøres i første omgang',
      '7. Tiltak',
    ]);
  });

  const minutes = (extra: string) =>
    `1. Velkommen\nKontaktlærer ønsket velkommen.\n\n2. Kort om bakgrunn for samtalen\nFire mandager borte.\n\n7. Tiltak\n${extra}`;

  it('«neste møte» in the minutes plans the next meeting with date, time and place', async () => {
    const c0 = await getCase();
    const m = c0.meetings.find((x: { id: string }) => x.id === meetingId);
    const res = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${meetingId}`, {
      scheduledOn: m.scheduledOn,
      participants: m.participants,
      agenda: m.agenda,
      heldOn: '2026-11-24',
      minutes: minutes('Henrik får skifte alene.'),
      nextMeetingOn: '2026-12-14',
      nextMeetingTime: '14:00',
      nextMeetingPlace: 'Møterom 2',
      anonymised: false,
      version: m.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const nextId = res.json().meeting.nextMeetingId as string;
    expect(nextId).toBeTruthy();
    const c = await getCase();
    const next = c.meetings.find((x: { id: string }) => x.id === nextId);
    expect(next).toMatchObject({
      kind: 'samarbeidsmote',
      scheduledOn: '2026-12-14',
      scheduledTime: '14:00',
      place: 'Møterom 2',
      heldOn: null,
      participants: ['Øyvind Myhre, kontaktlærer', 'Kari Fjell, mor'],
      agenda: 'Oppfølging av undringssamtale med foresatte 24.11.2026.',
    });
    // The planned meeting is audited as one.
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', nextId)
        .where('action', '=', 'case.meeting.plan')
        .execute(),
    );
    expect(audit).toHaveLength(1);
  });

  it('prints the time and the place in the minutes', async () => {
    const pdf = await w.as('kontakt').post(`/api/cases/${caseId}/meetings/${meetingId}/minutes`, {});
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(pdf.rawPayload))).replace(/\s+/g, ' ');
    expect(text).toContain('Møtet ble holdt 24.11.2026 kl. 09.30 på Møterom 2.');
  });

  it('editing the minutes keeps the earlier version visible and moves the planned meeting instead of adding one', async () => {
    const c0 = await getCase();
    const before = c0.meetings.length;
    const m = c0.meetings.find((x: { id: string }) => x.id === meetingId);
    const res = await w.as('kontakt').put(`/api/cases/${caseId}/meetings/${meetingId}`, {
      scheduledOn: m.scheduledOn,
      participants: m.participants,
      agenda: m.agenda,
      heldOn: '2026-11-24',
      minutes: minutes('Henrik får skifte alene, og gymlæreren vet det.'),
      nextMeetingOn: '2026-12-15',
      nextMeetingTime: '08:30',
      nextMeetingPlace: 'Rektors kontor',
      anonymised: false,
      version: m.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().meeting.earlierMinutes).toEqual([
      expect.objectContaining({ minutes: minutes('Henrik får skifte alene.'), heldOn: '2026-11-24', version: 2 }),
    ]);
    const c = await getCase();
    expect(c.meetings).toHaveLength(before);
    const mine = c.meetings.find((x: { id: string }) => x.id === meetingId);
    expect(mine.minutes).toBe(minutes('Henrik får skifte alene, og gymlæreren vet det.'));
    expect(mine.earlierMinutes).toHaveLength(1);
    expect(mine.earlierMinutes[0].savedByName).toBeTruthy();
    expect(mine.earlierMinutes[0].savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const next = c.meetings.find((x: { id: string }) => x.id === mine.nextMeetingId);
    expect(next).toMatchObject({ scheduledOn: '2026-12-15', scheduledTime: '08:30', place: 'Rektors kontor' });
  });
});
