import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, suppressTable } from './suppression';
import type { SuppressedTable } from './suppression';

// The property the school owner's figures rest on (decision 128): every figure from 1–4 pupils is hidden, and no
// suppressed figure can be worked out from what is published. Checked here by linear algebra that shares nothing
// with the implementation's bridge search: a hidden cell x_k is recoverable exactly when the unit vector e_k lies
// in the row space of the published sums' equations restricted to the hidden cells.

type Cell = { r: number; c: number; hidden: boolean; value: number };

/** The augmented table (cells, row totals, column totals, total) as published, beside the true values. */
function augmented(counts: number[][], t: SuppressedTable): Cell[][] {
  const rows = counts.length;
  const columns = counts[0]!.length;
  const rowSum = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colSum = Array.from({ length: columns }, (_, c) => counts.reduce((a, row) => a + row[c]!, 0));
  const all = rowSum.reduce((a, b) => a + b, 0);
  return Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: columns + 1 }, (_, c) => {
      const [value, shown] =
        r < rows && c < columns
          ? [counts[r]![c]!, t.cells[r]![c]]
          : r < rows
            ? [rowSum[r]!, t.rowTotals[r]]
            : c < columns
              ? [colSum[c]!, t.columnTotals[c]]
              : [all, t.total];
      return { r, c, hidden: shown === null, value };
    }),
  );
}

/** The rank of a matrix of small rationals, by elimination in floating point with a tolerance. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = rank;
    for (let i = rank + 1; i < m.length; i++) if (Math.abs(m[i]![col]!) > Math.abs(m[pivot]![col]!)) pivot = i;
    if (Math.abs(m[pivot]![col]!) < 1e-9) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const f = m[i]![col]! / m[rank]![col]!;
      for (let j = col; j < width; j++) m[i]![j]! -= f * m[rank]![j]!;
    }
    rank++;
  }
  return rank;
}

/** The hidden cells whose value the published figures fix. */
function recoverable(table: Cell[][]): Cell[] {
  const hidden = table.flat().filter((cell) => cell.hidden);
  if (hidden.length === 0) return [];
  const rows = table.length - 1;
  const columns = table[0]!.length - 1;
  // One equation per row and per column of the augmented table: cells minus total is zero. Only the hidden
  // cells' coefficients matter (the shown ones are known constants).
  const sign = (cell: Cell, line: 'row' | 'column') =>
    line === 'row' ? (cell.c === columns ? -1 : 1) : cell.r === rows ? -1 : 1;
  const equations = [
    ...table.map((row) => hidden.map((h) => (row.includes(h) ? sign(h, 'row') : 0))),
    ...Array.from({ length: columns + 1 }, (_, c) => hidden.map((h) => (h.c === c ? sign(h, 'column') : 0))),
  ];
  const base = rank(equations);
  return hidden.filter((_, k) => rank([...equations, hidden.map((__, j) => (j === k ? 1 : 0))]) === base);
}

describe('suppressTable', () => {
  it('publishes a table with no small figures as it is', () => {
    const t = suppressTable([
      [12, 30],
      [7, 0],
    ]);
    expect(t).toEqual({
      cells: [
        [12, 30],
        [7, 0],
      ],
      rowTotals: [42, 7],
      columnTotals: [19, 30],
      total: 49,
    });
  });

  it('hides a small figure and one more beside it in its row and its column, so the totals do not give it away', () => {
    // School B has 3 pupils over 10 % in October. With the row total shown, hiding the 3 alone would leave
    // 41 − 38 = 3: the next smallest figure of the row (and of the column) is hidden too.
    const t = suppressTable([
      [20, 25, 30],
      [3, 38, 40],
      [15, 16, 50],
    ]);
    expect(t.cells[1]![0]).toBeNull();
    expect(
      recoverable(
        augmented(
          [
            [20, 25, 30],
            [3, 38, 40],
            [15, 16, 50],
          ],
          t,
        ),
      ),
    ).toEqual([]);
    const shownCells = t.cells.flat().filter((v) => v !== null).length;
    expect(shownCells).toBeGreaterThanOrEqual(5); // not the whole table
  });

  it('hides a total of 1–4 and what would give it away', () => {
    const counts = [
      [0, 2],
      [10, 12],
    ];
    const t = suppressTable(counts);
    expect(t.rowTotals[0]).toBeNull();
    expect(t.cells[0]![1]).toBeNull();
    expect(recoverable(augmented(counts, t))).toEqual([]);
  });

  it('shows zero: no pupil is revealed by it', () => {
    const t = suppressTable([
      [0, 9],
      [8, 7],
    ]);
    expect(t.cells[0]![0]).toBe(0);
  });

  it('property: every figure of 1–4 is hidden, and no hidden figure can be recovered from what is shown', () => {
    const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 })).chain(([rows, columns]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );
    fc.assert(
      fc.property(table, (counts) => {
        const t = suppressTable(counts);
        const cells = augmented(counts, t);
        for (const cell of cells.flat()) if (isSmall(cell.value)) expect(cell.hidden).toBe(true);
        // What is shown is the truth.
        for (const cell of cells.flat()) if (!cell.hidden) expect(cell.value).toBeGreaterThanOrEqual(0);
        expect(recoverable(cells)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
});
