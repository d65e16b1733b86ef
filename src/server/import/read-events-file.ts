// Reading an events file (the canonical CSV of `naervaer evaluate`, or XLSX with the same columns) row by
// row into the shared validator. CSV is streamed (read-events-csv.ts, shared with the CLI); XLSX cells are
// turned into the same text the CSV would hold, so validation is one.
import ExcelJS from 'exceljs';
import { columnsOf, type EventColumn, type EventFileRow, type RowProblem } from '../../cli/evaluate/parse-events-csv';
import { readEventsCsv } from '../../cli/evaluate/read-events-csv';
import { AppError } from '../errors';

export type EventsFileKind = 'csv' | 'xlsx';

/** An uploaded or named file: CSV as bytes or a byte stream, XLSX as bytes (exceljs reads it whole). */
export type EventsFile = { kind: 'csv'; data: Buffer | AsyncIterable<Uint8Array> } | { kind: 'xlsx'; data: Buffer };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

async function readXlsx(data: Buffer, onRow: (row: EventFileRow) => void): Promise<RowProblem | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'Fila kan ikke leses som XLSX (Excel). Lagre den på nytt som .xlsx eller .csv.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('validation', 'XLSX-fila har ingen ark.');
  const width = sheet.getRow(1).cellCount;
  const read = (n: number) => Array.from({ length: width }, (_, i) => cellText(sheet.getRow(n).getCell(i + 1).value).trim());
  const columns = columnsOf(read(1));
  if ('line' in columns) return columns;
  let cells: string[] = [];
  const row: EventFileRow = { line: 0, get: (c: EventColumn) => (columns[c] >= 0 ? (cells[columns[c]] ?? '') : '') };
  for (let n = 2; n <= sheet.rowCount; n++) {
    cells = read(n);
    if (cells.every((c) => c === '')) continue;
    row.line = n;
    onRow(row);
  }
  return undefined;
}

async function* once(data: Buffer): AsyncIterable<Uint8Array> {
  yield data;
}

/**
 * Calls `onRow` for every data row of the file, in order (the row object is reused). Returns the problem
 * that stopped the reading, if any: a header without the required columns (line 1) or broken quoting.
 */
export async function readEventsFile(file: EventsFile, onRow: (row: EventFileRow) => void): Promise<RowProblem | undefined> {
  if (file.kind === 'xlsx') return readXlsx(file.data, onRow);
  const source = Buffer.isBuffer(file.data) ? once(file.data) : file.data;
  return (await readEventsCsv(source, onRow)).problem;
}
