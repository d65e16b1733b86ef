import { describe, expect, it } from 'vitest';
import {
  activityPlanGaps,
  evaluationOutstanding,
  evaluationReminderFrom,
  matterFlags,
  matterSteps,
  type ActivityPlan,
  type MatterFacts,
} from './activity-plan';

const complete: ActivityPlan = {
  problem: 'Henrik blir holdt utenfor og kalt stygge ting i friminuttene.',
  measures: [{ what: 'Voksen i friminuttene', when: 'Fra 08.12.2026, hver dag', responsible: 'Inspektør' }],
  evaluationOn: '2026-12-21',
  pupilView: '',
};

describe('activityPlanGaps: the five elements of § 12-4 third paragraph', () => {
  it.each<[string, ActivityPlan, string[]]>([
    ['complete', complete, []],
    ['no problem', { ...complete, problem: '  ' }, ['problem']],
    ['no measures', { ...complete, measures: [] }, ['measures']],
    [
      'a measure without when and who',
      { ...complete, measures: [{ what: 'Samtale', when: '', responsible: ' ' }] },
      ['measures.0.when', 'measures.0.responsible'],
    ],
    [
      'a measure without what',
      { ...complete, measures: [{ ...complete.measures[0]!, what: '' }] },
      ['measures.0.what'],
    ],
    ['no evaluation date', { ...complete, evaluationOn: '' }, ['evaluationOn']],
  ])('%s', (_, plan, paths) => {
    expect(activityPlanGaps(plan).map((g) => g.path)).toEqual(paths);
  });
});

const open: MatterFacts = {
  status: 'open',
  adultInvolved: false,
  knownOn: '2026-12-01',
  leaderNotifiedAt: '2026-12-01T09:00:00.000Z',
  ownerNotifiedAt: null,
  investigatedOn: null,
  planMadeOn: null,
  evaluationDue: null,
  evaluatedOn: null,
  closedOn: null,
};

describe('matterFlags: what the board says', () => {
  const planned = { ...open, investigatedOn: '2026-12-02', planMadeOn: '2026-12-03', evaluationDue: '2026-12-20' };
  it.each<[string, MatterFacts, string, string[]]>([
    ['just reported', open, '2026-12-01', ['not-investigated', 'plan-missing']],
    ['investigated, no plan', { ...open, investigatedOn: '2026-12-02' }, '2026-12-03', ['plan-missing']],
    ['planned, evaluation far off', planned, '2026-12-04', []],
    ['evaluation within a week', planned, '2026-12-13', ['evaluation-due']],
    ['evaluation on the day', planned, '2026-12-20', ['evaluation-due']],
    ['evaluation past', planned, '2026-12-21', ['evaluation-overdue']],
    ['evaluated since the plan', { ...planned, evaluatedOn: '2026-12-19' }, '2026-12-21', []],
    [
      'evaluated before a revised plan',
      { ...planned, evaluatedOn: '2026-12-02' },
      '2026-12-21',
      ['evaluation-overdue'],
    ],
    ['closed', { ...open, status: 'closed', closedOn: '2026-12-05' }, '2026-12-30', []],
  ])('%s', (_, m, today, flags) => {
    expect(matterFlags(m, today)).toEqual(flags);
  });
});

describe('matterSteps', () => {
  it('names the school owner only when an adult is involved (§ 12-5)', () => {
    expect(matterSteps(open).map((s) => s.step)).not.toContain('owner-notified');
    const steps = matterSteps({ ...open, adultInvolved: true, ownerNotifiedAt: '2026-12-01T09:00:00.000Z' });
    expect(steps.find((s) => s.step === 'owner-notified')?.on).toBe('2026-12-01');
    expect(steps[0]).toEqual({ step: 'reported', on: '2026-12-01' });
  });
});

describe('evaluationReminderFrom: three school days before the evaluation (decision 212)', () => {
  const weekdays = (iso: string) => {
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return wd >= 1 && wd <= 5;
  };
  // The Christmas holiday of 2026 (21.12.2026–01.01.2027) as the skolerute has it.
  const christmas = (iso: string) => weekdays(iso) && !(iso >= '2026-12-21' && iso <= '2027-01-01');
  it.each<[string, string, (iso: string) => boolean, string]>([
    ['a Tuesday: Monday, Friday, Thursday', '2026-12-08', weekdays, '2026-12-03'],
    ['a Thursday: within the week', '2026-12-10', weekdays, '2026-12-07'],
    ['a Monday: Friday, Thursday, Wednesday', '2026-12-14', weekdays, '2026-12-09'],
    ['after Christmas: the days before the holiday count', '2027-01-05', christmas, '2026-12-17'],
    ['a calendar without school days looks back no more than 60 days', '2026-12-08', () => false, '2026-10-09'],
  ])('%s', (_name, evaluationOn, isSchoolDay, from) => {
    expect(evaluationReminderFrom(evaluationOn, isSchoolDay)).toBe(from);
  });
  it('counts another number of days when asked', () => {
    expect(evaluationReminderFrom('2026-12-08', weekdays, 1)).toBe('2026-12-07');
  });
});

describe('evaluationOutstanding', () => {
  it.each<[string, string | null, string | null, string | null, boolean]>([
    ['no plan', null, null, null, false],
    ['a plan not yet evaluated', '2026-11-24', '2026-12-08', null, true],
    ['evaluated after the plan', '2026-11-24', '2026-12-08', '2026-12-08', false],
    ['evaluated before a revised plan', '2026-12-09', '2027-01-12', '2026-12-08', true],
  ])('%s', (_name, planMadeOn, evaluationDue, evaluatedOn, outstanding) => {
    expect(evaluationOutstanding({ planMadeOn, evaluationDue, evaluatedOn })).toBe(outstanding);
  });
});
