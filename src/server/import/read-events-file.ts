// Reading an events file (the canonical CSV of `naervaer evaluate`, or XLSX with the same columns) row by
// row into the shared validator, within limits (decision 073).
//
// CSV: bytes → decode-text.ts (UTF-8, UTF-16 with BOM or Windows-1252 → UTF-8, decision 074) → the
// CLI's streaming reader (read-events-csv.ts), with limits on rows, columns and cell length.
// XLSX: read in a worker thread with a capped heap and a time limit (xlsx-read.ts streams the zip entries
// and the sheet's XML within the limits); rows come back in batches and are validated here, in order.
import { Worker } from 'node:worker_threads';
import { columnsOf, type EventColumn, type EventFileRow, type RowProblem } from '../../domain/absence/events-file';
import { readEventsCsv } from './read-events-csv';
import { decodeText, UnreadableText, type TextEncodingName } from './decode-text';
import { MB, UPLOAD_LIMITS, type ReadLimits } from './limits';
import type { XlsxWorkerMessage, XlsxWorkerRequest } from './xlsx-worker-main';

export type EventsFileKind = 'csv' | 'xlsx';

/** An uploaded or named file: CSV as bytes or a byte stream, XLSX as bytes (its zip directory is at the end). */
export type EventsFile = { kind: 'csv'; data: Buffer | AsyncIterable<Uint8Array> } | { kind: 'xlsx'; data: Buffer };

/** What reading found, besides the rows. */
export interface ReadOutcome {
  /** The text encoding read (XLSX: its XML, UTF-8). Unset when the file was refused before it was known. */
  encoding?: TextEncodingName;
  /** The problem that stopped the reading: a header without the required columns (line 1) or broken quoting. */
  problem?: RowProblem;
  /** The file is refused as a whole (over a limit, not text, not XLSX): the Norwegian message. */
  refusal?: string;
}

/** XLSX named on the command line (the operator's own file): Excel's own row limit, more memory and time. */
export const LOCAL_XLSX_LIMITS: ReadLimits = {
  ...UPLOAD_LIMITS,
  maxRows: 1_048_576,
  maxInflatedBytes: 1024 * MB,
  maxMillis: 600_000,
  maxHeapMb: 1024,
};

const WORKER = new URL('./xlsx-worker.js', import.meta.url);

// A worker loads TypeScript before it can read (about a second on a busy machine), so one is kept
// started ahead per heap size: an upload takes it, and a new spare is started when that upload is done,
// not during it. Each worker reads one file and is ended, so no file's memory outlives its import.
const spares = new Map<number, Worker>();

function spawn(heapMb: number): Worker {
  const worker = new Worker(WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  const forget = () => {
    if (spares.get(heapMb) === worker) spares.delete(heapMb);
  };
  worker.once('exit', forget);
  worker.once('error', forget);
  return worker;
}

function takeWorker(heapMb: number): Worker {
  const spare = spares.get(heapMb);
  spares.delete(heapMb);
  return spare ?? spawn(heapMb);
}

/** Starts the XLSX worker for uploads ahead of the first one (the server calls it at start). */
export function prepareXlsxWorker(limits: ReadLimits = UPLOAD_LIMITS): void {
  if (!spares.has(limits.maxHeapMb)) spares.set(limits.maxHeapMb, spawn(limits.maxHeapMb));
}

/** Ends the spare workers (tests and shutdown). */
export async function stopXlsxWorkers(): Promise<void> {
  const all = [...spares.values()];
  spares.clear();
  await Promise.all(all.map((w) => w.terminate()));
}

function readXlsx(data: Buffer, limits: ReadLimits, onRow: (row: EventFileRow) => void): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(limits.maxHeapMb);
    worker.ref();
    let finished = false;
    const finish = (outcome: ReadOutcome | Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      worker.removeAllListeners('message');
      void worker.terminate();
      // The next upload's worker starts now that this one is done.
      setImmediate(() => prepareXlsxWorker(limits));
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          refusal: `Lesingen av XLSX-fila ble stoppet etter ${Math.round(limits.maxMillis / 1000)} sekunder. Del fila opp, eller lagre den som CSV. Ingenting er importert.`,
        }),
      limits.maxMillis,
    );
    let columns: Record<EventColumn, number> | null = null;
    let cells: string[] = [];
    const row: EventFileRow = { line: 0, get: (c) => (columns![c] >= 0 ? (cells[columns![c]] ?? '') : '') };
    worker.on('message', (m: XlsxWorkerMessage) => {
      if (finished) return;
      try {
        if (m.type === 'rows') {
          for (let i = 0; i < m.lines.length; i++) {
            if (columns === null) {
              const found = columnsOf(m.cells[i]!);
              if ('line' in found) return finish({ encoding: 'UTF-8', problem: found });
              columns = found;
              continue;
            }
            cells = m.cells[i]!;
            row.line = m.lines[i]!;
            onRow(row);
          }
          worker.postMessage({ type: 'credit' } satisfies XlsxWorkerRequest);
        } else if (m.type === 'done') {
          finish(
            columns === null ? { encoding: 'UTF-8', problem: columnsOf([]) as RowProblem } : { encoding: 'UTF-8' },
          );
        } else finish({ refusal: m.message });
      } catch (e) {
        finish(e instanceof Error ? e : new Error(String(e)));
      }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
        finish({
          refusal: `XLSX-fila trenger mer enn ${limits.maxHeapMb} MB minne for å leses, og ble stoppet. Del fila opp, eller lagre den som CSV. Ingenting er importert.`,
        });
      else finish(e);
    });
    worker.on('exit', (code) => finish(new Error(`XLSX-lesingen stoppet uventet (kode ${code}).`)));
    worker.postMessage({ type: 'read', data, limits } satisfies XlsxWorkerRequest);
  });
}

async function* once(data: Buffer): AsyncIterable<Uint8Array> {
  yield data;
}

/**
 * Calls `onRow` for every data row of the file, in order (the row object is reused). Returns the encoding
 * read and, when reading stopped early, the problem on a line or the refusal of the whole file. Without
 * `limits` (the CLI), CSV is read without limits and XLSX within LOCAL_XLSX_LIMITS.
 */
export async function readEventsFile(
  file: EventsFile,
  onRow: (row: EventFileRow) => void,
  limits?: ReadLimits,
): Promise<ReadOutcome> {
  if (file.kind === 'xlsx') return readXlsx(file.data, limits ?? LOCAL_XLSX_LIMITS, onRow);
  const source = Buffer.isBuffer(file.data) ? once(file.data) : file.data;
  let encoding: TextEncodingName | undefined;
  try {
    const decoded = await decodeText(source);
    encoding = decoded.encoding;
    const read = await readEventsCsv(
      decoded.bytes,
      onRow,
      limits ? { maxRows: limits.maxRows, maxColumns: limits.maxColumns, maxCellChars: limits.maxCellChars } : {},
    );
    if (read.refusal) return { encoding, refusal: read.refusal };
    return read.problem ? { encoding, problem: read.problem } : { encoding };
  } catch (e) {
    if (e instanceof UnreadableText) return encoding ? { encoding, refusal: e.message } : { refusal: e.message };
    throw e;
  }
}
