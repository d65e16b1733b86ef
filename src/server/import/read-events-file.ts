// Reading an events file (the canonical CSV of `naervaer evaluate`, or XLSX with the same columns) into
// numbered rows. XLSX cells are turned into the same text the CSV would hold, so validation is one.
import ExcelJS from 'exceljs';
import { csvTable, eventFileRows, type EventFileRow } from '../../cli/evaluate/parse-events-csv';
import { AppError } from '../errors';

export type EventsFileKind = 'csv' | 'xlsx';

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

async function xlsxTable(data: Buffer): Promise<{ header: string[]; rows: { line: number; cells: string[] }[] }> {
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
  const rows: { line: number; cells: string[] }[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) rows.push({ line: n, cells: read(n) });
  return { header: read(1), rows };
}

/** The rows of an events file, or a validation error naming line 1 when the header is wrong. */
export async function readEventsFile(kind: EventsFileKind, data: Buffer): Promise<EventFileRow[]> {
  const table = kind === 'xlsx' ? await xlsxTable(data) : csvTable(data.toString('utf8'));
  const parsed = eventFileRows(table.header, table.rows);
  if ('error' in parsed) {
    const [, line, field, reason] = /^linje (\d+): ([^:]+): (.*)$/.exec(parsed.error) ?? [];
    throw new AppError('validation', 'Fila mangler kolonner i overskriftsraden. Ingenting er importert.', { rows: [{ line: Number(line ?? 1), field: field ?? 'student_id', reason: reason ?? parsed.error }] });
  }
  return parsed.rows;
}
