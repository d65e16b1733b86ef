import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareJob, studentsJson } from './students-json';
import type { StudentsJob } from './students-json';

// Writing the students of `naervaer evaluate` with worker threads (decision 024): the rules and pattern
// findings of a national file are half the CLI's work, and every pupil is independent of the others. The
// workers are started before the file is read (their start-up runs beside the parsing), get the columns
// once on shared memory, and answer ranges of pupils with JSON text; the CLI's own thread takes its turn
// with the ranges too and writes all of them in pupil order, so the document is byte for byte what one
// thread writes. One worker per core beyond the first: each costs about 50 MB and a start-up.

const WORKER_URL = new URL('./evaluate-worker.js', import.meta.url);
/** Pupils per range: about 100 kB of JSON, so that each text is a young-generation string that dies young (decision 173). */
export const BLOCK_PUPILS = 200;
/** Ranges asked for ahead of the one being written, per worker. */
const AHEAD = 8;

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

/**
 * Calls `write` with the JSON of every pupil of the job, in pupil order, ranges of BLOCK_PUPILS at a
 * time: computed by the pool's workers, or in this thread when there is no pool.
 */
export async function writeStudents(
  job: StudentsJob,
  pool: WorkerPool | null,
  write: (text: string) => Promise<void>,
  block = BLOCK_PUPILS,
): Promise<void> {
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
