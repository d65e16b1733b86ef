import { describe, expect, it } from 'vitest';
import type { CaseListEntry, CaseTask, MyTask } from './api';
import {
  boardColumns,
  downloadName,
  instantDate,
  needsHolisticAssessment,
  noticeTargets,
  offeredActions,
  referralServicesFor,
  splitLines,
  suggestedNotice,
  tasksByLevel,
  tasksByCase,
  tasksOverdueFirst,
} from './cases';

const entry = (id: string, level: number, extra: Partial<CaseListEntry> = {}): CaseListEntry => ({
  id,
  pupilName: `Elev ${id}`,
  className: '9A',
  level,
  status: 'open',
  evaluationDue: null,
  overdue: false,
  contactGap: false,
  inactive: false,
  stafettholderName: 'Lærer',
  ...extra,
});
const task = (id: string, level: number, extra: Partial<CaseTask> = {}): CaseTask => ({
  id,
  level,
  ladderTaskId: null,
  action: null,
  weekly: false,
  text: id,
  responsible: [],
  ownerName: null,
  dueOn: null,
  doneOn: null,
  doneByName: null,
  sourceText: null,
  tickedBy: null,
  comment: null,
  mayTick: true,
  source: 'ladder',
  version: 1,
  ...extra,
});

describe('offeredActions', () => {
  it('offers exactly the allowed actions the screen knows, the usual next step first', () => {
    expect(
      offeredActions([
        'start-measures',
        'set-evaluation-date',
        'evaluate',
        'escalate',
        'close',
        'report-to-child-welfare',
      ]),
    ).toEqual(['start-measures', 'evaluate', 'set-evaluation-date', 'escalate', 'close', 'report-to-child-welfare']);
    expect(offeredActions(['reopen'])).toEqual(['reopen']);
    expect(offeredActions(['open', 'something-new'])).toEqual([]);
  });
});

describe('boardColumns', () => {
  it('has a column for each of the levels 0–3 even when empty', () => {
    expect(boardColumns([]).map((c) => c.level)).toEqual([0, 1, 2, 3]);
  });
  it('adds columns for a ladder with more levels', () => {
    expect(boardColumns([entry('a', 5)]).map((c) => c.level)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('puts overdue evaluations first, then by evaluation date, then by name', () => {
    const cases = [
      entry('b', 1, { evaluationDue: '2026-12-01' }),
      entry('c', 1, { evaluationDue: '2026-11-01', overdue: true }),
      entry('a', 1, { evaluationDue: '2026-12-01' }),
      entry('d', 1),
      entry('e', 0),
    ];
    const [zero, one] = boardColumns(cases);
    expect(zero?.cases.map((c) => c.id)).toEqual(['e']);
    expect(one?.cases.map((c) => c.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('tasksByLevel', () => {
  it('shows the current level first, open tasks before done ones, by due date', () => {
    const tasks = [
      task('old', 0),
      task('done', 1, { doneOn: '2026-11-20' }),
      task('late', 1, { dueOn: '2026-12-10' }),
      task('soon', 1, { dueOn: '2026-12-01' }),
      task('nodue', 1),
    ];
    expect(tasksByLevel(tasks, 1).map((g) => [g.level, g.tasks.map((t) => t.id)])).toEqual([
      [1, ['soon', 'late', 'nodue', 'done']],
      [0, ['old']],
    ]);
  });
});

describe('splitLines and downloadName', () => {
  it('takes one participant a line and drops blank lines', () => {
    expect(splitLines(' Kari Nordmann (mor)\n\n  Henrik \r\n')).toEqual(['Kari Nordmann (mor)', 'Henrik']);
  });
  it('makes a file name without spaces or path characters', () => {
    expect(downloadName('referat', 'Fjell Henrik', '2026/11/24')).toBe('referat-fjell-henrik-2026-11-24.pdf');
  });
});

describe('written notices by level', () => {
  it.each([
    [0, null, ['skoleledelse', 'avdelingsdirektor']],
    [1, 'skoleledelse', ['skoleledelse', 'avdelingsdirektor']],
    [2, 'avdelingsdirektor', ['avdelingsdirektor', 'skoleledelse']],
    [3, 'avdelingsdirektor', ['avdelingsdirektor', 'skoleledelse']],
  ] as const)('level %i suggests %s and offers both', (level, suggested, order) => {
    expect(suggestedNotice(level)).toBe(suggested);
    expect(noticeTargets(level)).toEqual(order);
  });
});

describe('referralServicesFor', () => {
  it('limits a referral task to the services its action names, every service when it names none, none for other tasks', () => {
    expect(referralServicesFor({ type: 'referral', to: ['ppt'] })).toEqual(['ppt']);
    expect(referralServicesFor({ type: 'referral', to: ['ppt', 'bup', 'barnevern'] })).toEqual([
      'ppt',
      'bup',
      'barnevern',
    ]);
    expect(referralServicesFor({ type: 'referral' })).toContain('helsestasjon');
    expect(referralServicesFor({ type: 'meeting', meetingType: 'samarbeidsmote' })).toEqual([]);
    expect(referralServicesFor(null)).toEqual([]);
  });
  it('asks for the holistic assessment for a report to child welfare, and for a referral only when barnevern is chosen', () => {
    expect(needsHolisticAssessment({ type: 'child-welfare-report' }, '')).toBe(true);
    expect(needsHolisticAssessment({ type: 'referral' }, 'barnevern')).toBe(true);
    expect(needsHolisticAssessment({ type: 'referral' }, 'ppt')).toBe(false);
    expect(needsHolisticAssessment(undefined, 'barnevern')).toBe(false);
  });
});

describe('tasksOverdueFirst', () => {
  const mine = (id: string, dueOn: string | null, overdue: boolean): MyTask => ({
    id,
    caseId: 'c',
    text: id,
    dueOn,
    overdue,
    pupilName: 'Elev',
    className: '9A',
  });
  it('puts overdue tasks first, then by due date, undated last', () => {
    const sorted = tasksOverdueFirst([
      mine('a', null, false),
      mine('b', '2026-12-01', false),
      mine('c', '2026-11-01', true),
      mine('d', '2026-11-20', false),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('instantDate', () => {
  it('gives the date part of an instant and leaves other text alone', () => {
    expect(instantDate('2026-10-30T09:00:00.000Z')).toMatch(/^2026-10-30$/);
    expect(instantDate('ikke en dato')).toBe('ikke en dato');
  });
});

describe('tasksByCase', () => {
  const mine = (id: string, caseId: string, dueOn: string | null): MyTask => ({
    id,
    caseId,
    text: id,
    dueOn,
    overdue: false,
    pupilName: `Elev ${caseId}`,
    className: '9A',
  });
  it('groups by case, each case by due date (undated last), the case with the first due date first', () => {
    const groups = tasksByCase([
      mine('a1', 'a', null),
      mine('b1', 'b', '2026-12-10'),
      mine('a2', 'a', '2026-12-01'),
      mine('c1', 'c', null),
      mine('b2', 'b', '2026-12-03'),
    ]);
    expect(groups.map((g) => [g.caseId, g.tasks.map((t) => t.id)])).toEqual([
      ['a', ['a2', 'a1']],
      ['b', ['b2', 'b1']],
      ['c', ['c1']],
    ]);
  });
});
