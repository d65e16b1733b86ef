// The case side's figures (issue 19 item 1, decisions 155–156) on a real database: a small kommune whose concerns,
// contacts, cases, evaluations and referrals are written as the case screens leave them, and the figures the
// school's reviews and the school owner get checked against counts made by hand. Today is Tuesday 24 November 2026.
//
// Testskole (9A, ten pupils a0–a9): a0–a5 a concern from Monday 5 October (handled), a6 from 2 November and a7 from
// 9 November (open, no contact with the home yet: a6's only contact was with the pupil, a7's the automatic notice);
// a8's alert dismissed and a9's retired (neither counts). Contacts with the home 0, 1, 2, 2, 3 and 7 days after
// the concern began (a0–a5); cases for a0–a4 opened 4, 7, 8, 9 and 14 days after it. Evaluations: a0 on its date
// (better), a1 two days late (more needed, level 1), a2 on its date (solved, closed), a3 two days late (better);
// a0's next date and a4's first have passed. Referrals waiting: a1's to PPT since 4 November (20 days) and a3's
// received by PPT since 25 October (30 days); a2's (closed case) and a4's (not sent) do not wait.
// Andre skole (3B): two pupils with a concern from 5 October, one contacted the next day.
// The shared world adds a2's earlier concern (1–5 September, the home contacted on the 5th) and a case for it
// opened on 1 September and closed on the 10th.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { readXlsxRows } from '../../src/server/import/xlsx-read';
import { UPLOAD_LIMITS } from '../../src/server/import/limits';
import type { MovementReviewResponse, WeeklyReviewResponse } from '../../src/contract/reviews';
import type { OwnerOverviewResponse } from '../../src/contract/oversight';
import type { Tx } from '../../src/db/create-db';
import { publishedCounts } from '../../src/domain/oversight/owner-case-figures';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

const NOW = new Date('2026-11-24T08:00:00Z');

describeDb('the case figures', () => {
  const w = useWorld({ kommuner: ['cf'], login: ['rektor', 'eier', 'kontakt'] });
  const ids: Record<string, string> = {};
  let ready: Promise<void> | undefined;
  const setUp = () => (ready ??= build());

  const build = () =>
    w.db.withContext({ kommuneId: w.k.id }, async (tx: Tx) => {
      const k = w.k;
      const userId = k.users.kontakt!.id;
      const a = [...k.pupilIds];
      for (let i = 3; i < 10; i++) a.push(randomUUID());
      const b = [k.otherPupilId, randomUUID()];
      const extra = [...a.slice(3).map((id) => [id, k.classId]), [b[1]!, k.otherClassId]] as [string, string][];
      await tx
        .insertInto('pupil')
        .values(
          extra.map(([id], i) => ({
            id,
            kommune_id: k.id,
            first_name: `Tall${i}`,
            last_name: 'Figur',
            birth_date: '2012-03-03',
            national_id: null,
            local_id: `cf-x${i}`,
            protected_address: 'none' as const,
          })),
        )
        .execute();
      await tx
        .insertInto('class_membership')
        .values(
          extra.map(([pupil, cls]) => ({
            id: randomUUID(),
            kommune_id: k.id,
            pupil_id: pupil,
            class_id: cls,
            valid_from: '2026-08-17',
            valid_to: null,
          })),
        )
        .execute();
      const explanation = JSON.stringify({
        title: 'Tre dager',
        severity: 'medium',
        explanation: '',
        action: '',
        source: '',
        evidence: [],
      });
      const alert = (
        pupil: string,
        startedOn: string,
        endedOn: string | null,
        status: 'new' | 'handled' | 'dismissed',
        other = false,
        retired = false,
      ) => ({
        id: randomUUID(),
        kommune_id: k.id,
        pupil_id: pupil,
        class_id: other ? k.otherClassId : k.classId,
        school_id: other ? k.otherSchoolId : k.schoolId,
        profile: 'saltdal',
        rule_id: 'tre-dager',
        started_on: startedOn,
        ended_on: endedOn,
        status,
        explanation,
        created_at: NOW,
        updated_at: NOW,
        retired_at: retired ? NOW : null,
        retired_reason: retired ? 'Regelen er endret.' : null,
      });
      await tx
        .insertInto('alert')
        .values([
          ...a.slice(0, 6).map((p) => alert(p, '2026-10-05', '2026-10-09', 'handled')),
          alert(a[6]!, '2026-11-02', null, 'new'),
          alert(a[7]!, '2026-11-09', null, 'new'),
          alert(a[8]!, '2026-10-12', '2026-10-16', 'dismissed'),
          alert(a[9]!, '2026-10-12', null, 'new', false, true),
          ...b.map((p) => alert(p, '2026-10-05', '2026-10-09', 'new', true)),
        ])
        .execute();
      const contact = (pupil: string, on: string, withWhom = ['foresatt'], by: string | null = userId) => ({
        id: randomUUID(),
        kommune_id: k.id,
        pupil_id: pupil,
        alert_id: null,
        contacted_at: new Date(`${on}T10:00:00+01:00`),
        with_whom: withWhom,
        channel: 'telefon' as const,
        summary: 'Ringte hjem.',
        agreed: null,
        recorded_by: by,
        recorded_at: NOW,
      });
      await tx
        .insertInto('contact_log')
        .values([
          ...(['10-05', '10-06', '10-07', '10-07', '10-08', '10-12'] as const).map((d, i) =>
            contact(a[i]!, `2026-${d}`),
          ),
          contact(a[6]!, '2026-11-03', ['elev']),
          contact(a[7]!, '2026-11-09', ['foresatt'], null),
          contact(b[0]!, '2026-10-06'),
        ])
        .execute();
      type Step = { type: string; on: string; outcome?: string; level: number; due: string | null; closed?: boolean };
      const openCase = async (pupil: string, steps: Step[]) => {
        const id = randomUUID();
        const last = steps.at(-1)!;
        const state = (s: Step) =>
          s.closed
            ? { status: 'closed', level: s.level, since: s.on, summary: 'Løst.' }
            : {
                status: 'open',
                level: s.level,
                since: s.on,
                levelSince: s.on,
                measuresStartedOn: null,
                evaluationDue: s.due,
                intensified: false,
              };
        await tx
          .insertInto('pupil_case')
          .values({
            id,
            kommune_id: k.id,
            pupil_id: pupil,
            school_id: k.schoolId,
            ladder: 'saltdal',
            state: JSON.stringify(state(last)),
            status: last.closed ? 'closed' : 'open',
            level: last.level,
            evaluation_due: last.closed ? null : last.due,
            stafettholder_id: userId,
            opened_from: 'alert',
            origin_alert_id: null,
            opened_by: userId,
            opened_at: new Date(`${steps[0]!.on}T09:00:00+02:00`),
            last_activity_at: new Date(`${last.on}T09:00:00+01:00`),
          })
          .execute();
        for (const s of steps)
          await tx
            .insertInto('case_action')
            .values({
              kommune_id: k.id,
              case_id: id,
              action: JSON.stringify({ type: s.type, on: s.on, ...(s.outcome ? { outcome: s.outcome } : {}) }),
              state_after: JSON.stringify(state(s)),
              acted_by: userId,
              acted_at: new Date(`${s.on}T12:00:00+01:00`),
            })
            .execute();
        return id;
      };
      const c0 = await openCase(a[0]!, [
        { type: 'open', on: '2026-10-09', level: 0, due: '2026-10-30' },
        { type: 'evaluate', on: '2026-10-30', outcome: 'better', level: 0, due: '2026-11-20' },
      ]);
      const c1 = await openCase(a[1]!, [
        { type: 'open', on: '2026-10-12', level: 0, due: '2026-11-02' },
        { type: 'evaluate', on: '2026-11-04', outcome: 'more-needed', level: 1, due: '2026-11-25' },
      ]);
      const c2 = await openCase(a[2]!, [
        { type: 'open', on: '2026-10-13', level: 0, due: '2026-11-03' },
        { type: 'evaluate', on: '2026-11-03', outcome: 'solved', level: 0, due: null, closed: true },
      ]);
      const c3 = await openCase(a[3]!, [
        { type: 'open', on: '2026-10-14', level: 1, due: '2026-11-04' },
        { type: 'evaluate', on: '2026-11-06', outcome: 'better', level: 1, due: '2026-11-27' },
      ]);
      const c4 = await openCase(a[4]!, [{ type: 'open', on: '2026-10-19', level: 0, due: '2026-11-09' }]);
      const referral = (caseId: string, service: 'ppt' | 'bup', status: string, sentOn: string | null) => ({
        id: randomUUID(),
        kommune_id: k.id,
        case_id: caseId,
        service,
        status: status as 'sendt',
        sent_on: sentOn,
        answered_on: null,
        guardians_signed: true,
        updated_by: userId,
        updated_at: NOW,
      });
      await tx
        .insertInto('case_referral')
        .values([
          referral(c1, 'ppt', 'sendt', '2026-11-04'),
          referral(c3, 'ppt', 'mottatt', '2026-10-25'),
          referral(c0, 'bup', 'avsluttet', '2026-11-01'),
          referral(c2, 'ppt', 'sendt', '2026-11-01'),
          referral(c4, 'ppt', 'under-arbeid', null),
        ])
        .execute();
      Object.assign(ids, { a6: a[6]!, a0: a[0]!, b1: b[1]! });
    });

  it('gives the school’s own reviews the figures counted by hand', async () => {
    await setUp();
    const res = await w.as('rektor').get<WeeklyReviewResponse>('/api/reviews/weekly');
    expect(res.status).toBe(200);
    const f = res.data.caseFigures;
    expect(f.months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    const [, september, october, november] = f.months;
    expect(september!.pupilsWithConcern).toBe(1);
    expect(september!.casesByLevel[0]).toEqual({ level: 0, new: 1, ongoing: 0 });
    expect(september!.toContact).toEqual({ count: 1, median: 4, p80: 4, longest: 4 });
    expect(september!.toCase).toEqual({ count: 1, median: 0, p80: 0, longest: 0 });
    expect(october!.pupilsWithConcern).toBe(6);
    expect(november!.pupilsWithConcern).toBe(2);
    expect(f.year.pupilsWithConcern).toBe(8);
    expect(f.year.concernsBegun).toBe(9);
    expect(october!.casesByLevel.filter((l) => l.new + l.ongoing)).toEqual([
      { level: 0, new: 4, ongoing: 0 },
      { level: 1, new: 1, ongoing: 0 },
    ]);
    expect(november!.casesByLevel.filter((l) => l.new + l.ongoing)).toEqual([
      { level: 0, new: 0, ongoing: 3 },
      { level: 1, new: 0, ongoing: 2 },
    ]);
    // Days to contact 0, 1, 2, 2, 3, 4 (a2 in September), 7; to a case 0, 4, 7, 8, 9, 14.
    expect(f.year.toContact).toEqual({ count: 7, median: 2, p80: 4, longest: 7 });
    expect(f.year.waitingForContact).toEqual({ count: 2, median: 15, p80: 22, longest: 22 });
    expect(f.year.toCase).toEqual({ count: 6, median: 7, p80: 9, longest: 14 });
    expect(october!.evaluations).toEqual({ onTime: 1, late: 0 });
    expect(november!.evaluations).toEqual({ onTime: 1, late: 2 });
    expect(f.year.outcomes).toEqual({ solved: 1, better: 2, moreNeeded: 1 });
    expect(f.overdueEvaluations).toBe(2);
    expect(f.referralsWaiting.filter((r) => r.count > 0)).toEqual([
      { service: 'ppt', count: 2, median: 20, p80: 30, longest: 30 },
    ]);

    // The resource team's monthly review carries the same figures, and its XLSX the same rows.
    const monthly = await w.as('rektor').get<MovementReviewResponse>('/api/reviews/monthly');
    expect(monthly.data.caseFigures).toEqual(f);
    const file = await w.as('rektor').get('/api/reviews/monthly/export?format=xlsx');
    expect(file.status).toBe(200);
    const rows: string[][] = [];
    await readXlsxRows(new Uint8Array(file.rawPayload), UPLOAD_LIMITS, (_line, cells) => rows.push(cells));
    const at = rows.findIndex((r) => r[0] === 'Oppfølging av bekymringer per måned');
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1]).toEqual(['', 'aug. 2026', 'sep. 2026', 'okt. 2026', 'nov. 2026', 'Skoleåret så langt']);
    const row = (label: string) => rows.slice(at).find((r) => r[0] === label);
    expect(row('Elever med bekymring')).toEqual(['Elever med bekymring', '0', '1', '6', '2', '8']);
    expect(row('Dager til kontakt, median')).toEqual(['Dager til kontakt, median', '–', '4', '2', '–', '2']);
    expect(row('Evalueringer på overtid i dag')?.at(-1)).toBe('2');
    expect(rows.find((r) => r[0] === 'PPT')).toEqual(['PPT', '2', '20', '30']);
  });

  it('gives the school owner the figures per school with nothing under five and no pupil', async () => {
    await setUp();
    const res = await w.as('eier').get<OwnerOverviewResponse>('/api/oversight/owner');
    expect(res.status).toBe(200);
    const f = res.data.caseFigures;
    for (const id of [...w.k.pupilIds, w.k.otherPupilId, ...Object.values(ids)]) expect(res.body).not.toContain(id);
    expect(res.body).not.toMatch(/"pupilId"|Tall\d|Elev\d/);
    const rows = [...f.schools, f.kommune];
    const counts = rows.flatMap(publishedCounts);
    expect(counts.filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
    const school = f.schools.find((s) => s.id === w.k.schoolId)!;
    const other = f.schools.find((s) => s.id === w.k.otherSchoolId)!;
    // Two pupils with a concern at Testskole in November and two at Andre skole in October are hidden (and with
    // them what would give them away); the kommune's eight in October are shown.
    expect(school.pupilsWithConcern[3]).toBeNull();
    expect(other.pupilsWithConcern[2]).toBeNull();
    expect(f.kommune.pupilsWithConcern[2]).toBe(8);
    // One case opened in September (a2's), hidden; where a month is shown whole, the kommune is the schools' sum.
    expect(school.newCases[1]).toBeNull();
    f.kommune.newCases.forEach((total, c) => {
      const cells = f.schools.map((s) => s.newCases[c]!);
      if (total !== null && cells.every((n) => n !== null)) expect(cells.reduce((x, y) => x! + y!, 0)).toBe(total);
    });
    // Medians over five or more: Testskole's seven contacts and six cases; the kommune's eight contacts
    // (0, 1, 1, 2, 2, 3, 4, 7: the 4th and the 7th).
    expect(school.daysToContact).toEqual({ median: 2, p80: 4 });
    expect(school.daysToCase).toEqual({ median: 7, p80: 9 });
    expect(other.daysToContact).toEqual({ median: null, p80: null });
    expect(f.kommune.daysToContact).toEqual({ median: 2, p80: 4 });
    // Two waiting for a contact, two evaluations late, two referrals to PPT: «under 5» everywhere.
    expect(school.waitingDays).toEqual({ median: null, p80: null });
    expect(school.evaluations.late).toBeNull();
    expect(school.referralsWaiting[f.services.indexOf('ppt')]).toBeNull();
    expect(f.referralDays.find((r) => r.service === 'ppt')).toEqual({ service: 'ppt', median: null, longest: null });
  });
});
