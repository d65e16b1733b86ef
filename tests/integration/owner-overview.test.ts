// The school owner's figures (issue 19 items 1 and 3, decision 128): aggregates only, nothing under five pupils,
// on the test kommune (three pupils: everything about them hidden) and on the demo (enough pupils to show).
import { expect, it } from 'vitest';
import { loadContent } from '../../src/server/content/load-content';
import { seedDemo } from '../../src/server/demo/seed';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';
import { recordAbsence } from '../support/make';
import type { OwnerCaseFiguresResponse } from '../../src/contract/case-figures';
import { publishedCounts } from '../../src/domain/oversight/owner-case-figures';

type Month = { month: string; pupilsOver: number | null; sharePercent: number | null };
type Overview = {
  schoolYear: number;
  months: string[];
  schools: { id: string; name: string; pupils: number | null; months: Month[] }[];
  trinn: { trinn: number; pupils: number | null; months: Month[] }[];
  kommune: { pupils: number | null; months: Month[] };
  caseFigures: OwnerCaseFiguresResponse;
};

/** Every count the answer publishes: none may be 1–4. */
const counts = (o: Overview) => [
  o.kommune.pupils,
  ...o.kommune.months.map((m) => m.pupilsOver),
  ...o.schools.flatMap((s) => [s.pupils, ...s.months.map((m) => m.pupilsOver)]),
  ...o.trinn.flatMap((s) => [s.pupils, ...s.months.map((m) => m.pupilsOver)]),
  // The case side's counts (decision 156), every table of them.
  ...[...o.caseFigures.schools, o.caseFigures.kommune].flatMap(publishedCounts),
];

describeDb('the school owner’s figures in a small kommune', () => {
  const w = useWorld({ kommuner: ['own'], login: ['eier', 'rektor', 'kontakt'] });

  it('is for the school owner alone', async () => {
    expect((await w.as('rektor').get('/api/oversight/owner')).status).toBe(403);
    expect((await w.as('kontakt').get('/api/oversight/owner')).status).toBe(403);
    expect((await w.as('eier').get('/api/oversight/owner')).status).toBe(200);
  });

  it('hides every figure about three pupils, and names none of them', async () => {
    // Two of the three pupils away for several days: over 10 % of November's school days.
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[0]!, ['2026-11-16', '2026-11-17', '2026-11-18']);
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[1]!, ['2026-11-16', '2026-11-17', '2026-11-18']);
    const res = await w.as('eier').get<Overview>('/api/oversight/owner');
    expect(res.status).toBe(200);
    const body = res.body;
    for (const id of w.k.pupilIds) expect(body).not.toContain(id);
    expect(counts(res.data).filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
    const school = res.data.schools.find((s) => s.id === w.k.schoolId)!;
    expect(school.pupils).toBeNull();
    expect(school.months.find((m) => m.month === '2026-11')).toEqual({
      month: '2026-11',
      pupilsOver: null,
      sharePercent: null,
    });
    expect(res.data.months[0]).toBe('2026-08');
  });
});

describeDb('the school owner’s figures in the demo kommune', () => {
  const w = useWorld({
    seed: async (db) => {
      await seedDemo(db, loadContent(), '2026-11-24');
    },
    password: 'naervaer-demo',
    login: ['skoleeier'],
  });

  it('shows the schools by month, with no figure of 1–4 pupils and the kommune as the schools summed', async () => {
    const res = await w.as('skoleeier').get<Overview>('/api/oversight/owner');
    expect(res.status).toBe(200);
    const o = res.data;
    // By trinn (about 60 pupils each) several months have 1–4 pupils over 10 %: hidden, with their partners.
    expect(o.trinn.map((t) => t.trinn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(o.trinn.flatMap((t) => t.months).some((m) => m.pupilsOver === null)).toBe(true);
    expect(o.schoolYear).toBe(2026);
    expect(o.months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(counts(o).filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
    expect(o.kommune.pupils).toBeGreaterThanOrEqual(5);
    expect(o.schools.some((s) => s.months.some((m) => m.sharePercent !== null && m.sharePercent > 0))).toBe(true);
    // Where a month's figures are all shown, the kommune's is their sum.
    o.months.forEach((_, c) => {
      const cells = o.schools.map((s) => s.months[c]!.pupilsOver);
      const total = o.kommune.months[c]!.pupilsOver;
      if (total !== null && cells.every((n) => n !== null)) expect(cells.reduce((a, b) => a! + b!, 0)).toBe(total);
    });
    expect(JSON.stringify(o)).not.toMatch(/Henrik|Fjell|"pupilId"/);
  });

  it('has last school year in the demo: its months, one trinn fewer, shares shown (decision 159)', async () => {
    const res = await w.as('skoleeier').get<Overview>('/api/oversight/owner?schoolYear=2025');
    expect(res.status).toBe(200);
    const o = res.data;
    expect(o.months[0]).toBe('2025-08');
    expect(o.months.at(-1)).toBe('2026-06');
    expect(o.trinn.map((t) => t.trinn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(o.kommune.months.every((m) => m.sharePercent !== null && m.sharePercent > 0)).toBe(true);
    expect(counts(o).filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
  });
});
