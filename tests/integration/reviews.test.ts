// The reviews of 004 §1.1 (3) (issue 19 item 2, decisions 139–142) on a real database: who may open which review,
// figures against hand counts on the test kommune (9A at Testskole with three pupils; 3B at the other school; today
// Tuesday 24 November 2026, week 48), no pupil outside the viewer's scope, exports read back, audit rows.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';
import { openCaseAtLevel, recordAbsence } from '../support/make';
import { readXlsxRows } from '../../src/server/import/xlsx-read';
import { UPLOAD_LIMITS } from '../../src/server/import/limits';
import type { MovementReviewResponse, TrinnMeetingResponse, WeeklyReviewResponse } from '../../src/contract/reviews';

async function xlsxRows(bytes: Uint8Array) {
  const rows: string[][] = [];
  await readXlsxRows(bytes, UPLOAD_LIMITS, (_line, cells) => rows.push(cells));
  return rows;
}

describeDb('the reviews', () => {
  const w = useWorld({ kommuner: ['rev', 'annen'], login: ['kontakt', 'fag', 'rektor', 'admin', 'eier'] });

  it('opens each review only to the roles the policy names', async () => {
    const statuses = async (url: string) =>
      Promise.all(['kontakt', 'fag', 'rektor', 'eier'].map(async (u) => (await w.as(u).get(url)).status));
    expect(await statuses('/api/reviews/weekly')).toEqual([403, 403, 200, 403]);
    expect(await statuses('/api/reviews/semester')).toEqual([403, 403, 200, 403]);
    expect(await statuses('/api/reviews/monthly')).toEqual([403, 403, 200, 403]);
    expect(await statuses('/api/reviews/trinn')).toEqual([200, 403, 200, 403]);
    // A school the viewer has no role at answers «not found», as an unknown one does.
    const other = w.kommuner[0]!.otherSchoolId;
    expect((await w.as('rektor').get(`/api/reviews/weekly?schoolId=${other}`)).status).toBe(404);
    expect((await w.as('kontakt').get(`/api/reviews/trinn?schoolId=${other}`)).status).toBe(404);
    expect((await w.as('rektor').get(`/api/reviews/weekly?schoolId=${w.kommuner[1]!.schoolId}`)).status).toBe(404);
  });

  it('gives the weekly review: this week against the four before, cases by level, overdue, concerns without a case', async () => {
    const [p0, p1, p2] = w.k.pupilIds as [string, string, string];
    // Pupil 0 away Monday and Tuesday of week 48 (undocumented), pupil 2 one lesson documented in week 47.
    await recordAbsence(w.as('kontakt'), p0, ['2026-11-23', '2026-11-24']);
    await recordAbsence(w.as('kontakt'), p2, ['2026-11-18'], { kind: 'lesson', period: 1, documented: true });
    const caseId = await openCaseAtLevel(w.as('kontakt'), p1, 1);
    await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.updateTable('pupil_case').set({ evaluation_due: '2026-11-20' }).where('id', '=', caseId).execute(),
    );
    const res = await w.as('rektor').get<WeeklyReviewResponse>('/api/reviews/weekly');
    expect(res.status).toBe(200);
    const r = res.data;
    expect(r.weeks.map((x) => x.week)).toEqual([44, 45, 46, 47, 48]);
    const now = r.weeks[4]!.figures;
    // Two school days so far this week for three pupils: 2 of 6 pupil-days away, all undocumented.
    expect(now).toMatchObject({
      pupils: 3,
      sharePercent: 33.3,
      documentedPercent: 0,
      undocumentedPercent: 33.3,
      absentDays: 2,
      absentLessons: 0,
      above: [1, 1, 1],
    });
    expect(r.weeks[3]!.figures.absentLessons).toBe(1);
    expect(r.weeks[3]!.figures.undocumentedPercent).toBe(0);
    expect(r.weeks[3]!.figures.documentedPercent).toBeGreaterThan(0);
    expect(r.weeks[0]!.figures.sharePercent).toBe(0);
    expect(r.casesByLevel).toEqual([
      { level: 0, new: 0, ongoing: 0 },
      { level: 1, new: 1, ongoing: 0 },
      { level: 2, new: 0, ongoing: 0 },
      { level: 3, new: 0, ongoing: 0 },
    ]);
    expect(r.overdueEvaluations).toEqual([
      expect.objectContaining({ caseId, className: '9A', level: 1, evaluationDue: '2026-11-20' }),
    ]);
    // Pupil 0's two days raise a concern under the school's profile; pupil 1 has a case, so is not listed.
    const concerned = r.concernsWithoutCase.map((c) => c.pupilId);
    expect(concerned).not.toContain(p1);
    const alerts = (await w.as('rektor').get('/api/alerts')).json().concerns as { pupilId: string }[];
    expect(new Set(concerned)).toEqual(new Set(alerts.map((a) => a.pupilId).filter((id) => id !== p1)));
    // Nobody from the other school.
    expect(res.body).not.toContain(w.k.otherPupilId);

    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'entity', 'pupil_id'])
        .where('action', '=', 'reviews.weekly.read')
        .execute(),
    );
    expect(audit.some((a) => a.entity === 'school')).toBe(true);
    expect(audit.some((a) => a.entity === 'pupil_case' && a.pupil_id === p1)).toBe(true);
  });

  it('exports the weekly review as an XLSX with the screen’s figures, and as a PDF, audited as exports', async () => {
    const screen = (await w.as('rektor').get<WeeklyReviewResponse>('/api/reviews/weekly')).data;
    const res = await w.as('rektor').get('/api/reviews/weekly/export?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/filename="ukegjennomgang-testskole.*-uke-48-2026\.xlsx"/);
    const rows = await xlsxRows(new Uint8Array(res.rawPayload));
    expect(rows[0]![0]).toContain('Ukegjennomgang i ledergruppa');
    const header = rows.find((r) => r[1] === 'Uke 44')!;
    expect(header).toEqual(['', 'Uke 44', 'Uke 45', 'Uke 46', 'Uke 47', 'Uke 48']);
    const share = rows.find((r) => r[0] === 'Fravær, andel av skoletiden (%)')!;
    expect(share.slice(1).map(Number)).toEqual(screen.weeks.map((x) => x.figures.sharePercent));
    const days = rows.find((r) => r[0] === 'Hele dager')!;
    expect(days.slice(1).map(Number)).toEqual(screen.weeks.map((x) => x.figures.absentDays));
    const overdue = rows.findIndex((r) => r[0] === 'Evalueringer på overtid');
    expect(rows[overdue + 2]).toEqual([screen.overdueEvaluations[0]!.pupilName, '9A', '1', '20.11.2026']);

    const pdf = await w.as('rektor').get('/api/reviews/weekly/export?format=pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx.selectFrom('audit_log').select(['kind']).where('action', '=', 'reviews.export').execute(),
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((a) => a.kind === 'export')).toBe(true);
    expect((await w.as('kontakt').get('/api/reviews/weekly/export?format=xlsx')).status).toBe(403);
    expect((await w.as('rektor').get('/api/reviews/weekly/export?format=doc')).status).toBe(400);
  });

  it('gives the trinn meeting: the trinn’s pupils with a concern or a case, new since 14 days back, with next step', async () => {
    const [, p1] = w.k.pupilIds as [string, string, string];
    const res = await w.as('kontakt').get<TrinnMeetingResponse>('/api/reviews/trinn');
    expect(res.status).toBe(200);
    const m = res.data;
    expect(m.trinn).toBe(9);
    expect(m.trinnChoices).toEqual([9]);
    expect(m.since).toBe('2026-11-10');
    expect(m.partial).toBe(false);
    const withCase = m.pupils.find((p) => p.pupilId === p1)!;
    expect(withCase).toMatchObject({ className: '9A', level: 1, isNew: true });
    expect(withCase.nextStep).toEqual(expect.any(String));
    expect(res.body).not.toContain(w.k.otherPupilId);
    const rows = await xlsxRows(
      new Uint8Array((await w.as('kontakt').get('/api/reviews/trinn/export?format=xlsx')).rawPayload),
    );
    expect(rows.some((r) => r[0] === withCase.pupilName && r[2] === 'Ny' && r[4] === 'Nivå 1')).toBe(true);
  });

  it('names no pupil of another school, even one with a concern there', async () => {
    const k = w.k;
    // A concern at the other school (3B): a row as the rule engine writes it.
    await w.db.withContext({ kommuneId: k.id }, (tx) =>
      tx
        .insertInto('alert')
        .values({
          id: crypto.randomUUID(),
          kommune_id: k.id,
          pupil_id: k.otherPupilId,
          class_id: k.otherClassId,
          school_id: k.otherSchoolId,
          profile: 'saltdal',
          rule_id: 'test',
          started_on: '2026-11-20',
          ended_on: null,
          explanation: JSON.stringify({
            title: 'Tre dager',
            severity: 'high',
            explanation: '',
            action: 'Ring hjem',
            source: '',
            evidence: [],
          }),
          dismiss_reason: null,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute(),
    );
    for (const url of [
      '/api/reviews/weekly',
      '/api/reviews/trinn',
      '/api/reviews/trinn?trinn=3',
      '/api/reviews/monthly',
    ]) {
      const res = await w.as('rektor').get(url);
      expect(res.status).toBe(200);
      expect(res.body).not.toContain(k.otherPupilId);
    }
    expect((await w.as('rektor').get<TrinnMeetingResponse>('/api/reviews/trinn?trinn=3')).data.pupils).toEqual([]);
  });

  it('shows the semester review’s movement: a pupil over every band in the first half and under in the second', async () => {
    const [, , p2] = w.k.pupilIds as [string, string, string];
    // 9–13 November: pupil 2 away two of five days (40 %); 16–20 November: one lesson (documented, earlier test).
    await recordAbsence(w.as('kontakt'), p2, ['2026-11-10', '2026-11-11']);
    const res = await w.as('rektor').get<MovementReviewResponse>('/api/reviews/semester?from=2026-11-09&to=2026-11-22');
    expect(res.status).toBe(200);
    const r = res.data;
    expect(r.before).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(r.after).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    // Three pupils, five school days each half: 2 of 15 pupil-days before (13.3 %).
    expect(r.total).toMatchObject({ pupils: 3, beforePercent: 13.3 });
    expect(r.total.bands.map((b) => [b.percent, b.movedBelow, b.movedAbove])).toEqual([
      [5, 1, 0],
      [10, 1, 0],
      [20, 1, 0],
    ]);
    expect(r.trinn.map((t) => t.label)).toEqual(['9. trinn']);
    expect(r.classes.map((c) => c.label)).toEqual(['9A']);
    expect((await w.as('rektor').get('/api/reviews/semester?from=2026-11-22&to=2026-11-09')).status).toBe(400);
    expect((await w.as('rektor').get('/api/reviews/monthly?from=2026-11-09')).status).toBe(400);
    const pdf = await w.as('rektor').get('/api/reviews/semester/export?format=pdf&from=2026-11-09&to=2026-11-22');
    expect(pdf.status).toBe(200);
    const monthly = await w.as('rektor').get<MovementReviewResponse>('/api/reviews/monthly');
    expect(monthly.data.before.from).toBe('2026-09-30');
    expect(monthly.data.after).toEqual({ from: '2026-10-28', to: '2026-11-24' });
  });
});
