// Reading a roster upload into tables of text (decision 082): a zip of CSV files (a OneRoster bundle, or
// Nærvær's templates), a folder of them (the CLI), or one template file (CSV or XLSX). The zip is read with
// the import's own bounded reader (zip.ts: every inflated byte counted), CSV text through the import's
// encoding sniffing (UTF-8, UTF-16, Windows-1252) and Papa Parse, XLSX through the bounded XLSX reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import type { RosterTable } from '../../domain/roster/types';
import { AppError } from '../errors';
import { decodeText, UnreadableText } from '../import/decode-text';
import { MB, type ReadLimits } from '../import/limits';
import { readXlsxRows, XlsxRefusal } from '../import/xlsx-read';
import { inflateEntry, zipEntries, ZipRefusal, type InflateBudget } from '../import/zip';

/**
 * A whole kommune's roster: Oslo's users.csv is some 180 000 rows (pupils, guardians, staff) and 25 MB;
 * these leave room for twice that and refuse anything far beyond it.
 */
export const ROSTER_LIMITS: ReadLimits = {
  maxRows: 1_000_000,
  maxColumns: 100,
  maxCellChars: 2_000,
  maxInflatedBytes: 500 * MB,
  maxSharedStrings: 2_000_000,
  maxMillis: 120_000,
  maxHeapMb: 512,
};

const WANTED = /\.(csv|xlsx)$/i;

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

/** One CSV file's bytes as a table; line numbers count records (the header is line 1). */
export async function csvTable(
  file: string,
  data: Uint8Array,
  limits: ReadLimits = ROSTER_LIMITS,
): Promise<RosterTable> {
  let text: string;
  try {
    const decoded = await decodeText(once(data));
    text = (await collect(decoded.bytes)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UnreadableText) throw new AppError('validation', `${file}: ${e.message}`);
    throw e;
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header = [], ...rest] = parsed.data;
  if (rest.length > limits.maxRows)
    throw new AppError('validation', `${file} har mer enn ${limits.maxRows} rader; så store filer leses ikke.`);
  const rows: RosterTable['rows'] = [];
  rest.forEach((cells, i) => {
    if (cells.length > limits.maxColumns || cells.some((c) => c.length > limits.maxCellChars))
      throw new AppError('validation', `${file} linje ${i + 2} har for mange kolonner eller for lange celler.`);
    rows.push({ line: i + 2, cells });
  });
  return { file, header: header.map((h) => h.trim()), rows };
}

/** The first sheet of an XLSX file as a table. */
export async function xlsxTable(
  file: string,
  data: Uint8Array,
  limits: ReadLimits = ROSTER_LIMITS,
): Promise<RosterTable> {
  const table: RosterTable = { file, header: [], rows: [] };
  let first = true;
  try {
    await readXlsxRows(data, limits, (line, cells) => {
      if (first) {
        table.header = cells.map((c) => c.trim());
        first = false;
      } else table.rows.push({ line, cells });
    });
  } catch (e) {
    if (e instanceof XlsxRefusal) throw new AppError('validation', `${file}: ${e.message}`);
    throw e;
  }
  return table;
}

async function tableOf(file: string, data: Uint8Array): Promise<RosterTable> {
  return /\.xlsx$/i.test(file) ? xlsxTable(file, data) : csvTable(file, data);
}

/** The CSV and XLSX files of a zip, by their names without folders. */
export async function zipTables(data: Uint8Array): Promise<Map<string, RosterTable>> {
  let entries;
  try {
    entries = zipEntries(data);
  } catch (e) {
    if (e instanceof ZipRefusal) throw new AppError('validation', 'Fila kan ikke leses som zip. Pakk filene på nytt.');
    throw e;
  }
  const budget: InflateBudget = { left: ROSTER_LIMITS.maxInflatedBytes, limit: ROSTER_LIMITS.maxInflatedBytes };
  const tables = new Map<string, RosterTable>();
  for (const entry of entries.values()) {
    const name = basename(entry.name);
    if (entry.name.endsWith('/') || !WANTED.test(name) || name.startsWith('.') || entry.name.startsWith('__MACOSX'))
      continue;
    let bytes: Buffer;
    try {
      bytes = await collect(inflateEntry(data, entry, budget));
    } catch (e) {
      if (e instanceof ZipRefusal) throw new AppError('validation', e.message.replace('XLSX-fila', 'Zip-fila'));
      throw e;
    }
    if (tables.has(name)) throw new AppError('validation', `Zip-fila har to filer som heter ${name}.`);
    tables.set(name, await tableOf(name, bytes));
  }
  if (!tables.size) throw new AppError('validation', 'Zip-fila har ingen CSV- eller XLSX-filer.');
  return tables;
}

/** An uploaded file: a zip bundle, or one template file. */
export async function uploadTables(fileName: string, data: Uint8Array): Promise<Map<string, RosterTable>> {
  if (/\.zip$/i.test(fileName) || (data[0] === 0x50 && data[1] === 0x4b && !/\.xlsx$/i.test(fileName)))
    return zipTables(data);
  if (!WANTED.test(fileName))
    throw new AppError('validation', 'Last opp en zip-fil med CSV-filene, eller én mal som .csv eller .xlsx.');
  const name = basename(fileName);
  return new Map([[name, await tableOf(name, data)]]);
}

/** A path on the operator's machine: a folder, a zip or a single file (the CLI). */
export async function pathTables(path: string): Promise<Map<string, RosterTable>> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new AppError('validation', `Finner ikke «${path}».`);
  }
  if (!stat.isDirectory()) return uploadTables(basename(path), readFileSync(path));
  const tables = new Map<string, RosterTable>();
  for (const name of readdirSync(path).sort()) {
    if (!WANTED.test(name) || name.startsWith('.')) continue;
    tables.set(name, await tableOf(name, readFileSync(join(path, name))));
  }
  if (!tables.size) throw new AppError('validation', `Mappa «${path}» har ingen CSV- eller XLSX-filer.`);
  return tables;
}
