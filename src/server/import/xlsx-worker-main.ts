import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from './limits';
import { readXlsxRows, XlsxRefusal } from './xlsx-read';
import { ZipRefusal } from './zip';

// Inside the worker thread: reads the XLSX handed over in workerData and posts its rows back in batches.
// The parent (read-events-file.ts) caps this thread's heap and time and ends it at the first refusal.

/** Messages from the worker to the parent. */
export type XlsxWorkerMessage =
  | { type: 'rows'; lines: number[]; cells: string[][] }
  | { type: 'done' }
  | { type: 'refused'; message: string; unreadable: boolean };

const BATCH = 2_000;
const { data, limits } = workerData as { data: Uint8Array; limits: ReadLimits };
const port = parentPort!;
let lines: number[] = [];
let cells: string[][] = [];
const post = (m: XlsxWorkerMessage) => port.postMessage(m);
try {
  await readXlsxRows(data, limits, (line, row) => {
    lines.push(line);
    cells.push(row);
    if (lines.length >= BATCH) {
      post({ type: 'rows', lines, cells });
      lines = [];
      cells = [];
    }
  });
  if (lines.length) post({ type: 'rows', lines, cells });
  post({ type: 'done' });
} catch (e) {
  if (e instanceof XlsxRefusal) post({ type: 'refused', message: e.message, unreadable: e.unreadable });
  else if (e instanceof ZipRefusal) post({ type: 'refused', message: e.message, unreadable: e.unreadable });
  else throw e;
}
