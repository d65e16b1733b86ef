import { describe, expect, it } from 'vitest';
import type { CaseListEntry, CaseTask } from './api';
import { boardColumns, downloadName, offeredActions, splitLines, tasksByLevel } from './cases';

const entry = (id: string, level: number, extra: Partial<CaseListEntry> = {}): CaseListEntry => ({
  id, pupilName: `Elev ${id}`, className: '9A', level, status: 'open', evaluationDue: null, overdue: false, inactive: false, stafettholderName: 'Lærer', ...extra,
});
const task = (id: string, level: number, extra: Partial<CaseTask> = {}): CaseTask => ({
  id, level, ladderTaskId: null, text: id, responsible: [], ownerName: null, dueOn: null, doneOn: null, doneByName: null, source: 'ladder', version: 1, ...extra,
});

describe('offeredActions', () => {
  it('offers exactly the allowed actions the screen knows, the usual next step first', () => {
    expect(offeredActions(['start-measures', 'set-evaluation-date', 'evaluate', 'escalate', 'close', 'report-to-child-welfare'])).toEqual(['start-measures', 'evaluate', 'set-evaluation-date', 'escalate', 'close', 'report-to-child-welfare']);
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
    const cases = [entry('b', 1, { evaluationDue: '2026-12-01' }), entry('c', 1, { evaluationDue: '2026-11-01', overdue: true }), entry('a', 1, { evaluationDue: '2026-12-01' }), entry('d', 1), entry('e', 0)];
    const [zero, one] = boardColumns(cases);
    expect(zero?.cases.map((c) => c.id)).toEqual(['e']);
    expect(one?.cases.map((c) => c.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('tasksByLevel', () => {
  it('shows the current level first, open tasks before done ones, by due date', () => {
    const tasks = [task('old', 0), task('done', 1, { doneOn: '2026-11-20' }), task('late', 1, { dueOn: '2026-12-10' }), task('soon', 1, { dueOn: '2026-12-01' }), task('nodue', 1)];
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
