// Small-cell suppression for the figures the school owner sees (issue 19 item 3, decision 128): no published
// figure may rest on fewer than five pupils, and no published figure, row total or column total may let
// anyone work a suppressed figure out again.
//
// A table of counts is published with its row totals, column totals and grand total. Written with the totals
// as an extra row and column carrying the negative of the sum, every row and every column of that augmented
// table sums to zero. A suppressed figure can be recovered from the published ones exactly when it is a
// *bridge* in the graph whose nodes are the augmented table's rows and columns and whose edges are its
// suppressed cells: a bridge's value is fixed by the sums on one side of it, while a cell on a cycle can be
// moved up and down around the cycle without changing any sum. So: suppress every cell of 1–4 pupils, then,
// while a suppressed cell is a bridge, suppress one more: the smallest that joins the bridge's two sides (which
// puts it on a cycle), else the smallest beside it in its row or column; until no suppressed cell is a bridge. Suppressing everything leaves no bridge, so this always ends.

/** Figures from fewer pupils than this are not published. */
export const MIN_PUPILS = 5;

/** A published cell: the figure, or `null` where it is suppressed («under 5», or hidden to protect one). */
export type Published = number | null;

export type SuppressedTable = {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  total: Published;
};

/** Whether a count reveals too few pupils: 1–4. Zero reveals no pupil and is shown. */
export const isSmall = (count: number) => count > 0 && count < MIN_PUPILS;

/**
 * Suppresses a table of pupil counts (rows × columns, every row as long). The totals are the sums of the
 * cells; the table is protected as one publication — a figure that is also published elsewhere (another
 * table with the same margins) must go through the same call, or the two together can reveal what each hides.
 * `knownColumnTotals`: the column totals are published by another table; they count as known here and are
 * never hidden (the caller must hide a whole column whose total the other table hides).
 * `hide(r, c)`: figures to hide from the start besides the small ones, in the table with its totals (row `rows`
 * is the column totals, column `columns` the row totals) — e.g. a count whose difference from a published
 * neighbour's would be 1–4 (decision 162); complementary suppression then protects them as any other.
 */
export function suppressTable(
  counts: number[][],
  options: { knownColumnTotals?: boolean; hide?: (r: number, c: number) => boolean } = {},
): SuppressedTable {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  if (rows === 0 || columns === 0)
    return { cells: counts.map(() => []), rowTotals: counts.map(() => 0), columnTotals: [], total: 0 };
  for (const row of counts)
    if (row.length !== columns) throw new Error('suppressTable: every row must have as many cells');
  // The augmented table: cells, then each row's total in column `columns`, the column totals in row `rows`.
  const value: number[][] = Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: columns + 1 }, (_, c) => {
      if (r < rows && c < columns) return counts[r]![c]!;
      if (r < rows) return sum(counts[r]!);
      if (c < columns) return sum(counts.map((row) => row[c]!));
      return sum(counts.map(sum));
    }),
  );
  // Column totals published by another table (the same pupils by another breakdown) are known to everyone:
  // never hidden here, and never chosen to hide.
  const fixed = (r: number) => options.knownColumnTotals === true && r === rows;
  const hidden = value.map((row, r) => row.map((v, c) => !fixed(r) && (isSmall(v) || options.hide?.(r, c) === true)));
  for (;;) {
    const bridge = findBridge(hidden);
    if (!bridge) break;
    const [r, c] = bridge.partner(value, hidden, fixed);
    // Nothing left to hide: only with known column totals and a single row, where each cell is its column's
    // total and so public already through the other table.
    if (hidden[r]![c]) break;
    hidden[r]![c] = true;
  }
  const shown = (r: number, c: number): Published => (hidden[r]![c] ? null : value[r]![c]!);
  return {
    cells: counts.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: counts.map((_, r) => shown(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => shown(rows, c)),
    total: shown(rows, columns),
  };
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

type Bridge = {
  row: number;
  column: number;
  /** The cell to suppress next to take the bridge away. */
  partner(value: number[][], hidden: boolean[][], fixed: (row: number) => boolean): [number, number];
};

/**
 * A suppressed cell that is a bridge of the row–column graph, if there is one (Tarjan's bridge search over the
 * rows as nodes 0…R-1 and the columns as R…R+C-1).
 */
function findBridge(hidden: boolean[][]): Bridge | null {
  const rows = hidden.length;
  const columns = hidden[0]?.length ?? 0;
  const nodes = rows + columns;
  const edges: [number, number][] = [];
  const adjacent: number[][] = Array.from({ length: nodes }, () => []);
  hidden.forEach((row, r) =>
    row.forEach((isHidden, c) => {
      if (!isHidden) return;
      const id = edges.push([r, c]) - 1;
      adjacent[r]!.push(id);
      adjacent[rows + c]!.push(id);
    }),
  );
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  let counter = 0;
  let found: number | null = null;
  const other = (id: number, node: number) => {
    const [r, c] = edges[id]!;
    return node === r ? rows + c : r;
  };
  // Iterative depth-first search (a table may be wide enough for recursion to be a risk).
  for (let start = 0; start < nodes && found === null; start++) {
    if (order[start] !== -1 || adjacent[start]!.length === 0) continue;
    const stack: { node: number; via: number; next: number }[] = [{ node: start, via: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length > 0 && found === null) {
      const top = stack[stack.length - 1]!;
      if (top.next < adjacent[top.node]!.length) {
        const id = adjacent[top.node]![top.next++]!;
        if (id === top.via) continue;
        const to = other(id, top.node);
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ node: to, via: id, next: 0 });
        } else low[top.node] = Math.min(low[top.node]!, order[to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (!parent) continue;
        low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
        if (low[top.node]! > order[parent.node]!) found = top.via;
      }
    }
  }
  if (found === null) return null;
  const bridge = found;
  const [row, column] = edges[bridge]!;
  // The two sides the bridge joins: what its row reaches without crossing it, and what its column reaches.
  const reach = (from: number) => {
    const seen = new Set<number>([from]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.pop()!;
      for (const id of adjacent[node]!) {
        const to = other(id, node);
        if (id === bridge || seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    return seen;
  };
  const near = reach(row);
  const far = reach(rows + column);
  return {
    row,
    column,
    partner(value, hiddenNow, fixed) {
      const byValue = (a: [number, number], b: [number, number]) =>
        value[a[0]]![a[1]]! - value[b[0]]![b[1]]! || a[0] - b[0] || a[1] - b[1];
      const shown: [number, number][] = [];
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) if (!hiddenNow[r]![c] && !fixed(r)) shown.push([r, c]);
      // Best: a cell joining the two sides, which puts the bridge on a cycle at once.
      const joins = ([r, c]: [number, number]) =>
        (near.has(r) && far.has(rows + c)) || (far.has(r) && near.has(rows + c));
      const closing = shown.filter(joins);
      if (closing.length > 0) return closing.sort(byValue)[0]!;
      // Else the smallest beside it, in its row or its column; the next round goes on from there.
      const beside = shown.filter(([r, c]) => r === row || c === column);
      return (beside.length > 0 ? beside : shown).sort(byValue)[0] ?? [row, column];
    },
  };
}
