// Issue 4 on the server: registration against the calendar, history and conflicts, alerts from the
// school's rule profile (Saltdal here), handling by the contact log, guardians' reports, observations.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { pdfText } from '../support/pdf-text';
import { useWorld } from '../support/world';

describeDb('absence, alerts and the contact log', () => {
  const w = useWorld({ kommuner: ['abs'], login: ['kontakt', 'rektor', 'fag', 'forelder'] });
  const register = (payload: object, who = 'kontakt') =>
    w.as(who).post('/api/absence-events', { documented: false, ...payload });

  it('registers a whole day on a school day and refuses weekends and holidays with the reason', async () => {
    const ok = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-02', kind: 'day' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().event).toMatchObject({
      date: '2026-11-02',
      kind: 'day',
      source: 'laerer',
      documented: false,
      version: 1,
      registeredByName: `Navn ${w.k.users.kontakt!.username}`,
    });
    expect(ok.json().alerts).toEqual([]);
    const saturday = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-21', kind: 'day' });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().error.message).toMatch(/lørdag/);
    const autumn = await register({ pupilId: w.k.pupilIds[0], date: '2026-09-29', kind: 'day' });
    expect(autumn.json().error.message).toMatch(/Høstferie/);
    const period = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-20', kind: 'lesson', period: 6 });
    expect(period.json().error.message).toMatch(/Time 6 finnes ikke: 20.11.2026 har 5 timer/);
  });

  it('refuses absence on a future date, except granted leave, with the field named (issue 13 item 6)', async () => {
    const tomorrow = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-25', kind: 'lesson', period: 2 });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().error.message).toMatch(
      /^25\.11\.2026 er fram i tid\. Fravær registreres når det har skjedd/,
    );
    expect(tomorrow.json().error.details.fields).toEqual([
      { field: 'date', message: expect.stringMatching(/fram i tid/) },
    ]);
    for (const kind of ['day', 'late', 'left'] as const) {
      const r = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-26', kind, period: 2, minutes: 10 });
      expect(r.statusCode, kind).toBe(400);
    }
    const leave = await register({
      pupilId: w.k.pupilIds[0],
      date: '2026-11-26',
      kind: 'day',
      documented: true,
      reason: 'permisjon',
    });
    expect(leave.statusCode).toBe(201);
    // Granted leave counts only from its day on: no alert today for a day that has not come.
    expect(leave.json().alerts).toEqual([]);
    expect((await w.as('kontakt').delete(`/api/absence-events/${leave.json().event.id}?version=1`)).statusCode).toBe(
      200,
    );
  });

  it('refuses the same absence twice', async () => {
    const again = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-02', kind: 'day' });
    expect(again.statusCode).toBe(409);
  });

  it('raises an explained alert at the third day in a month (Saltdal routine 3) and shows it to the leadership', async () => {
    expect((await register({ pupilId: w.k.pupilIds[0], date: '2026-11-03', kind: 'day' })).json().alerts).toEqual([]);
    const third = await register({ pupilId: w.k.pupilIds[0], date: '2026-11-24', kind: 'day' });
    const alerts = third.json().alerts as {
      ruleId: string;
      startedOn: string;
      status: string;
      explanation: string;
      nextStep: string;
      countedEvents: unknown[];
    }[];
    const routine = alerts.find((a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned')!;
    expect(routine).toMatchObject({ startedOn: '2026-11-24', status: 'new' });
    expect(routine.explanation).toMatch(/3 skoledager med fravær/);
    expect(routine.nextStep.length).toBeGreaterThan(10);
    expect(routine.countedEvents).toHaveLength(3);
    const leaders = (await w.as('rektor').get('/api/alerts')).json().alerts as { ruleId: string; pupilId: string }[];
    expect(leaders.some((a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned' && a.pupilId === w.k.pupilIds[0])).toBe(
      true,
    );
  });

  it('keeps one episode while the rule holds: a fourth day updates the alert, not a new one', async () => {
    await register({ pupilId: w.k.pupilIds[0], date: '2026-11-23', kind: 'day' });
    const alerts = (await w.as('kontakt').get(`/api/alerts?classId=${w.k.classId}`)).json().alerts as {
      ruleId: string;
    }[];
    expect(alerts.filter((a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned')).toHaveLength(1);
  });

  it('handles the alert by logging a phone call with a guardian', async () => {
    const alert = (
      (await w.as('kontakt').get('/api/alerts')).json().alerts as { id: string; ruleId: string; version: number }[]
    ).find((a) => a.ruleId === 'saltdal-rutine-3-tre-dager-maaned')!;
    const seen = await w.as('kontakt').post(`/api/alerts/${alert.id}/seen`, { version: alert.version });
    expect(seen.json().alert.status).toBe('seen');
    const stale = await w.as('kontakt').post(`/api/alerts/${alert.id}/handle`, {
      version: alert.version,
      contact: {
        contactedAt: '2026-11-24T08:10:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: 'Ringte mor',
      },
    });
    expect(stale.statusCode).toBe(409);
    const handled = await w.as('kontakt').post(`/api/alerts/${alert.id}/handle`, {
      version: seen.json().alert.version,
      contact: {
        contactedAt: '2026-11-24T08:10:00+01:00',
        withWhom: ['foresatt'],
        channel: 'telefon',
        summary: 'Ringte mor',
        agreed: 'Møte fredag',
      },
    });
    expect(handled.statusCode).toBe(200);
    expect(handled.json().alert.status).toBe('handled');
    expect(handled.json().contact).toMatchObject({
      channel: 'telefon',
      withWhom: ['foresatt'],
      agreed: 'Møte fredag',
      alertId: alert.id,
    });
    const open = (await w.as('kontakt').get('/api/alerts')).json().alerts as { id: string }[];
    expect(open.map((a) => a.id)).not.toContain(alert.id);
    // Leave granted ahead is not absence yet (issue 17 item 5).
    const leave = await register({
      pupilId: w.k.pupilIds[0],
      date: '2026-11-26',
      kind: 'day',
      documented: true,
      reason: 'permisjon',
    });
    expect(leave.statusCode).toBe(201);
    const page = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json();
    expect(page.contacts[0]).toMatchObject({ summary: 'Ringte mor' });
    // «Skoledager hittil» on Tuesday 24.11: 17.8–24.11 is 72 weekdays, less høstferie (5) and the planning day.
    expect(page.today).toBe('2026-11-24');
    expect(page.diploma).toMatchObject({ schoolDays: 66, absentDays: 4, absentLessons: 0 });
    expect((await w.as('kontakt').delete(`/api/absence-events/${leave.json().event.id}?version=1`)).statusCode).toBe(
      200,
    );
    expect(page.calendar.schoolDays.length).toBeGreaterThan(180);
    expect(page.calendar.closedDays.some((d: { reason: string }) => /Juleferie/.test(d.reason))).toBe(true);
  });

  it('keeps every version: a stale correction is refused, history shows created, updated, deleted', async () => {
    const created = (
      await register({ pupilId: w.k.pupilIds[1], date: '2026-11-16', kind: 'late', minutes: 10, period: 1 })
    ).json().event;
    const updated = await w.as('kontakt').put(`/api/absence-events/${created.id}`, {
      date: '2026-11-16',
      kind: 'late',
      minutes: 25,
      period: 1,
      documented: false,
      version: 1,
    });
    expect(updated.json().event).toMatchObject({ minutes: 25, version: 2 });
    const stale = await w.as('kontakt').put(`/api/absence-events/${created.id}`, {
      date: '2026-11-16',
      kind: 'late',
      minutes: 5,
      period: 1,
      documented: false,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/Noen andre har endret dette/);
    expect((await w.as('kontakt').delete(`/api/absence-events/${created.id}?version=2`)).statusCode).toBe(200);
    const history = (await w.as('kontakt').get(`/api/absence-events/${created.id}/history`)).json().history;
    expect(history.map((h: { change: string; event: { minutes: number } }) => [h.change, h.event.minutes])).toEqual([
      ['created', 10],
      ['updated', 25],
      ['deleted', 25],
    ]);
  });

  it('removes an unhandled alert when the event behind it is deleted', async () => {
    const lesson = await register({ pupilId: w.k.pupilIds[1], date: '2026-11-17', kind: 'lesson', period: 1 });
    expect(lesson.json().event.subject).toBe('Norsk');
    expect(lesson.json().alerts.map((a: { ruleId: string }) => a.ruleId)).toContain('saltdal-udokumentert-time');
    const after = await w.as('kontakt').delete(`/api/absence-events/${lesson.json().event.id}?version=1`);
    expect(after.json().alerts).toEqual([]);
  });

  it('lets a faglærer register in own lessons only', async () => {
    const own = await register({ pupilId: w.k.pupilIds[1], date: '2026-11-24', kind: 'lesson', period: 3 }, 'fag');
    expect(own.statusCode).toBe(201);
    expect(own.json().event.subject).toBe('Kroppsøving');
    const other = await register({ pupilId: w.k.pupilIds[1], date: '2026-11-24', kind: 'lesson', period: 1 }, 'fag');
    expect(other.statusCode).toBe(403);
    const day = await register({ pupilId: w.k.pupilIds[1], date: '2026-11-20', kind: 'day' }, 'fag');
    expect(day.statusCode).toBe(403);
  });

  it("shows a guardian's report in the register, and absent pupils without a report as needing a call", async () => {
    const report = await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[0]}/reports`, {
      from: '2026-11-24',
      to: '2026-11-24',
      reason: 'sykdom',
      note: 'Feber',
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toEqual({ created: 1, skipped: [] });
    await register({ pupilId: w.k.pupilIds[1], date: '2026-11-24', kind: 'day' });
    const reg = (await w.as('kontakt').get(`/api/classes/${w.k.classId}/register?date=2026-11-24`)).json();
    expect(reg.schoolDay).toBe(true);
    expect(reg.lessons.length).toBeGreaterThan(0);
    const byId = new Map(reg.pupils.map((p: { id: string }) => [p.id, p]));
    expect(byId.get(w.k.pupilIds[0])).toMatchObject({ guardianReported: true, needsCall: false });
    expect(byId.get(w.k.pupilIds[1])).toMatchObject({ guardianReported: false, needsCall: true });
    expect(byId.get(w.k.pupilIds[2])).toMatchObject({ needsCall: false, events: [] });
    // Not for someone else's child, not in the past, and weekends are skipped.
    expect(
      (
        await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[1]}/reports`, {
          from: '2026-11-25',
          to: '2026-11-25',
          reason: 'sykdom',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[0]}/reports`, {
          from: '2026-11-20',
          to: '2026-11-20',
          reason: 'sykdom',
        })
      ).statusCode,
    ).toBe(400);
    const period = await w.as('forelder').post(`/api/my-children/${w.k.pupilIds[0]}/reports`, {
      from: '2026-12-18',
      to: '2026-12-22',
      reason: 'annet',
    });
    expect(period.json()).toMatchObject({ created: 1, skipped: [{ date: '2026-12-21' }, { date: '2026-12-22' }] });
    const closed = await w.as('kontakt').get(`/api/classes/${w.k.classId}/register?date=2026-12-23`);
    expect(closed.json()).toMatchObject({ schoolDay: false, lessons: [] });
    expect(closed.json().closedReason).toMatch(/Juleferie/);
  });

  it('fires an observation rule from a staff observation, never from events', async () => {
    await sql`update school set rule_profile = 'jevnaker' where id = ${w.k.schoolId}`.execute(w.db.owner);
    const bad = await w.as('kontakt').post(`/api/pupils/${w.k.pupilIds[2]}/observations`, {
      kind: 'alvorlig-hendelse',
      observedOn: '2026-11-20',
      description: 'x',
      ruleId: 'saltdal-udokumentert-time',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await w.as('kontakt').post(`/api/pupils/${w.k.pupilIds[2]}/observations`, {
      kind: 'alvorlig-hendelse',
      observedOn: '2026-11-20',
      description: 'Utestengt fra gruppa i friminuttet',
      ruleId: 'jevnaker-alvorlig-enkeltepisode',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().alerts.map((a: { ruleId: string; startedOn: string }) => [a.ruleId, a.startedOn])).toEqual([
      ['jevnaker-alvorlig-enkeltepisode', '2026-11-20'],
    ]);
  });

  it('writes an audit row for every pupil in the register and for the pupil page', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'pupil_id'])
        .where('action', 'in', ['absence.register.read', 'pupil.absence.read'])
        .execute(),
    );
    for (const p of w.k.pupilIds)
      expect(rows.some((r) => r.action === 'absence.register.read' && r.pupil_id === p)).toBe(true);
    expect(rows.some((r) => r.action === 'pupil.absence.read' && r.pupil_id === w.k.pupilIds[0])).toBe(true);
  });

  it('writes the letter to guardians as a Norwegian PDF, logged; a protected address needs the leadership', async () => {
    const alerts = (await w.as('kontakt').get('/api/alerts?status=all')).json().alerts as {
      id: string;
      pupilId: string;
      ruleId: string;
    }[];
    const forHenrik = alerts.find(
      (a) => a.pupilId === w.k.pupilIds[0] && a.ruleId === 'saltdal-rutine-3-tre-dager-maaned',
    )!;
    const res = await w.as('kontakt').post(`/api/alerts/${forHenrik.id}/letter`, {});
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(res.rawPayload));
    expect(text).toContain('Melding om bekymringsfullt fravær');
    expect(text).toContain(`Til foresatte til Elev0 Testabs, klasse 9A`);
    expect(text).toContain('Høyt fravær alene fører ikke til melding til barneverntjenesten.');
    const contacts = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json().contacts as {
      channel: string;
    }[];
    expect(contacts.filter((c) => c.channel === 'brev')).toHaveLength(1);
    // Pressed again the same day: the same letter, still one line in the contact log (each print audited).
    expect((await w.as('kontakt').post(`/api/alerts/${forHenrik.id}/letter`, {})).statusCode).toBe(200);
    const again = (await w.as('kontakt').get(`/api/pupils/${w.k.pupilIds[0]}/absence`)).json().contacts as {
      channel: string;
    }[];
    expect(again.filter((c) => c.channel === 'brev')).toHaveLength(1);
    const prints = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'alert.letter')
        .where('entity_id', '=', forHenrik.id)
        .execute(),
    );
    expect(prints).toHaveLength(2);

    // Elev2 has strengt fortrolig adresse and an alert from the observation above.
    const protectedAlert = (
      (await w.as('kontakt').get('/api/alerts')).json().alerts as { id: string; pupilId: string }[]
    ).find((a) => a.pupilId === w.k.pupilIds[2])!;
    const teacher = await w.as('kontakt').post(`/api/alerts/${protectedAlert.id}/letter`, {
      confirmProtectedAddress: true,
    });
    expect(teacher.statusCode).toBe(403);
    expect(teacher.json().error.message).toMatch(/fortrolig/);
    expect((await w.as('rektor').post(`/api/alerts/${protectedAlert.id}/letter`, {})).statusCode).toBe(403);
    const confirmed = await w.as('rektor').post(`/api/alerts/${protectedAlert.id}/letter`, {
      confirmProtectedAddress: true,
    });
    expect(confirmed.statusCode).toBe(200);
  });
});
