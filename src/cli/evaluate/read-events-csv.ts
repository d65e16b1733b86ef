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
// The decode step is src/server/import/decode-text.ts (UTF-8, UTF-16 with BOM, Windows-1252 → UTF-8,
// decision 074) in front of this reader; here csv-parse drops a UTF-8 BOM. Limits on rows, columns and
// record length (decision 073) are `ReadOptions`, checked as each record arrives.

/** Limits of a read; a file over one is refused as a whole (`refusal`). None by default (the CLI). */
export type ReadOptions = { maxRows?: number; maxColumns?: number; maxCellChars?: number };

export interface ReadResult {
  /** The separator chosen from the header: whichever of `;`, `,` and tab it uses most. */
  separator: ',' | ';' | '\t';
  /** Data rows passed to the callback (blank lines are counted as lines, not passed). */
  rows: number;
  /** Set when the file cannot be read on: a header without the required columns (line 1), or broken quoting. */
  problem?: RowProblem;
  /** Set when the file is over a limit of `ReadOptions`: the Norwegian message; `problem` holds its line. */
  refusal?: string;
}

const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const TAB = 0x09;
/** How far to look for the end of the header line before giving up on it. */
const HEADER_BYTES = 64 * 1024;

/** The separator of a header line's bytes: `;` when it has more semicolons than commas, tab (Excel's «Unicode-tekst») when it has more tabs than either. */
function separatorOf(head: Uint8Array): ',' | ';' | '\t' {
  let end = head.indexOf(NEWLINE);
  if (end < 0) end = head.length;
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  for (let i = 0; i < end; i++) {
    if (head[i] === SEMICOLON) semicolons++;
    else if (head[i] === COMMA) commas++;
    else if (head[i] === TAB) tabs++;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** «500 000»: a count with plain spaces between thousands. */
function thousands(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
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
export async function readEventsCsv(source: AsyncIterable<Uint8Array>, onRow: (row: EventFileRow) => void, options: ReadOptions = {}): Promise<ReadResult> {
  const maxRows = options.maxRows ?? Infinity;
  const maxColumns = options.maxColumns ?? Infinity;
  const maxCellChars = options.maxCellChars ?? Infinity;
  let refusal: string | undefined;
  const refuse = (line: number, field: string, message: string) => {
    refusal = message;
    problem = { line, field, reason: message };
  };
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
    if (record.length > maxColumns) return refuse(line, 'fil', `Linje ${line} har ${record.length} kolonner; mer enn ${maxColumns} leses ikke. Ingenting er importert.`);
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.length > maxCellChars) return refuse(line, header[i]?.trim().toLowerCase() || 'fil', `Linje ${line} har en celle med ${record[i]!.length} tegn; mer enn ${maxCellChars} leses ikke. Ingenting er importert.`);
    }
    if (line === 1) {
      header = record;
      const found = columnsOf(record);
      if ('line' in found) problem = found;
      else columns = found;
      return;
    }
    for (let i = 0; i < record.length; i++) {
      if (record[i]!.trim() !== '') {
        if (rows >= maxRows) return refuse(line, 'fil', `Fila har mer enn ${thousands(maxRows)} rader; del den opp. Ingenting er importert.`);
        cells = record;
        row.line = line;
        rows++;
        onRow(row);
        return;
      }
    }
  };
  // A record longer than every cell together may be (plus separators) is refused by csv-parse before it is built.
  const maxRecord = Number.isFinite(maxCellChars) && Number.isFinite(maxColumns) ? (maxCellChars + 1) * maxColumns : 0;
  const parser = parse({ delimiter: separator, bom: true, record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: true, max_record_size: maxRecord });
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
    if (e instanceof Error && 'code' in e && e.code === 'CSV_MAX_RECORD_SIZE' && !problem) {
      const lines = (e as CsvError).lines;
      const line = typeof lines === 'number' && lines > 0 ? lines : nextLine;
      refuse(line, 'fil', `Linje ${line} er lengre enn ${thousands(maxRecord)} tegn (${maxColumns} kolonner à ${maxCellChars} tegn); den leses ikke. Ingenting er importert.`);
      return { separator, rows, problem, refusal };
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('CSV_')) return { separator, rows, problem: problem ?? csvProblem(e as CsvError, header) };
    throw e;
  } finally {
    await iterator.return?.();
  }
  if (!problem && columns === null) problem = columnsOf([]) as RowProblem;
  if (refusal) return { separator, rows, problem, refusal };
  return problem ? { separator, rows, problem } : { separator, rows };
}
