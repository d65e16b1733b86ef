import Papa from 'papaparse';
import { thousands } from './limits';
import { columnsOf, CSV_COLUMNS } from '../../domain/absence/events-file';
import type { EventColumn, EventFileRow, RowProblem } from '../../domain/absence/events-file';

// Reading an events CSV as a stream, shared by `naervaer evaluate` and the import (CLI and web): bytes
// in, numbered rows out, one at a time, so a national file (hundreds of MB) is never one string.
//
//   bytes → [decode UTF-8, drop a BOM] → header line → separator → Papa Parse, chunk by chunk → row callback
//
// The parser is Papa Parse's own incremental parser (`Papa.Parser`, what its streamers use): each chunk of
// text is parsed up to its last complete row, the rest is carried into the next chunk (decision 024; it
// reads about 2,5 times as fast as csv-parse did). Rows end at LF; a CR before it is whitespace that every
// cell is trimmed of, so LF, CRLF and a mix of both read the same, and a quoted field keeps its CRLF.
// The encoding is found in front of this reader: src/server/import/decode-text.ts turns UTF-16 and
// Windows-1252 into UTF-8 (decision 074). Limits on rows, columns and cell length (decision 073) are
// `ReadOptions`, checked as each row arrives; a row still incomplete past every cell together is refused
// before it grows further.

/** Limits of a read; a file over one is refused as a whole (`refusal`). None by default (the CLI). */
export type ReadOptions = { maxRows?: number; maxColumns?: number; maxCellChars?: number };

/**
 * Rows read straight from bytes (the CLI's byte path, decision 173): for a piece of whole lines that
 * holds no quote, the reader offers each line's bytes to `row`, which stores the row and returns the
 * index of its LF, or returns -1 to let the reader's own path (the line's text split by the separator,
 * as Papa Parse's fast mode does, then `onRow`) take it, with every check and message of that path. The
 * header and every piece with a quote go to Papa Parse as before. Only for a read without limits.
 */
export interface ByteRows {
  /** Called once, when the header has been read: the columns' positions and the separator's byte. */
  start(columns: Record<EventColumn, number>, separator: number): void;
  /**
   * Stores the data line starting at `bytes[from]` (a LF ends it: every piece offered ends in one) as
   * line `line` and returns the index of its LF, or returns -1 to leave the line to the reader.
   */
  row(bytes: Uint8Array, from: number, line: number): number;
}

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
const QUOTE = 0x22;
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

/**
 * A quoted field that is still open this far after its row began is taken as never closed: no events
 * file has a cell this long, and carrying (and parsing again) an ever longer rest would make a broken
 * national file quadratic instead of failing.
 */
const LONGEST_OPEN_ROW = 1 << 22;

/** The column of a quote error at `index` of `text` (where its field starts), counting separators outside quotes since the row began. */
function columnAt(text: string, index: number, separator: string): number {
  let column = 0;
  let quoted = false;
  for (let i = text.lastIndexOf('\n', index - 2) + 1; i < index - 1; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) column++;
  }
  return column;
}

function quoteProblem(
  code: 'MissingQuotes' | 'InvalidQuotes',
  line: number,
  column: number,
  header: readonly string[],
): RowProblem {
  const field = header[column]?.trim().toLowerCase() || CSV_COLUMNS[column] || 'student_id';
  if (code === 'MissingQuotes') return { line, field, reason: 'et anførselstegn («"») åpner et felt som aldri lukkes' };
  return {
    line,
    field,
    reason: 'tegn rett etter et avsluttende anførselstegn («"»); skriv "" for et anførselstegn inne i et felt',
  };
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row: number; index: number }[];
  meta: { cursor: number };
}

/**
 * Reads an events CSV (UTF-8, optional BOM, `,` or `;`, quoted fields, CRLF or LF) from a byte stream
 * and calls `onRow` for each data row, in file order, with its line number: the header is line 1, blank
 * lines count, and a row whose quoted field spans lines has the line it starts on. The row object is
 * reused between calls; read what you need inside the callback. Stops at the first problem that makes
 * the rest unreadable and returns it.
 */
export async function readEventsCsv(
  source: AsyncIterable<Uint8Array>,
  onRow: (row: EventFileRow) => void,
  options: ReadOptions = {},
  byteRows?: ByteRows,
): Promise<ReadResult> {
  const maxRows = options.maxRows ?? Infinity;
  const maxColumns = options.maxColumns ?? Infinity;
  const maxCellChars = options.maxCellChars ?? Infinity;
  // A row longer than every cell together may be (plus separators) is refused before it is parsed whole.
  const maxRecord =
    Number.isFinite(maxCellChars) && Number.isFinite(maxColumns) ? (maxCellChars + 1) * maxColumns : Infinity;
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
  let refusal: string | undefined;
  const refuse = (line: number, field: string, message: string) => {
    refusal = message;
    problem = { line, field, reason: message };
  };
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

  /** Passes on the records of one parse; `quoted` when its text had a quote (only then can a field hold a line break). */
  const handle = (records: string[][], count: number, quoted: boolean) => {
    for (let r = 0; r < count && !problem; r++) {
      const record = records[r]!;
      const line = nextLine;
      nextLine++;
      if (quoted)
        for (let i = 0; i < record.length; i++)
          if (record[i]!.includes('\n')) nextLine += record[i]!.split('\n').length - 1;
      if (record.length > maxColumns)
        return refuse(
          line,
          'fil',
          `Linje ${line} har ${record.length} kolonner; mer enn ${maxColumns} leses ikke. Ingenting er importert.`,
        );
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.length > maxCellChars)
          return refuse(
            line,
            header[i]?.trim().toLowerCase() || 'fil',
            `Linje ${line} har en celle med ${record[i]!.length} tegn; mer enn ${maxCellChars} leses ikke. Ingenting er importert.`,
          );
      }
      if (line === 1) {
        header = record;
        const found = columnsOf(record);
        if ('line' in found) problem = found;
        else columns = found;
        continue;
      }
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.trim() !== '') {
          if (rows >= maxRows)
            return refuse(
              line,
              'fil',
              `Fila har mer enn ${thousands(maxRows)} rader; del den opp. Ingenting er importert.`,
            );
          cells = record;
          row.line = line;
          rows++;
          onRow(row);
          break;
        }
      }
    }
  };

  const decoder = new TextDecoder('utf-8');
  const parser = new Papa.Parser({ delimiter: separator, newline: '\n', quoteChar: '"' });
  let carry = '';
  /** Parses `carry` + `text` up to its last complete row (all of it when `last`); false when reading must stop. */
  const feed = (text: string, last: boolean): boolean => {
    const input = carry.length > 0 ? carry + text : text;
    const quoted = input.includes('"');
    const result = parser.parse(input, 0, !last) as PapaResult;
    // Papa Parse reads on past a bad closing quote (and at the end reports the open one): the first
    // quote error ends the reading at its row, as a reader that stops there would. Before the end, an
    // error in the row carried to the next piece is not yet one: a closing quote at the end of a piece
    // may still be followed by its line break (`"x"` then `\r` | `\n`), and that row is parsed again.
    const error = result.errors.find(
      (e) => (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') && (last || e.row < result.data.length),
    );
    handle(result.data, error ? Math.min(error.row, result.data.length) : result.data.length, quoted);
    if (problem) return false;
    if (error) {
      problem = quoteProblem(
        error.code as 'MissingQuotes' | 'InvalidQuotes',
        nextLine,
        columnAt(input, error.index, separator),
        header,
      );
      return false;
    }
    carry = last ? '' : input.slice(result.meta.cursor);
    if (carry.length > maxRecord) {
      refuse(
        nextLine,
        'fil',
        `Linje ${nextLine} er lengre enn ${thousands(maxRecord)} tegn (${maxColumns} kolonner à ${maxCellChars} tegn); den leses ikke. Ingenting er importert.`,
      );
      return false;
    }
    if (carry.length > LONGEST_OPEN_ROW && carry.includes('"')) {
      problem = quoteProblem('MissingQuotes', nextLine, columnAt(carry, carry.indexOf('"') + 1, separator), header);
      return false;
    }
    return true;
  };
  const bytePath =
    byteRows !== undefined && maxRows === Infinity && maxColumns === Infinity && maxCellChars === Infinity;
  let started = false;
  /**
   * The byte path: a piece of whole lines (`bytes[from, to)`, ending in LF). A piece with a quote, or
   * one met while a quoted row is carried, goes to Papa Parse as text; otherwise each line is offered to
   * `byteRows`, and a line it does not take is split by the separator (Papa Parse's fast mode for text
   * without quotes) and handled as the parser's rows are.
   */
  const piece = (bytes: Uint8Array, from: number, to: number): boolean => {
    if (from >= to) return true;
    if (columns !== null && !started) {
      byteRows!.start(columns, separator.charCodeAt(0));
      started = true;
    }
    const whole = bytes.subarray(from, to);
    if (!started || carry.length > 0 || whole.includes(QUOTE))
      return feed(decoder.decode(whole, { stream: true }), false);
    for (let start = from; start < to; ) {
      let end = byteRows!.row(bytes, start, nextLine);
      if (end >= 0) {
        nextLine++;
        rows++;
      } else {
        end = bytes.indexOf(NEWLINE, start);
        const text = decoder.decode(bytes.subarray(start, end + 1), { stream: true });
        handle([text.slice(0, -1).split(separator)], 1, false);
        if (problem) return false;
      }
      start = end + 1;
    }
    return true;
  };
  try {
    if (!bytePath) {
      let going = feed(decoder.decode(first, { stream: true }), false);
      if (!ended) {
        for (let next = await iterator.next(); going && !next.done; next = await iterator.next())
          going = feed(decoder.decode(next.value, { stream: true }), false);
      }
      if (going) feed(decoder.decode(), true);
    } else {
      // Bytes after the last LF wait for the next chunk: the start of a line, kept as a list of chunks.
      let rest: Uint8Array[] = [];
      let going = true;
      const take = (chunk: Uint8Array): void => {
        const lastLf = chunk.lastIndexOf(NEWLINE);
        if (lastLf < 0) {
          rest.push(chunk);
          return;
        }
        let from = 0;
        if (rest.length > 0) {
          // The line begun in earlier chunks, completed by this one: a small piece of its own.
          const firstLf = chunk.indexOf(NEWLINE);
          rest.push(chunk.subarray(0, firstLf + 1));
          const line = Buffer.concat(rest);
          rest = [];
          going = piece(line, 0, line.length);
          from = firstLf + 1;
        }
        if (going) going = piece(chunk, from, lastLf + 1);
        if (lastLf + 1 < chunk.length) rest.push(chunk.subarray(lastLf + 1));
      };
      // The header line alone first, so that the rows after it can take the byte path.
      const headerEnd = first.indexOf(NEWLINE);
      if (headerEnd >= 0) {
        going = piece(first, 0, headerEnd + 1);
        if (going) take(first.subarray(headerEnd + 1));
      } else take(first);
      if (!ended) {
        for (let next = await iterator.next(); going && !next.done; next = await iterator.next()) take(next.value);
      }
      if (going) feed(decoder.decode(Buffer.concat(rest)), true);
    }
  } finally {
    await iterator.return?.();
  }
  if (!problem && columns === null) problem = columnsOf([]) as RowProblem;
  if (refusal) return { separator, rows, problem, refusal };
  return problem ? { separator, rows, problem } : { separator, rows };
}
