// The shipped retention settings (read from disk here, so the domain module stays pure), their
// validation, and planErasure applied to them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETENTION_FILE } from './load-retention';
import {
  addYears,
  parseRetention,
  planErasure,
  type CaseFacts,
  type MatterRetentionFacts,
  type Retention,
} from '../../domain/privacy/retention';

const shipped = JSON.parse(readFileSync(RETENTION_FILE, 'utf8')) as Record<string, unknown>;

function settings(): Retention {
  const parsed = parseRetention(shipped, 'default.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.retention;
}

const closedCase = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  id: 'c1',
  status: 'closed',
  openedOn: '2022-09-01',
  closedOn: '2023-06-01',
  maxLevel: 0,
  referralServices: [],
  assessmentKinds: [],
  decidedOn: [],
  ...over,
});

describe('retention settings as data', () => {
  it('the shipped file is valid and explains every rule', () => {
    const r = settings();
    for (const rule of [...r.keep, ...r.delete]) {
      expect(rule.why.length, rule.id).toBeGreaterThan(40);
      expect(rule.law.length, rule.id).toBeGreaterThan(10);
    }
    expect(r.keep.map((k) => k.records)).toEqual(
      expect.arrayContaining([
        'absence',
        'case-with-referral',
        'case-with-assessment',
        'case-from-level',
        'case-with-decision',
      ]),
    );
  });

  it.each([
    [
      'an unknown record kind names the rule and the field',
      { keep: [{ ...(shipped.keep as object[])[0], records: 'alt' }] },
      'default.json: keep[0] «fravaer»: records: må være en av absence, case-with-referral, case-with-assessment, case-from-level, case-with-decision',
    ],
    [
      'a missing reason',
      { delete: (shipped.delete as Record<string, unknown>[]).map((d, i) => (i === 1 ? { ...d, why: undefined } : d)) },
      'default.json: delete[1] «kontaktlogg»: why: mangler',
    ],
    [
      'years that are not a whole number',
      {
        delete: (shipped.delete as Record<string, unknown>[]).map((d, i) => (i === 0 ? { ...d, afterYears: 2.5 } : d)),
      },
      'default.json: delete[0] «avsluttet-sak-niva-0-1»: afterYears: må være et helt antall år',
    ],
    [
      'a typo in a field name',
      { keep: [{ ...(shipped.keep as object[])[0], lov: 'x' }] },
      'default.json: keep[0] «fravaer»: ukjent felt «lov»',
    ],
    [
      'a file that lets absence go',
      { keep: (shipped.keep as Record<string, unknown>[]).filter((k) => k.records !== 'absence') },
      'default.json: keep: mangler regel med "records": "absence" — fravær føres på vitnemålet og skal bevares',
    ],
    [
      'a record kind without a delete rule',
      { delete: (shipped.delete as Record<string, unknown>[]).filter((d) => d.records !== 'observation') },
      'default.json: delete: mangler regel for «observation» (skriv når det slettes, i år etter at saken er avsluttet)',
    ],
  ])('refuses %s, in Norwegian with the path', (_name, change, message) => {
    const result = parseRetention({ ...shipped, ...change }, 'default.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });
});

describe('planErasure', () => {
  const r = settings();
  const none = {
    cases: [] as CaseFacts[],
    matters: [] as MatterRetentionFacts[],
    contacts: [],
    observations: [],
    absenceRecords: 0,
  };

  it('refuses while a case is open', () => {
    expect(planErasure(r, { ...none, cases: [closedCase({ status: 'open', closedOn: null })] }, '2030-01-01')).toEqual({
      outcome: 'refused-open-case',
      caseIds: ['c1'],
    });
  });

  it.each([
    ['a PPT referral', { referralServices: ['ppt'] }, 'ppt-og-barnevern'],
    ['a report to child welfare', { referralServices: ['barnevern'] }, 'ppt-og-barnevern'],
    ['a sakkyndig vurdering', { assessmentKinds: ['sakkyndig-vurdering'] }, 'sakkyndig'],
    ['level 2 reached once', { maxLevel: 2 }, 'niva-2-og-3'],
    ['an enkeltvedtak made (decision 225)', { decidedOn: ['2023-02-01'] }, 'enkeltvedtak'],
  ])('keeps (refuses) a case with %s, naming the rule', (_name, over, ruleId) => {
    const plan = planErasure(r, { ...none, cases: [closedCase(over)] }, '2040-01-01');
    expect(plan.outcome).toBe('refused-archive');
    expect(plan.outcome === 'refused-archive' && plan.protections.map((p) => p.ruleId)).toEqual([ruleId]);
  });

  it('lets a level-1 case with a referral to helsestasjonen go after three years, and not before', () => {
    const facts = { ...none, cases: [closedCase({ maxLevel: 1, referralServices: ['helsestasjon'] })] };
    expect(planErasure(r, facts, '2026-05-31')).toEqual({
      outcome: 'refused-too-early',
      waits: [expect.objectContaining({ ruleId: 'avsluttet-sak-niva-0-1', from: '2026-06-01' })],
    });
    expect(planErasure(r, facts, '2026-06-01')).toMatchObject({ outcome: 'erase', caseIds: ['c1'] });
  });

  it('counts contact log years from the last closed case, or the entry itself when later or without a case', () => {
    const contacts = [{ id: 'k1', on: '2023-01-10' }];
    expect(planErasure(r, { ...none, contacts, cases: [closedCase()] }, '2025-05-31')).toMatchObject({
      outcome: 'refused-too-early',
      waits: [{ ruleId: 'avsluttet-sak-niva-0-1' }, { ruleId: 'kontaktlogg', from: '2025-06-01' }],
    });
    expect(planErasure(r, { ...none, contacts }, '2025-01-10')).toMatchObject({ outcome: 'erase', contactIds: ['k1'] });
    expect(planErasure(r, { ...none, observations: [{ id: 'o1', on: '2026-09-02' }] }, '2026-11-24')).toMatchObject({
      outcome: 'refused-too-early',
      waits: [{ ruleId: 'observasjoner', from: '2028-09-02' }],
    });
  });

  it('says that absence is kept, and why', () => {
    const plan = planErasure(r, { ...none, absenceRecords: 4 }, '2030-01-01');
    expect(plan).toMatchObject({
      outcome: 'erase',
      caseIds: [],
      kept: [{ ruleId: 'fravaer', what: 'Fraværsregistreringene (4) og varslene om dem' }],
    });
  });

  // A school environment matter (decision 210): its own rule, five years from its own closing; while one is
  // open, nothing of the pupil goes.
  const matter = (over: Partial<MatterRetentionFacts> = {}): MatterRetentionFacts => ({
    id: 'm1',
    status: 'closed',
    knownOn: '2023-03-01',
    closedOn: '2023-06-15',
    ...over,
  });
  it.each([
    [
      'an open matter refuses everything',
      [matter({ status: 'open', closedOn: null })],
      '2040-01-01',
      'refused-open-matter',
    ],
    ['a matter closed 15.06.2023 waits until 15.06.2028', [matter()], '2028-06-14', 'refused-too-early'],
    ['and goes on that day', [matter()], '2028-06-15', 'erase'],
    [
      'a later matter holds back an older one',
      [matter(), matter({ id: 'm2', closedOn: '2025-01-10' })],
      '2029-01-01',
      'refused-too-early',
    ],
    [
      'two closed long ago go together',
      [matter(), matter({ id: 'm2', closedOn: '2025-01-10' })],
      '2030-01-10',
      'erase',
    ],
  ])('school environment matters: %s', (_name, matters, today, outcome) => {
    expect(planErasure(r, { ...none, matters }, today).outcome).toBe(outcome);
  });

  it('names the waiting matter by the day the school learned of it, and lists the matters it erases', () => {
    expect(planErasure(r, { ...none, matters: [matter()] }, '2027-01-01')).toEqual({
      outcome: 'refused-too-early',
      waits: [
        {
          ruleId: 'skolemiljosak',
          title: 'Avsluttet skolemiljøsak (aktivitetsplikten) med aktivitetsplan',
          what: 'Skolemiljøsaken meldt 01.03.2023',
          from: '2028-06-15',
        },
      ],
    });
    expect(planErasure(r, { ...none, matters: [matter()] }, '2028-06-15')).toMatchObject({
      outcome: 'erase',
      matters: [{ id: 'm1', knownOn: '2023-03-01' }],
    });
    // An open absence case is refused first, as before.
    expect(
      planErasure(
        r,
        {
          ...none,
          cases: [closedCase({ status: 'open', closedOn: null })],
          matters: [matter({ status: 'open', closedOn: null })],
        },
        '2040-01-01',
      ).outcome,
    ).toBe('refused-open-case');
  });

  it('refuses a file without a rule for school environment matters', () => {
    const result = parseRetention(
      {
        ...shipped,
        delete: (shipped.delete as Record<string, unknown>[]).filter((d) => d.records !== 'school-environment'),
      },
      'default.json',
    );
    expect(!result.ok && result.errors).toContain(
      'default.json: delete: mangler regel for «school-environment» (skriv når det slettes, i år etter at saken er avsluttet)',
    );
  });

  describe('a case with an enkeltvedtak is kept until it is handed over (decision 225)', () => {
    it('names the decisions by the days they were made', () => {
      const plan = planErasure(
        r,
        { ...none, cases: [closedCase({ maxLevel: 1, decidedOn: ['2023-03-15', '2023-02-01', '2023-02-01'] })] },
        '2040-01-01',
      );
      expect(plan).toEqual({
        outcome: 'refused-archive',
        protections: [
          expect.objectContaining({
            ruleId: 'enkeltvedtak',
            caseId: 'c1',
            what: 'Saken åpnet 01.09.2022 (høyeste nivå 1): vedtak fattet 01.02.2023, 15.03.2023',
          }),
        ],
      });
    });
    it.each([
      ['no decision made: the closed case’s three years', [], null, '2026-06-01', 'erase'],
      ['decided, not handed over', ['2023-02-01'], null, '2040-01-01', 'refused-archive'],
      ['decided, handed over, before the year after', ['2023-02-01'], '2026-01-10', '2027-01-09', 'refused-too-early'],
      ['decided, handed over, a year after', ['2023-02-01'], '2026-01-10', '2027-01-10', 'erase'],
    ] as const)('%s', (_name, decidedOn, handedOverOn, today, outcome) => {
      const c = closedCase({ maxLevel: 1, decidedOn: [...decidedOn], handedOverOn });
      expect(planErasure(r, { ...none, cases: [c] }, today).outcome).toBe(outcome);
    });
    it('a kommune’s file may leave the rule out', () => {
      const keep = (shipped.keep as Record<string, unknown>[]).filter((k) => k.records !== 'case-with-decision');
      const parsed = parseRetention({ ...shipped, keep }, 'default.json');
      expect(parsed.ok).toBe(true);
      const plan = parsed.ok
        ? planErasure(parsed.retention, { ...none, cases: [closedCase({ decidedOn: ['2023-02-01'] })] }, '2026-06-01')
        : null;
      expect(plan?.outcome).toBe('erase');
    });
  });

  describe('deletion follows the archive (decision 224)', () => {
    const kept = { maxLevel: 2, referralServices: ['ppt'] };
    it.each([
      ['kept by archive law, not handed over', kept, '2040-01-01', r, { outcome: 'refused-archive' }],
      [
        'kept by archive law, handed over, a day before the year after the handover',
        { ...kept, handedOverOn: '2026-01-10' },
        '2027-01-09',
        r,
        {
          outcome: 'refused-too-early',
          waits: [
            {
              ruleId: 'overfort-til-arkivet',
              from: '2027-01-10',
              what: 'Saken åpnet 01.09.2022 (overført til arkivet 10.01.2026)',
            },
          ],
        },
      ],
      [
        'kept by archive law, handed over, a year after the handover',
        { ...kept, handedOverOn: '2026-01-10' },
        '2027-01-10',
        r,
        { outcome: 'erase', caseIds: ['c1'], archived: [{ caseId: 'c1', handedOverOn: '2026-01-10' }] },
      ],
      [
        'handed over, but the kommune’s file has no rule for handed-over cases',
        { ...kept, handedOverOn: '2026-01-10' },
        '2040-01-01',
        { ...r, delete: r.delete.filter((d) => d.records !== 'archived-case') },
        { outcome: 'refused-archive' },
      ],
      [
        'a level-1 case handed over: the closed case’s three years still decide, and the report names the handover',
        { handedOverOn: '2023-07-01' },
        '2026-06-01',
        r,
        { outcome: 'erase', archived: [{ caseId: 'c1', openedOn: '2022-09-01', handedOverOn: '2023-07-01' }] },
      ],
      [
        'a level-1 case handed over, before the three years',
        { handedOverOn: '2023-07-01' },
        '2026-05-31',
        r,
        { outcome: 'refused-too-early', waits: [{ ruleId: 'avsluttet-sak-niva-0-1', from: '2026-06-01' }] },
      ],
    ] as const)('%s', (_name, over, today, settings, expected) => {
      expect(planErasure(settings, { ...none, cases: [closedCase(over as Partial<CaseFacts>)] }, today)).toMatchObject(
        expected,
      );
    });
    it('a file may leave the rule for handed-over cases out, but not the others', () => {
      const without = (records: string) => ({
        ...shipped,
        delete: (shipped.delete as Record<string, unknown>[]).filter((d) => d.records !== records),
      });
      expect(parseRetention(without('archived-case'), 'default.json').ok).toBe(true);
      expect(parseRetention(without('closed-case'), 'default.json').ok).toBe(false);
    });
  });

  it('adds years on the calendar', () => {
    expect(addYears('2023-06-01', 3)).toBe('2026-06-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });
});
