import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

// Just enough of the zip format to read an XLSX with a budget (decision 073): the central directory
// tells where each entry is and how large it says it is; an entry is inflated as a stream and every byte
// out is counted against the budget, so a zip bomb is stopped at the budget, whatever its header claims.

/** The file is a zip we will not read: a Norwegian message for the user. */
export class ZipRefusal extends Error {
  constructor(
    message: string,
    /** true when the file is not a zip (or a broken one), false when it is over a limit. */
    readonly unreadable: boolean,
  ) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/** Bytes left to inflate, shared by every entry of one file. */
export interface InflateBudget {
  left: number;
  readonly limit: number;
}

const NOT_XLSX = 'Fila kan ikke leses som XLSX (Excel). Lagre den på nytt som .xlsx eller .csv.';
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function tooLarge(budget: InflateBudget): ZipRefusal {
  return new ZipRefusal(
    `Fila pakker seg ut til mer enn ${mb(budget.limit)}; så mye leses ikke fra en opplastet XLSX-fil. Del den opp, eller lagre den som CSV. Ingenting er importert.`,
    false,
  );
}

/** The entries of a zip file by name, from its central directory. */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipRefusal(NOT_XLSX, true);
  const count = view.readUInt16LE(end + 10);
  const size = view.readUInt32LE(end + 12);
  const offset = view.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipRefusal(
      'XLSX-fila er en Zip64-fil (over 4 GB utpakket eller over 65 535 deler); så store filer leses ikke. Ingenting er importert.',
      false,
    );
  if (offset + size > end) throw new ZipRefusal(NOT_XLSX, true);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.readUInt32LE(at) !== CENTRAL) throw new ZipRefusal(NOT_XLSX, true);
    const flags = view.readUInt16LE(at + 8);
    const nameLength = view.readUInt16LE(at + 28);
    const name = view.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1)
      throw new ZipRefusal(
        'XLSX-fila er kryptert (passordbeskyttet); lagre den uten passord. Ingenting er importert.',
        true,
      );
    entries.set(name, {
      name,
      method: view.readUInt16LE(at + 10),
      compressedSize: view.readUInt32LE(at + 20),
      declaredSize: view.readUInt32LE(at + 24),
      localHeader: view.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return entries;
}

const SLICE = 64 * 1024;

/**
 * The bytes of one entry, inflated as a stream in pieces of at most 64 KB, each counted against the
 * budget: the entry is refused when its declared size does not fit, and stopped when its output does not.
 */
export async function* inflateEntry(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (entry.declaredSize > budget.left) throw tooLarge(budget);
  const at = entry.localHeader;
  if (at + 30 > view.length || view.readUInt32LE(at) !== LOCAL) throw new ZipRefusal(NOT_XLSX, true);
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  if (stop > view.length) throw new ZipRefusal(NOT_XLSX, true);
  const count = (chunk: Buffer) => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw tooLarge(budget);
  };
  if (entry.method === 0) {
    for (let i = start; i < stop; i += SLICE) {
      const chunk = view.subarray(i, Math.min(stop, i + SLICE));
      count(chunk);
      yield chunk;
    }
    return;
  }
  if (entry.method !== 8)
    throw new ZipRefusal(
      `XLSX-fila bruker en komprimering vi ikke leser (metode ${entry.method}); lagre den på nytt fra Excel. Ingenting er importert.`,
      true,
    );
  const pieces = function* () {
    for (let i = start; i < stop; i += SLICE) yield view.subarray(i, Math.min(stop, i + SLICE));
  };
  const input = Readable.from(pieces(), { objectMode: false });
  const inflater = createInflateRaw({ chunkSize: SLICE });
  input.pipe(inflater);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      count(chunk);
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ZipRefusal) throw e;
    throw new ZipRefusal(NOT_XLSX, true);
  } finally {
    input.destroy();
    inflater.destroy();
  }
}
