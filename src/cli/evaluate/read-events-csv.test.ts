import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventColumnsBuilder } from './event-columns';
import { readEventsCsv } from '../../server/import/read-events-csv';
import { formatIsoDate } from '../../domain/calendar/dates';
import { testCalendar } from '../../domain/rules/testing';
import type { EventColumn } from '../../domain/absence/events-file';

// The streaming reader of events files: what arrives in which chunks must never change the rows or their
// line numbers, whatever the separator, line endings, BOM or quoting.

const HEADER = 'student_id,date,kind,subject,period,minutes,documented,reason';

async function* chunks(text: string | Buffer, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Every row as `line: student_id|date|kind|subject|period`, and the reader's result. */
async function read(text: string | Buffer, size = 1 << 16) {
  const rows: string[] = [];
  const fields: EventColumn[] = ['student_id', 'date', 'kind', 'subject', 'period'];
  const result = await readEventsCsv(chunks(text, size), (row) =>
    rows.push(`${row.line}: ${fields.map((f) => row.get(f)).join('|')}`),
  );
  return { ...result, lines: rows };
}

const FILE = [
  HEADER,
  'e1,2025-09-01,day,,,,true,sykdom',
  '',
  'e2,2025-09-10,lesson,"matematikk, fordypning",2,,false,',
  'e3,2025-09-11,lesson,"norsk ""muntlig""",1,,false,',
  'e4,2025-09-12,late,,,12,false,',
];
const EXPECTED = [
  '2: e1|2025-09-01|day||',
  '4: e2|2025-09-10|lesson|matematikk, fordypning|2',
  '5: e3|2025-09-11|lesson|norsk "muntlig"|1',
  '6: e4|2025-09-12|late||',
];

describe('readEventsCsv', () => {
  it('reads rows with their line numbers; a blank line is counted, not passed on', async () => {
    const r = await read(`${FILE.join('\n')}\n`);
    expect(r.lines).toEqual(EXPECTED);
    expect(r).toMatchObject({ separator: ',', rows: 4 });
    expect(r.problem).toBeUndefined();
  });

  it.each([1, 2, 3, 7, 64])('gives the same rows when every line is split across chunks of %i bytes', async (size) => {
    expect((await read(`${FILE.join('\n')}\n`, size)).lines).toEqual(EXPECTED);
  });

  it('takes CRLF, a BOM and «;» as Excel saves them, with quoted semicolons', async () => {
    const semicolons = FILE.map((l) =>
      l
        .replace(/("[^"]*(?:""[^"]*)*")|,/g, (m, quoted: string | undefined) => quoted ?? ';')
        .replace('matematikk, fordypning', 'matematikk; fordypning'),
    );
    const r = await read(`\uFEFF${semicolons.join('\r\n')}\r\n`, 5);
    expect(r.separator).toBe(';');
    expect(r.lines).toEqual(EXPECTED.map((l) => l.replace('matematikk, fordypning', 'matematikk; fordypning')));
  });

  it('counts the lines of a quoted field with a line break, and a last line without a newline', async () => {
    const r = await read(
      [HEADER, 'e1,2025-09-01,lesson,"norsk', 'og mer",1,,false,', 'e2,2025-09-02,day,,,,false,'].join('\r\n'),
      4,
    );
    expect(r.lines).toEqual(['2: e1|2025-09-01|lesson|norsk\r\nog mer|1', '4: e2|2025-09-02|day||']);
  });

  it('names line 1 when the header lacks a required column, and reads no further', async () => {
    const r = await read('student_id,date,kind\ne1,2025-09-01,day\n');
    expect(r.problem).toEqual({
      line: 1,
      field: 'documented',
      reason: expect.stringContaining('kolonnen mangler i overskriftsraden'),
    });
    expect(r.lines).toEqual([]);
    expect((await read('')).problem).toMatchObject({ line: 1, field: 'student_id' });
  });

  it('names the line of a quote that is never closed', async () => {
    const r = await read([HEADER, 'e1,2025-09-01,day,,,,true,', 'e2,2025-09-02,lesson,"norsk,1,,false,'].join('\n'), 8);
    expect(r.problem).toEqual({ line: 3, field: expect.any(String), reason: expect.stringContaining('aldri lukkes') });
  });

  it('reads on past stray quotes in the middle of a file (as Excel leaves them), keeping the line numbers', async () => {
    const lines = [
      HEADER,
      ...Array.from({ length: 200 }, (_, i) => `e${i},2025-09-01,day,,,,true,`),
      'e1,2025-09-02,lesson,norsk 8"A,1,,false,',
      'e2,2025-09-03,day,,,,false,',
    ];
    const r = await read(lines.join('\n'), 100);
    expect(r.problem).toBeUndefined();
    expect(r.lines.slice(-2)).toEqual(['202: e1|2025-09-02|lesson|norsk 8"A|1', '203: e2|2025-09-03|day||']);
  });
});

describe('readEventsCsv, any file', () => {
  // A cell: plain text (with Norwegian letters, spaces and stray quotes inside), or quoted with the
  // separator, doubled quotes and line breaks inside.
  const plain = fc
    .stringMatching(/^[a-zæøå0-9 .-]{0,8}(?:"[a-zæøå0-9]{1,3})?$/)
    .filter((t) => t.trim() === t && !t.startsWith('"'));
  const quoted = fc.stringMatching(/^[a-zæøå0-9 ,;"\n-]{0,10}$/);
  const cell = fc.oneof(
    plain.map((text) => ({ text, quoted: false })),
    quoted.map((text) => ({ text, quoted: true })),
  );
  const file = fc.record({
    separator: fc.constantFrom(',', ';'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    lastNewline: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 6, arbitrary: fc.array(cell, { minLength: 5, maxLength: 5 }) },
      ),
      { maxLength: 25 },
    ),
    chunk: fc.integer({ min: 1, max: 40 }),
  });

  it('reads back every row with the line it starts on, for every separator, line ending, BOM and chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ separator, crlf, bom, lastNewline, rows, chunk }) => {
        const eol = crlf ? '\r\n' : '\n';
        const lines: string[] = [['student_id', 'date', 'kind', 'subject', 'documented'].join(separator)];
        const expected: string[] = [];
        let line = 2;
        for (const row of rows) {
          if (row === null) {
            lines.push('');
            line++;
            continue;
          }
          // A quoted cell's line breaks are the file's own.
          const texts = row.map((c) => (c.quoted ? c.text.replaceAll('\n', eol) : c.text));
          lines.push(row.map((c, i) => (c.quoted ? `"${texts[i]!.replaceAll('"', '""')}"` : texts[i])).join(separator));
          if (texts.some((t) => t.trim() !== '')) expected.push(`${line}: ${texts.map((t) => t.trim()).join('|')}`);
          line += 1 + texts.reduce((n, t) => n + t.split('\n').length - 1, 0);
        }
        const text = `${bom ? '\uFEFF' : ''}${lines.join(eol)}${lastNewline ? eol : ''}`;
        const got: string[] = [];
        const columns: EventColumn[] = ['student_id', 'date', 'kind', 'subject', 'documented'];
        const result = await readEventsCsv(chunks(text, chunk), (r) =>
          got.push(`${r.line}: ${columns.map((c) => r.get(c)).join('|')}`),
        );
        expect(result.problem).toBeUndefined();
        expect(result.separator).toBe(separator);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads LF and CRLF mixed in one file, and a letter split between chunks', async () => {
    const r = await read(`${HEADER}\r\ne1,2025-09-01,lesson,kroppsøving,1,,false,\ne2,2025-09-02,day,,,,false,\r\n`, 1);
    expect(r.lines).toEqual(['2: e1|2025-09-01|lesson|kroppsøving|1', '3: e2|2025-09-02|day||']);
  });

  it('names the line and field of a character after a closing quote, and reads no further', async () => {
    const r = await read(
      [
        HEADER,
        'e1,2025-09-01,day,,,,true,',
        'e2,2025-09-02,lesson,"norsk"x,1,,false,',
        'e3,2025-09-03,day,,,,false,',
      ].join('\n'),
      5,
    );
    expect(r.problem).toEqual({
      line: 3,
      field: 'subject',
      reason: 'tegn rett etter et avsluttende anførselstegn («"»); skriv "" for et anførselstegn inne i et felt',
    });
    expect(r.lines).toEqual(['2: e1|2025-09-01|day||']);
  });

  it('names the line of a quote left open in the middle of a large file without reading the rest into memory', async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => `e${i},2025-09-01,day,,,,true,`);
    const r = await read([HEADER, 'e0,2025-09-01,lesson,"norsk,1,,false,', ...rows].join('\n'), 1 << 16);
    expect(r.problem).toEqual({
      line: 2,
      field: 'subject',
      reason: 'et anførselstegn («"») åpner et felt som aldri lukkes',
    });
  });
});

describe('EventColumnsBuilder', () => {
  const calendar = testCalendar();
  async function build(lines: string[]) {
    const builder = new EventColumnsBuilder(calendar);
    const result = await readEventsCsv(chunks(`${[HEADER, ...lines].join('\n')}\n`, 13), (row) => builder.add(row));
    return { result, built: builder.finish(calendar.days.length - 1) };
  }

  it('names a bad row on the last line, and duplicates by the first of their rows, in line order', async () => {
    const { built } = await build([
      'e1,2025-09-01,day,,,,false,',
      'e2,2025-09-01,day,,,,false,',
      'e1,2025-09-01,day,,,,true,sykdom',
      'e1,2025-09-01,day,,,,false,',
      'e2,2025-09-06,day,,,,false,',
    ]);
    expect('problems' in built && built.problems).toEqual([
      { line: 4, field: 'student_id+date+kind+period', reason: 'samme elev, dato, type og time som linje 2' },
      { line: 5, field: 'student_id+date+kind+period', reason: 'samme elev, dato, type og time som linje 2' },
      { line: 6, field: 'date', reason: 'ikke en skoledag: 06.09.2025 er en lørdag' },
    ]);
  });

  it('names duplicates by their lines after blank lines, bad rows and a quoted line break', async () => {
    const { built } = await build([
      'e1,2025-09-01,day,,,,false,',
      '',
      'e2,2025-09-02,lesson,"norsk',
      'muntlig",1,,false,',
      'e3,2025-09-06,day,,,,false,',
      'e2,2025-09-02,lesson,annet,1,,false,',
      'e1,2025-09-01,day,,,,true,sykdom',
    ]);
    expect('problems' in built && built.problems).toEqual([
      { line: 6, field: 'date', reason: 'ikke en skoledag: 06.09.2025 er en lørdag' },
      { line: 7, field: 'student_id+date+kind+period', reason: 'samme elev, dato, type og time som linje 4' },
      { line: 8, field: 'student_id+date+kind+period', reason: 'samme elev, dato, type og time som linje 2' },
    ]);
  });

  it('sorts events by pupil id and school day into the engine columns, whatever the file order', async () => {
    const { built } = await build([
      'e2,2025-09-02,lesson,norsk,3,,false,',
      'e10,2025-09-01,day,,,,true,sykdom',
      'e2,2025-09-01,late,,,5,false,',
      'e2,2025-09-02,lesson,norsk,1,,false,',
    ]);
    if ('problems' in built) throw new Error(JSON.stringify(built.problems));
    const { store } = built;
    // Code-unit order: «e10» before «e2».
    expect(store.studentIds).toEqual(['e10', 'e2']);
    expect(Array.from(store.offsets)).toEqual([0, 1, 4]);
    expect(Array.from(store.dayIndex, (d) => formatIsoDate(calendar.days[d]!))).toEqual([
      '2025-09-01',
      '2025-09-01',
      '2025-09-02',
      '2025-09-02',
    ]);
    expect(Array.from(store.kind)).toEqual([0, 2, 1, 1]);
    expect(Array.from(store.period)).toEqual([0, 0, 1, 3]);
    expect(Array.from(built.extras.minutes)).toEqual([0, 5, 0, 0]);
  });
});
