// Issue 17 item 8 (decision 114): GET /api/home answers «what do I do now» per role — the contact
// teacher's register today, who to call home and the cases with their next step; the leadership's the
// same per school, with overdue evaluations and cases without activity — and shows nothing outside the
// user's scope. Reading the cases' next steps is audited.
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { openCase, recordAbsence } from '../support/make';
import { useWorld } from '../support/world';

const DAY = 86_400_000;

describeDb('the front page per role', () => {
  const w = useWorld({ kommuner: ['forside', 'annen'], login: ['kontakt', 'rektor', 'fag', 'helse'] });
  let caseId = '';
  const home = async (who: string) => {
    const res = await w.as(who).get('/api/home');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte mandager');
  });

  it('gives the contact teacher today’s register, who to call home and the cases with the next step', async () => {
    // Today (24.11): pupil 1 away without word, pupil 0 away with a doctor's note.
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[1]!, ['2026-11-24']);
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, ['2026-11-24'], { kind: 'day', documented: true });
    const h = await home('kontakt');
    expect(h.today).toBe('2026-11-24');
    expect(h.mine.registers).toEqual([
      { classId: w.k.classId, className: '9A', schoolName: expect.any(String), schoolDay: true, taken: null },
    ]);
    expect(h.mine.callHome.map((c: { pupilId: string }) => c.pupilId)).toEqual([w.k.pupilIds[1]]);
    expect(h.mine.cases).toHaveLength(1);
    expect(h.mine.cases[0]).toMatchObject({
      id: caseId,
      level: 0,
      nextStep: { text: 'Kartlegge fraværet', dueOn: null },
      evaluationOverdue: false,
      inactive: false,
    });
    expect(h.schools).toEqual([]);
    // «Resten er til stede» shows as taken.
    const taken = await w.as('kontakt').post(`/api/classes/${w.k.classId}/register/taken`, { date: '2026-11-24' });
    expect(taken.statusCode, taken.body).toBe(200);
    expect((await home('kontakt')).mine.registers[0].taken).toMatchObject({ byName: expect.any(String) });
  });

  it('shows today’s new concerns under «Nye bekymringer», not every concern still open', async () => {
    expect((await home('kontakt')).concernsToday).toEqual([]);
    // A lesson away without word today trips Saltdal's «udokumentert fravær fra en enkelttime».
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[2]!, ['2026-11-24'], {
      kind: 'lesson',
      period: 2,
      documented: false,
    });
    const h = await home('kontakt');
    expect(h.concernsToday.map((c: { pupilId: string }) => c.pupilId)).toEqual([w.k.pupilIds[2]]);
    expect(h.concernsToday[0].alerts[0].ruleTitle).toBe('Udokumentert fravær fra en enkelttime');
    expect(h.openConcerns).toBeGreaterThanOrEqual(1);
    // The leadership sees the school's.
    expect((await home('rektor')).concernsToday.map((c: { pupilId: string }) => c.pupilId)).toEqual([w.k.pupilIds[2]]);
  });

  it('audits the cases it shows', async () => {
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['entity_id', 'pupil_id'])
        .where('action', '=', 'home.read')
        .where('user_id', '=', w.k.users.kontakt!.id)
        .execute(),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.entity_id === caseId && r.pupil_id === w.k.pupilIds[0])).toBe(true);
  });

  it('gives the leadership its school: registers, calls, overdue evaluations and cases idle for 14 days', async () => {
    const h = await home('rektor');
    expect(h.mine).toBeNull();
    expect(h.schools).toHaveLength(1);
    const school = h.schools[0];
    expect(school.id).toBe(w.k.schoolId);
    expect(school.registers.map((r: { classId: string }) => r.classId)).toContain(w.k.classId);
    // Pupil 1 away the whole day and pupil 2 a lesson, both without word from home.
    expect(school.callHome.map((c: { pupilId: string }) => c.pupilId).sort()).toEqual(
      [w.k.pupilIds[1], w.k.pupilIds[2]].sort(),
    );
    expect(school.overdueEvaluations).toEqual([]);
    expect(school.inactiveCases).toEqual([]);
    // Three weeks and a day later, nothing has happened in the case: its evaluation is overdue and it is idle.
    w.clock.advance(22 * DAY);
    await w.logInAs('rektor');
    const later = (await home('rektor')).schools[0];
    expect(later.overdueEvaluations.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(later.inactiveCases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(later.inactiveCases[0]).toMatchObject({ inactive: true, lastActivityOn: '2026-11-24' });
    // The concern raised three weeks ago is still open, but no longer today's news.
    const laterHome = await home('rektor');
    expect(laterHome.concernsToday).toEqual([]);
    expect(laterHome.openConcerns).toBeGreaterThanOrEqual(1);
  });

  it('shows nothing outside the user’s scope', async () => {
    // Another kommune's pupil away without word today, and a case there.
    const other = w.kommuner[1]!;
    await w.logInAs('kontakt');
    await w.logInAs('kontakt', other);
    await recordAbsence(w.as('kontakt', other), other.pupilIds[1]!, ['2026-12-16']);
    const otherCase = await openCase(w.as('kontakt', other), other.pupilIds[0]!, 'Annen kommune');
    await w.logInAs('rektor');
    await w.logInAs('fag');
    await w.logInAs('helse');
    const all = JSON.stringify([await home('kontakt'), await home('rektor')]);
    expect(all).not.toContain(other.pupilIds[1]);
    expect(all).not.toContain(otherCase);
    expect(all).not.toContain(other.schoolId);
    expect(all).not.toContain(w.k.otherClassId);
    // The subject teacher keeps no register and holds no case; the school nurse has no front page of the school's.
    expect(await home('fag')).toMatchObject({ mine: null, schools: [] });
    expect((await w.as('helse').get('/api/home')).statusCode).toBe(403);
  });
});
