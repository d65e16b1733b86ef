import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { columnsOf, CSV_COLUMNS } from './parse-events-csv';
import type { EventColumn, EventFileRow, RowProblem } from './parse-events-csv';

// Reading an events CSV as a stream, shared by `naervaer evaluate` and the import (CLI and web): bytes
// in, numbered rows out, one at a time, so a national file (hundreds of MB) is never one string.
//
//   bytes → [decode to UTF-8] → header line → separator → csv-parse → row callback
//
// Today the decode step only drops a UTF-8 BOM (csv-parse's `bom`). Detecting Windows-1252 and UTF-16
// (issue 14 item 5) belongs between the first bytes and the parser, where `sniff` looks at the header;
// limits on bytes, rows and cell length (issue 14 item 3) belong in `ReadOptions`, checked in `feed`.

/** Options of a read. Issue 14 adds the encoding found and the limits here. */
export type ReadOptions = Record<never, never>;

export interface ReadResult {
  /** The separator chosen from the header: whichever of `;` and `,` it uses more. */
  separator: ',' | ';';
  /** Data rows passed to the callback (blank lines are counted as lines, not passed). */
  rows: number;
  /** Set when the file cannot be read on: a header without the required columns (line 1), or broken quoting. */
  problem?: RowProblem;
}

const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
/** How far to look for the end of the header line before giving up on it. */
const HEADER_BYTES = 64 * 1024;

/** The separator of a header line's bytes: `;` when it has more semicolons than commas. */
function separatorOf(head: Uint8Array): ',' | ';' {
  let end = head.indexOf(NEWLINE);
  if (end < 0) end = head.length;
  let semicolons = 0;
  let commas = 0;
  for (let i = 0; i < end; i++) {
    if (head[i] === SEMICOLON) semicolons++;
    else if (head[i] === COMMA) commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function csvProblem(error: CsvError, header: readonly string[]): RowProblem {
  const column = typeof error.column === 'number' ? error.column : 0;
  const field = header[column]?.trim().toLowerCase() || CSV_COLUMNS[column] || 'student_id';
  const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return { line, field, reason: 'et anførselstegn («"») åpner et felt som aldri lukkes' };
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return { line, field, reason: 'tegn rett etter et avsluttende anførselstegn («"»); skriv "" for et anførselstegn inne i et felt' };
  return { line, field, reason: `kan ikke leses som CSV (${error.message})` };
}

/**
 * Reads an events CSV (UTF-8, optional BOM, `,` or `;`, quoted fields, CRLF or LF) from a byte stream
 * and calls `onRow` for each data row, in file order, with its line number: the header is line 1, blank
 * lines count, and a row whose quoted field spans lines has the line it starts on. The row object is
 * reused between calls; read what you need inside the callback. Stops at the first problem that makes
 * the rest unreadable and returns it.
 */
export async function readEventsCsv(source: AsyncIterable<Uint8Array>, onRow: (row: EventFileRow) => void, _options: ReadOptions = {}): Promise<ReadResult> {
  const iterator = source[Symbol.asyncIterator]();
  // Sniff: gather the first bytes until the header line is complete, to choose the separator.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < HEADER_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
    if (next.value.includes(NEWLINE)) break;
  }
  const first = Buffer.concat(head);
  const separator = separatorOf(first);

  let columns: Record<EventColumn, number> | null = null;
  let header: string[] = [];
  let problem: RowProblem | undefined;
  let rows = 0;
  let nextLine = 1;
  let cells: string[] = [];
  const row: EventFileRow = {
    line: 0,
    get: (c) => {
      const i = columns![c];
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    },
  };

  // Line numbers are counted here, not taken from csv-parse's per-record info object (building that object
  // for every record costs more than the parsing itself): a record covers one line plus every line break
  // inside its quoted fields, and blank lines arrive as records of one empty field.
  const handle = (record: string[]) => {
    const line = nextLine;
    nextLine++;
    for (let i = 0; i < record.length; i++) if (record[i]!.includes('\n')) nextLine += record[i]!.split('\n').length - 1;
    if (problem) return;
    if (line === 1) {
      header = record;
      const found = columnsOf(record);
      if ('line' in found) problem = found;
      else columns = found;
      return;
    }
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.trim() !== '') {
        cells = record;
        row.line = line;
        rows++;
        onRow(row);
        return;
      }
    }
  };
  const parser = parse({ delimiter: separator, bom: true, record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: true });
  parser.on('data', handle);
  const finished = new Promise<void>((resolve, reject) => {
    parser.once('end', resolve);
    parser.once('error', reject);
  });
  // Keep the rejection handled while we are still writing; it is awaited below.
  finished.catch(() => undefined);

  const feed = async (chunk: Uint8Array) => {
    if (!parser.write(chunk)) await Promise.race([once(parser, 'drain'), finished]);
  };
  try {
    if (first.length > 0) await feed(first);
    if (!ended) {
      for (let next = await iterator.next(); !next.done && !problem && !parser.destroyed; next = await iterator.next()) await feed(next.value);
    }
    parser.end();
    await finished;
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('CSV_')) return { separator, rows, problem: problem ?? csvProblem(e as CsvError, header) };
    throw e;
  } finally {
    await iterator.return?.();
  }
  if (!problem && columns === null) problem = columnsOf([]) as RowProblem;
  return problem ? { separator, rows, problem } : { separator, rows };
}
