// The morning register shows what was saved (issue 17 item 6): a double lesson is one registration of two
// lessons, «Resten er til stede» records that the register was taken (stored, audited, shown), and a day gone
// by is not «ring hjem i dag» (the register says it is past).
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('the morning register', () => {
  const w = useWorld({ kommuner: ['reg'], login: ['kontakt', 'fag'] });
  const register = async (date: string) =>
    (await w.as('kontakt').get(`/api/classes/${w.k.classId}/register?date=${date}`)).json();
  const audit = () =>
    w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(5).execute(),
    );

  it('saves a double lesson (3.–4. time) as one registration of two lessons, each with its subject', async () => {
    const res = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-24',
      kind: 'lesson',
      period: 3,
      periodTo: 4,
      documented: false,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.events.map((e: { period: number; subject: string }) => [e.period, e.subject])).toEqual([
      [3, 'Kroppsøving'],
      [4, 'Kroppsøving'],
    ]);
    expect(body.event.id).toBe(body.events[0].id);
    const rows = (await audit()).filter((r) => r.action === 'absence.create');
    expect(rows.slice(0, 2).map((r) => (r.details as { periods?: number[] }).periods)).toEqual([
      [3, 4],
      [3, 4],
    ]);
    const day = await register('2026-11-24');
    const mine = day.pupils.find((p: { id: string }) => p.id === w.k.pupilIds[0]);
    expect(mine.events.map((e: { period: number }) => e.period)).toEqual([3, 4]);
  });

  it('refuses the whole run when one of its lessons is already registered, and a run of anything but lessons', async () => {
    const again = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-24',
      kind: 'lesson',
      period: 4,
      periodTo: 5,
      documented: false,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('4. time er allerede registrert');
    const day = await register('2026-11-24');
    expect(day.pupils.find((p: { id: string }) => p.id === w.k.pupilIds[0]).events).toHaveLength(2);
    const late = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[1],
      date: '2026-11-24',
      kind: 'late',
      period: 1,
      periodTo: 2,
      minutes: 10,
      documented: false,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details.fields[0].field).toBe('periodTo');
    const backwards = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[1],
      date: '2026-11-24',
      kind: 'lesson',
      period: 4,
      periodTo: 2,
      documented: false,
    });
    expect(backwards.statusCode).toBe(400);
  });

  it('records «Resten er til stede» as the register taken, audited, shown with who and when', async () => {
    expect((await register('2026-11-23')).taken).toBeNull();
    const res = await w.as('kontakt').post(`/api/classes/${w.k.classId}/register/taken`, { date: '2026-11-23' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().taken).toEqual({ at: expect.any(String), byName: `Navn ${w.k.users.kontakt!.username}` });
    const [row] = await audit();
    expect(row).toMatchObject({
      action: 'absence.register.taken',
      kind: 'create',
      entity: 'class',
      entity_id: w.k.classId,
      details: { classId: w.k.classId, date: '2026-11-23' },
    });
    expect((await register('2026-11-23')).taken).toEqual(res.json().taken);
    // Another day is not taken by it; a closed day or a day to come cannot be.
    expect((await register('2026-11-24')).taken).toBeNull();
    expect(
      (await w.as('kontakt').post(`/api/classes/${w.k.classId}/register/taken`, { date: '2026-11-22' })).statusCode,
    ).toBe(400);
    expect(
      (await w.as('kontakt').post(`/api/classes/${w.k.classId}/register/taken`, { date: '2027-01-04' })).statusCode,
    ).toBe(400);
    expect(
      (await w.as('kontakt').post(`/api/classes/${w.k.otherClassId}/register/taken`, { date: '2026-11-23' }))
        .statusCode,
    ).toBe(404);
  });

  it('says whether the day is past, so a day gone by is not «ring hjem i dag»', async () => {
    const today = w.clock.now().toISOString().slice(0, 10);
    const earlier = await register('2026-11-23');
    expect(earlier.past).toBe('2026-11-23' < today);
    expect(earlier.future).toBe(false);
  });
});
