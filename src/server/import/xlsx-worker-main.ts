import { parentPort } from 'node:worker_threads';
import type { ReadLimits } from './limits';
import { readXlsxRows, XlsxRefusal } from './xlsx-read';
import { ZipRefusal } from './zip';

// Inside the worker thread: waits for one file, reads it and posts its rows back in batches. The parent
// (read-events-file.ts) caps this thread's heap and time, starts it ahead of need (loading TypeScript
// takes a while), and ends it after the one file. Batches are paced by credits from the parent, so a
// file of junk rows cannot queue up more work for the server's main thread than it has asked for.

/** Messages from the parent to the worker. */
export type XlsxWorkerRequest = { type: 'read'; data: Uint8Array; limits: ReadLimits } | { type: 'credit' };

/** Messages from the worker to the parent. */
export type XlsxWorkerMessage =
  | { type: 'rows'; lines: number[]; cells: string[][] }
  | { type: 'done' }
  | { type: 'refused'; message: string; unreadable: boolean };

/** Rows per message, and messages the parent may have unanswered. */
export const BATCH = 500;
export const CREDITS = 4;

const port = parentPort!;
let credits = CREDITS;
let wake: (() => void) | undefined;
const post = (m: XlsxWorkerMessage) => port.postMessage(m);

async function read(data: Uint8Array, limits: ReadLimits): Promise<void> {
  const ready: { lines: number[]; cells: string[][] }[] = [];
  let lines: number[] = [];
  let cells: string[][] = [];
  const cut = () => {
    ready.push({ lines, cells });
    lines = [];
    cells = [];
  };
  // Between chunks of the sheet: send what is ready, as far as the parent's credits go.
  const send = async () => {
    while (ready.length) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits--;
      post({ type: 'rows', ...ready.shift()! });
    }
  };
  try {
    await readXlsxRows(
      data,
      limits,
      (line, row) => {
        lines.push(line);
        cells.push(row);
        if (lines.length >= BATCH) cut();
      },
      send,
    );
    if (lines.length) cut();
    await send();
    post({ type: 'done' });
  } catch (e) {
    if (e instanceof XlsxRefusal || e instanceof ZipRefusal)
      post({ type: 'refused', message: e.message, unreadable: e.unreadable });
    else throw e;
  }
}

port.on('message', (m: XlsxWorkerRequest) => {
  if (m.type === 'credit') {
    credits++;
    wake?.();
    wake = undefined;
  } else void read(m.data, m.limits);
});
