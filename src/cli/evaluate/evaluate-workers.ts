import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import type { SchoolCalendar } from '../../domain/calendar/calendar';
import type { EventColumnsBuilder, EventsPart } from './event-columns';
import type { RowProblem } from './parse-events-csv';
import { readEventsCsv, separatorOf } from './read-events-csv';
import type { ReadResult } from './read-events-csv';
import { prepareJob, studentsJson } from './students-json';
import type { StudentsJob } from './students-json';

// Writing the students of `naervaer evaluate` with worker threads (decision 024): the rules and pattern
// findings of a national file are half the CLI's work, and every pupil is independent of the others. The
// workers are started before the file is read (their start-up runs beside the parsing), get the columns
// once on shared memory, and answer ranges of pupils with JSON text; the CLI's own thread takes its turn
// with the ranges too and writes all of them in pupil order, so the document is byte for byte what one
// thread writes. One worker per core beyond the first: each costs about 50 MB and a start-up.

const WORKER_URL = new URL('./evaluate-worker.js', import.meta.url);
/** Pupils per range: about a megabyte of JSON. */
export const BLOCK_PUPILS = 2000;
/** Ranges asked for ahead of the one being written, per worker. */
const AHEAD = 3;

export interface WorkerPool {
  readonly workers: Worker[];
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** How many workers pay for a file of `bytes`: none for a small file (starting one costs more than it saves). */
export function workersFor(bytes: number): number {
  return bytes < 32 * 1024 * 1024 ? 0 : Math.min(3, os.availableParallelism() - 1);
}

export function startWorkers(count: number): WorkerPool {
  const workers = Array.from({ length: count }, () => new Worker(WORKER_URL));
  const ready = Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', reject);
        }),
    ),
  ).then(() => undefined);
  ready.catch(() => undefined);
  return { workers, ready, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/** What a worker needs to read the second part of a file: from `start` (just after a line break) to the end. */
export interface PartRequest {
  file: string;
  start: number;
  header: { cells: string[]; separator: ',' | ';' };
  calendar: SchoolCalendar;
}

export interface PartResult {
  part: EventsPart;
  /** A problem that stopped the worker's reading, its line counted from the part's first line as 1. */
  problem: RowProblem | null;
  /** The line after the part's last, counted the same way, and the data rows it read. */
  nextLine: number;
  rows: number;
}

/**
 * Where a file of `size` bytes can be split for two readers (decision 024): the first line break after
 * its middle, and the header the second reader needs. Null when there is no such place. The split is a
 * guess: it holds only when the break is not inside a quoted field, which the first reader finds out
 * when it gets there (`ReadOptions.boundary`); if it does not hold, the first reader reads on.
 */
export function splitPoint(file: string, size: number): { start: number; header: { cells: string[]; separator: ',' | ';' } } | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const headBytes = readSync(fd, head, 0, head.length, 0);
    const headEnd = head.subarray(0, headBytes).indexOf(0x0a);
    if (headEnd < 0) return null;
    const headerText = head.subarray(0, headEnd).toString('utf8').replace(/^\uFEFF/, '');
    const separator = separatorOf(head.subarray(0, headBytes));
    const cells = (Papa.parse<string[]>(headerText, { delimiter: separator }).data[0] ?? []).map((c) => c.replace(/\r$/, ''));
    const middle = Math.floor(size / 2);
    if (middle <= headEnd) return null;
    const probe = Buffer.alloc(64 * 1024);
    const probeBytes = readSync(fd, probe, 0, probe.length, middle);
    const at = probe.subarray(0, probeBytes).indexOf(0x0a);
    if (at < 0 || middle + at + 1 >= size) return null;
    return { start: middle + at + 1, header: { cells, separator } };
  } finally {
    closeSync(fd);
  }
}

/** Has the pool's first worker read the part of the file from `request.start` on. */
export function readPart(pool: WorkerPool, request: PartRequest): Promise<PartResult> {
  const worker = pool.workers[0]!;
  const result = pool.ready.then(
    () =>
      new Promise<PartResult>((resolve, reject) => {
        const onMessage = (m: PartResult | { failed: string }) => {
          worker.off('message', onMessage);
          worker.off('error', reject);
          if ('failed' in m) reject(new Error(m.failed));
          else resolve(m);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ read: request });
      }),
  );
  // Awaited only when the split held; a failure otherwise is nobody's business.
  result.catch(() => undefined);
  return result;
}

/**
 * Reads the events file at `path` into the builder. With a pool, its first worker reads the second half
 * of the file meanwhile, and the halves are joined when the first ends where the second begins.
 */
export async function readIntoColumns(path: string, calendar: SchoolCalendar, builder: EventColumnsBuilder, pool: WorkerPool | null): Promise<ReadResult> {
  const split = pool && pool.workers.length > 0 ? splitPoint(path, statSync(path).size) : null;
  const part = pool && split ? readPart(pool, { file: path, start: split.start, header: split.header, calendar }) : null;
  let read = await readEventsCsv(createReadStream(path, { highWaterMark: 1 << 16 }), (row) => builder.add(row), split ? { boundary: split.start } : {});
  if (read.stoppedAt !== undefined && part) {
    const { part: rows, problem, nextLine, rows: count } = await part;
    const offset = read.nextLine - 1;
    builder.addPart(rows, offset);
    read = { ...read, rows: read.rows + count, nextLine: nextLine + offset };
    if (problem) read.problem = { ...problem, line: problem.line + offset };
  }
  return read;
}

/**
 * Calls `write` with the JSON of every pupil of the job, in pupil order, ranges of BLOCK_PUPILS at a
 * time: computed by the pool's workers, or in this thread when there is no pool.
 */
export async function writeStudents(job: StudentsJob, pool: WorkerPool | null, write: (text: string) => Promise<void>, block = BLOCK_PUPILS): Promise<void> {
  const pupils = job.store.studentIds.length;
  const blocks = Math.ceil(pupils / block);
  const range = (b: number) => ({ block: b, from: b * block, to: Math.min(pupils, (b + 1) * block) });
  if (!pool || pool.workers.length === 0) {
    const prepared = prepareJob(job);
    for (let b = 0; b < blocks; b++) await write(studentsJson(prepared, range(b).from, range(b).to));
    return;
  }
  await pool.ready;
  const { workers } = pool;
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (e: unknown) => void }>();
  const onMessage = (m: { block: number; text: string }) => {
    waiting.get(m.block)?.resolve(m.text);
    waiting.delete(m.block);
  };
  const onError = (e: unknown) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const onExit = (code: number) => onError(new Error(`En arbeidstråd i naervaer evaluate stoppet (kode ${code}).`));
  for (const w of workers) {
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ job });
  }
  // Range b is this thread's when b % threads is the last turn, else worker b % threads's.
  const threads = workers.length + 1;
  const mine = (b: number) => b % threads === workers.length;
  const prepared = prepareJob(job);
  const ask = (b: number): Promise<string> => {
    const answer = new Promise<string>((resolve, reject) => waiting.set(b, { resolve, reject }));
    // Handled here too, so a failure while an earlier range is awaited is not an unhandled rejection.
    answer.catch(() => undefined);
    workers[b % threads]!.postMessage(range(b));
    return answer;
  };
  const window = AHEAD * threads;
  const asked: (Promise<string> | undefined)[] = [];
  for (let b = 0; b < Math.min(blocks, window); b++) if (!mine(b)) asked[b] = ask(b);
  try {
    for (let b = 0; b < blocks; b++) {
      if (b + window < blocks && !mine(b + window)) asked[b + window] = ask(b + window);
      const text = mine(b) ? studentsJson(prepared, range(b).from, range(b).to) : await asked[b]!;
      asked[b] = undefined;
      await write(text);
    }
  } finally {
    for (const w of workers) {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    }
  }
}
