import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTable, hashBytes } from './byte-table';
import { EventColumnsBuilder } from './event-columns';
import { readEventsCsv } from '../../server/import/read-events-csv';
import { CSV_COLUMNS } from '../../domain/absence/events-file';
import { testCalendar } from '../../domain/rules/testing';
import { formatIsoDate } from '../../domain/calendar/dates';

// The byte path of `naervaer evaluate` (decision 173) against the text path it stands in for: on any file
// (quote-free or quoted, `,` `;` or tab, LF, CRLF or both, blank lines, bad rows, non-ASCII and broken
// UTF-8 ids, ids whose hashes collide), the builder ends with the same columns, line numbers and problems.

const encoder = new TextEncoder();

/** Two ids with the same hash (found by search; the table must tell them apart by their bytes). */
function collidingIds(): [string, string] {
  const seen = new Map<number, string>();
  for (let n = 0; ; n++) {
    const id = `k${n}`;
    const bytes = encoder.encode(id);
    const hash = hashBytes(bytes, 0, bytes.length);
    const other = seen.get(hash);
    if (other !== undefined) return [other, id];
    seen.set(hash, id);
  }
}
const [COLLIDE_A, COLLIDE_B] = collidingIds();

async function* chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const calendar = testCalendar();

/** How often the property met what it is about: files read whole or with problems, rows the byte path took. */
const covered = { columns: 0, problems: 0, byteRows: 0 };

/** What a read leaves: the reader's result, and the builder's problems or its columns (subjects by name). */
async function build(bytes: Uint8Array, chunk: number, bytePath: boolean) {
  const builder = new EventColumnsBuilder(calendar);
  const byteRows = {
    start: builder.start.bind(builder),
    row: (b: Uint8Array, from: number, line: number) => {
      const end = builder.row(b, from, line);
      if (end >= 0) covered.byteRows++;
      return end;
    },
  };
  const read = await readEventsCsv(
    chunks(bytes, chunk),
    (row) => builder.add(row),
    {},
    bytePath ? byteRows : undefined,
  );
  const built = builder.finish(calendar.days.length - 1);
  if ('problems' in built) return { read, problems: built.problems };
  const { store, extras } = built;
  return {
    read,
    rows: built.rows,
    ids: store.studentIds,
    offsets: Array.from(store.offsets),
    day: Array.from(store.dayIndex),
    kind: Array.from(store.kind),
    documented: Array.from(store.documented),
    period: Array.from(store.period),
    subject: Array.from(store.subject, (s) => (s < 0 ? null : store.subjects[s])),
    minutes: Array.from(extras.minutes),
    reason: Array.from(extras.reason),
    source: Array.from(extras.source),
  };
}

// U+E000 in a generated cell stands for a byte that is not UTF-8 (0xFF).
const BROKEN = '\uE000';
const ids = [
  'e1',
  'e2',
  'e10',
  ' e1 ',
  'Ødegård-7',
  'ødegård-7',
  COLLIDE_A,
  COLLIDE_B,
  'e1\u00A0',
  '\u00A0e2',
  'x' + BROKEN,
  'a\u0001b',
  '',
  'e0123456789abcdefgh',
];
const dates = [
  '2025-09-01',
  '2025-09-02',
  '2025-09-03',
  ' 2025-09-04',
  '2025-09-06',
  '2025-13-01',
  '2025-9-1',
  '',
  'x',
];
const kinds = ['day', 'lesson', 'late', 'left', 'Day', '', ' late '];
const subjects = ['', 'norsk', 'kroppsøving', 'kunst og håndverk', 'mat, helse', 'KRLE\u00A0', 'ø' + BROKEN];
const periods = ['', '1', '2', '3', '0', '01', '99', '12345', 'x'];
const minutes = ['', '5', '600', '601', '0', '07'];
const documented = ['true', 'false', '', 'TRUE', ' false'];
const reasons = ['', 'sykdom', 'ukjent', 'helse', 'bad'];
const sources = ['', 'laerer', 'import', 'foresatt', 'x'];
const values: Record<string, string[]> = {
  student_id: ids,
  date: dates,
  kind: kinds,
  subject: subjects,
  period: periods,
  minutes,
  documented,
  reason: reasons,
  source: sources,
  note: ['', 'hei', 'a b'],
};

const schoolDays = Array.from(calendar.days.slice(0, 40), (day) => formatIsoDate(day));
const validIds = [
  'e1',
  'e2',
  'e10',
  'e11',
  'e12',
  'Ødegård-7',
  'ødegård-7',
  COLLIDE_A,
  COLLIDE_B,
  'e0123456789abcdefgh',
];

/** A valid row's cells by column: a kind with what it needs. */
const validRow = fc
  .record({
    student_id: fc.constantFrom(...validIds),
    date: fc.constantFrom(...schoolDays),
    kind: fc.constantFrom('day', 'lesson', 'late', 'left'),
    subject: fc.constantFrom('norsk', 'kroppsøving', 'kunst og håndverk'),
    period: fc.constantFrom('1', '2', '3', '4'),
    minutes: fc.constantFrom('5', '17', '600'),
    documented: fc.constantFrom('true', 'false'),
    reason: fc.constantFrom('', 'sykdom', 'ukjent', 'helse'),
    source: fc.constantFrom('', 'laerer', 'foresatt', 'import'),
    note: fc.constantFrom('', 'hei'),
  })
  .map(
    (r): Record<string, string> => ({
      ...r,
      subject: r.kind === 'lesson' ? r.subject : '',
      period: r.kind === 'lesson' || r.kind === 'left' ? r.period : '',
      minutes: r.kind === 'late' ? r.minutes : '',
    }),
  );

type Cell = { value: string; quoted: boolean; space: string };

/** A row: a valid one, now and then with a cell from the lists above (valid or not), spaces, or quotes. */
const row = (order: string[], quotes: boolean) =>
  fc
    .tuple(
      validRow,
      fc.array(
        fc.record({
          column: fc.constantFrom(...order),
          value: fc.nat(),
        }),
        { maxLength: 2 },
      ),
      fc.array(fc.constantFrom('', '', '', '', '', '', ' ', '\t'), {
        minLength: order.length,
        maxLength: order.length,
      }),
      fc.array(quotes ? fc.nat(20).map((n) => n === 0) : fc.constant(false), {
        minLength: order.length,
        maxLength: order.length,
      }),
      fc.nat(6),
    )
    .map(([valid, changes, spaces, quoted, keep]): Cell[] => {
      const cells = { ...valid };
      // Most rows stay valid; the rest get one or two cells from the lists.
      if (keep === 0) for (const c of changes) cells[c.column] = values[c.column]![c.value % values[c.column]!.length]!;
      return order.map((column, i) => ({ value: cells[column]!, quoted: quoted[i]!, space: spaces[i]! }));
    });

const file = fc
  .record({
    separator: fc.constantFrom(',', ';', '\t'),
    endings: fc.constantFrom('lf', 'crlf', 'mixed'),
    bom: fc.boolean(),
    lastNewline: fc.boolean(),
    order: fc.shuffledSubarray([...CSV_COLUMNS, 'note'], { minLength: 10, maxLength: 10 }),
    chunk: fc.integer({ min: 1, max: 300 }),
    quotes: fc.nat(2).map((n) => n === 0),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      rows: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constantFrom('', ' ', shape.separator.repeat(3)) },
          { weight: 20, arbitrary: row(shape.order, shape.quotes) },
          {
            weight: shape.quotes ? 1 : 0,
            arbitrary: fc.constant(
              ['e1', '2025-09-01', 'day', '"norsk\nmuntlig"', '', '', 'false', '', ''].join(shape.separator),
            ),
          },
        ),
        { maxLength: 40 },
      ),
      crlf: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    }),
  );

type Generated = {
  shape: { separator: string; endings: string; bom: boolean; lastNewline: boolean; order: string[]; chunk: number };
  rows: (string | Cell[])[];
  crlf: boolean[];
};

function fileBytes({ shape, rows, crlf }: Generated): Uint8Array {
  const { separator, endings, bom, lastNewline, order } = shape;
  const lines: string[] = [order.join(separator)];
  for (const row of rows) {
    if (typeof row === 'string') lines.push(row);
    else
      lines.push(
        row
          .map((c) => {
            const needs = c.value.includes(separator) || c.value.includes('"');
            return c.quoted || needs ? `"${c.value.replaceAll('"', '""')}"` : `${c.space}${c.value}${c.space}`;
          })
          .join(separator),
      );
  }
  let text = '';
  lines.forEach((line, i) => {
    const cr = endings === 'crlf' || (endings === 'mixed' && crlf[i % 40]);
    text += line + (i < lines.length - 1 || lastNewline ? (cr ? '\r\n' : '\n') : '');
  });
  const utf8 = encoder.encode(`${bom ? '\uFEFF' : ''}${text}`);
  // Each U+E000 (EE 80 80) becomes the single byte 0xFF.
  const out: number[] = [];
  for (let i = 0; i < utf8.length; i++) {
    if (utf8[i] === 0xee && utf8[i + 1] === 0x80 && utf8[i + 2] === 0x80) {
      out.push(0xff);
      i += 2;
    } else out.push(utf8[i]!);
  }
  return Uint8Array.from(out);
}

describe('the byte path of naervaer evaluate', () => {
  it('has two ids whose hashes collide to test with', () => {
    const a = encoder.encode(COLLIDE_A);
    const b = encoder.encode(COLLIDE_B);
    expect(COLLIDE_A).not.toBe(COLLIDE_B);
    expect(hashBytes(a, 0, a.length)).toBe(hashBytes(b, 0, b.length));
  });

  it('gives the same columns, line numbers and problems as the text path, on any file', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (generated) => {
        const bytes = fileBytes(generated as Generated);
        const text = await build(bytes, generated.shape.chunk, false);
        const fast = await build(bytes, generated.shape.chunk, true);
        const whole = await build(bytes, 1 << 16, true);
        expect(fast).toEqual(text);
        expect(whole).toEqual(text);
        covered['problems' in text ? 'problems' : 'columns']++;
      }),
      { numRuns: 400 },
    );
    expect(covered.columns).toBeGreaterThan(40);
    expect(covered.problems).toBeGreaterThan(40);
    expect(covered.byteRows).toBeGreaterThan(1000);
  });

  it('reads a quote-free file on bytes with the lines of blank lines and bad rows', async () => {
    const lines = [
      'student_id;date;kind;subject;period;minutes;documented;reason;source',
      'e2;2025-09-01;lesson;kroppsøving;1;;false;;',
      '',
      'Ødegård-7;2025-09-02;day;;;;true;sykdom;foresatt\r',
      'e2;2025-09-06;day;;;;false;;',
      `${COLLIDE_A};2025-09-03;late;;;5;false;;`,
      `${COLLIDE_B};2025-09-03;late;;;5;false;;`,
      'e2;2025-09-01;lesson;kroppsøving;1;;true;;',
    ];
    const bytes = encoder.encode(`\uFEFF${lines.join('\n')}\n`);
    const fast = await build(bytes, 7, true);
    expect(fast).toEqual(await build(bytes, 7, false));
    expect(fast.problems).toEqual([
      { line: 5, field: 'date', reason: 'ikke en skoledag: 06.09.2025 er en lørdag' },
      { line: 8, field: 'student_id+date+kind+period', reason: 'samme elev, dato, type og time som linje 2' },
    ]);
  });
});

describe('ByteTable', () => {
  it('numbers byte strings in the order added and finds each again, through collisions and growth', () => {
    const table = new ByteTable(4);
    const texts = [COLLIDE_A, COLLIDE_B, ...Array.from({ length: 3000 }, (_, i) => `id-${i}-${'x'.repeat(i % 23)}`)];
    const bytes = texts.map((t) => encoder.encode(t));
    bytes.forEach((b, k) => {
      expect(table.find(b, 0, b.length)).toBe(-1);
      expect(table.add(b, 0, b.length)).toBe(k);
    });
    bytes.forEach((b, k) => expect(table.find(b, 0, b.length)).toBe(k));
    const missing = encoder.encode('id-3000-');
    expect(table.find(missing, 0, missing.length)).toBe(-1);
  });
});
