import { describe, expect, it } from 'vitest';
import { activityPlanGaps, matterFlags, matterSteps, type ActivityPlan, type MatterFacts } from './activity-plan';

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
