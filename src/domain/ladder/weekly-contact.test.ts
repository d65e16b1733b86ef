import { describe, expect, it } from 'vitest';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { ladderIssues, parseLadder, type Ladder } from './ladder-schema';
import { contactPeriods, countsAsWeeklyContact, ladderWeeklyContact, weeklyContact } from './weekly-contact';

// A 2026–27 skolerute with høstferie in week 40 and a planning day on Monday 16.11 (week 47).
const parsed = parseSchoolCalendar({
  schoolYear: '2026-2027',
  firstDay: '2026-08-17',
  lastDay: '2027-06-18',
  springStarts: '2027-01-01',
  closed: [
    { from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' },
    { from: '2026-11-16', to: '2026-11-16', name: 'Planleggingsdag' },
    { from: '2026-12-21', to: '2027-01-01', name: 'Juleferie' },
  ],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
});
if (!parsed.ok) throw new Error(parsed.errors.join());
const calendar = compileCalendar(parsed.calendar);

const saltdal = parseLadder(saltdalJson, 'saltdal.json');
if (!saltdal.ok) throw new Error(saltdal.errors.join());
const SALTDAL: Ladder = saltdal.ladder;

const always = (from: string, to: string | null = null) => [{ from, to, reason: 'team' as const }];
const weeksOf = (r: ReturnType<typeof weeklyContact>, which: 'gaps' | 'weeks') => r[which].map((w) => w.week);

describe('the weeks a weekly contact owes and the contact log closes', () => {
  it.each([
    // [what, from, to, contacts, today, weeks owed, gaps]
    ['a week without contact is a gap once it is over', '2026-11-02', null, [], '2026-11-17', [45, 46, 47], [45, 46]],
    [
      'a contact on any day of the week closes it',
      '2026-11-02',
      null,
      ['2026-11-08', '2026-11-10'],
      '2026-11-17',
      [45, 46, 47],
      [],
    ],
    ['the current week is not yet a gap', '2026-11-23', null, [], '2026-11-29', [48], []],
    ['the Monday after, the week is a gap', '2026-11-23', null, [], '2026-11-30', [48, 49], [48]],
    ['starting on a Wednesday owes from the next week', '2026-11-04', null, [], '2026-11-23', [46, 47, 48], [46, 47]],
    ['a week of holiday owes nothing', '2026-09-21', null, [], '2026-10-06', [39, 41], [39]],
    ['a Monday off: the week is owed from its first school day', '2026-11-17', null, [], '2026-11-24', [47, 48], [47]],
    ['a period that ended owes nothing after', '2026-11-02', '2026-11-10', [], '2026-11-30', [45, 46], [45, 46]],
    ['nothing outside the school year', '2026-12-14', null, [], '2027-01-05', [51, 1], [51]],
  ] as const)('%s', (_, from, to, contacts, today, owed, gaps) => {
    const r = weeklyContact({ periods: always(from, to), calendar, contactDays: [...contacts], today });
    expect(weeksOf(r, 'weeks')).toEqual(owed);
    expect(weeksOf(r, 'gaps')).toEqual(gaps);
  });

  it('tells the last contact, from any week, and not one dated after today', () => {
    const r = weeklyContact({
      periods: always('2026-11-23'),
      calendar,
      contactDays: ['2026-11-10', '2026-11-24', '2026-12-01'],
      today: '2026-11-30',
    });
    expect(r.lastContactOn).toBe('2026-11-24');
    expect(r.gaps).toEqual([]);
    expect(r.weeks.map((w) => [w.monday, w.closed])).toEqual([
      ['2026-11-23', true],
      ['2026-11-30', false],
    ]);
  });

  it('applies while a period is open and says why; nothing applies without periods', () => {
    const open = weeklyContact({ periods: always('2026-11-02'), calendar, contactDays: [], today: '2026-11-20' });
    expect(open).toMatchObject({ applies: true, reasons: ['team'] });
    const ended = weeklyContact({
      periods: always('2026-11-02', '2026-11-10'),
      calendar,
      contactDays: [],
      today: '2026-11-20',
    });
    expect(ended.applies).toBe(false);
    expect(weeklyContact({ periods: [], calendar, contactDays: [], today: '2026-11-20' })).toEqual({
      applies: false,
      reasons: [],
      lastContactOn: null,
      gaps: [],
      weeks: [],
    });
  });

  it('two periods together owe each week once', () => {
    const r = weeklyContact({
      periods: [
        { from: '2026-11-02', to: null, reason: 'ladder' },
        { from: '2026-11-09', to: '2026-11-20', reason: 'referral' },
      ],
      calendar,
      contactDays: [],
      today: '2026-11-24',
    });
    expect(weeksOf(r, 'weeks')).toEqual([45, 46, 47, 48]);
    expect(r.reasons).toEqual(['ladder']);
  });
});

describe('when the weekly contact applies to a case', () => {
  const level2 = ladderWeeklyContact(SALTDAL, 2);
  const referral = { sentOn: '2026-11-05', answeredOn: null };

  it('the shipped Saltdal ladder marks levels 2 and 3, each left to the team («dersom … formålstjenlig»)', () => {
    expect(level2).toEqual({ every: 'week', closedBy: 'contact', with: ['elev', 'foresatt'], teamDecides: true });
    expect(ladderWeeklyContact(SALTDAL, 3)?.teamDecides).toBe(true);
    expect(ladderWeeklyContact(SALTDAL, 0)).toBeNull();
    expect(ladderWeeklyContact(SALTDAL, 1)).toBeNull();
  });

  it.each([
    ['left to the team, not switched on: nothing', level2, null, []],
    ['switched on: from the switch', level2, { on: true, since: '2026-11-10' }, [['2026-11-10', null, 'ladder']]],
    [
      'switched on before the level: from the level',
      level2,
      { on: true, since: '2026-10-01' },
      [['2026-11-02', null, 'ladder']],
    ],
    ['the ladder says so: from the level', { ...level2!, teamDecides: false }, null, [['2026-11-02', null, 'ladder']]],
    [
      'the ladder says so, the team said off: nothing',
      { ...level2!, teamDecides: false },
      { on: false, since: '2026-11-03' },
      [],
    ],
    [
      'no task at the level, the team switched on: the team’s',
      null,
      { on: true, since: '2026-11-12' },
      [['2026-11-12', null, 'team']],
    ],
  ] as const)('%s', (_, recurring, team, expected) => {
    const periods = contactPeriods({ levelSince: '2026-11-02', recurring, team, referrals: [] });
    expect(periods.map((p) => [p.from, p.to, p.reason])).toEqual(expected);
  });

  it('a waiting referral applies until it is answered, whatever the team said (samtidighetsansvar, 004 §5)', () => {
    const periods = contactPeriods({
      levelSince: '2026-11-02',
      recurring: level2,
      team: { on: false, since: '2026-11-03' },
      referrals: [referral, { sentOn: '2026-10-01', answeredOn: '2026-10-20' }],
    });
    expect(periods).toEqual([
      { from: '2026-11-05', to: null, reason: 'referral' },
      { from: '2026-10-01', to: '2026-10-20', reason: 'referral' },
    ]);
  });

  it('counts a contact with the pupil or the home, not one with a service only', () => {
    expect(countsAsWeeklyContact(['foresatt'])).toBe(true);
    expect(countsAsWeeklyContact(['ppt', 'elev'])).toBe(true);
    expect(countsAsWeeklyContact(['ppt', 'helsesykepleier'])).toBe(false);
    expect(countsAsWeeklyContact(['foresatt'], ['elev'])).toBe(false);
  });
});

describe('the ladder data for a weekly contact', () => {
  const withTask = (task: Record<string, unknown>) => {
    const copy = structuredClone(saltdalJson) as { levels: { tasks: Record<string, unknown>[] }[] };
    copy.levels[1]!.tasks[0] = { ...copy.levels[1]!.tasks[0], ...task };
    return copy;
  };

  it('refuses an unknown rhythm or party, naming the field', () => {
    const r = parseLadder(withTask({ recurring: { every: 'day', closedBy: 'contact', with: ['lærer'] } }), 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/recurring\.every: må være «week»/);
    expect(r.errors.join('\n')).toMatch(/recurring\.with\.0: må være en av elev, foresatt/);
  });

  it('refuses a weekly contact on a partner’s checklist step', () => {
    const copy = structuredClone(saltdalJson) as { partnerChecklists: { steps: Record<string, unknown>[] }[] };
    copy.partnerChecklists[0]!.steps[0]!.recurring = { every: 'week', closedBy: 'contact', with: ['elev'] };
    expect(ladderIssues(copy).issues.map((i) => i.path.at(-1))).toEqual(['recurring']);
  });
});
