import { isUtf8 } from 'node:buffer';

// The byte layer in front of the events-CSV parser (decision 074): finds which encoding a text file is in
// and hands the parser UTF-8, while streaming, so a national file is never one string.
//
//   UTF-8 (with or without BOM)      passed through as it is, checked chunk by chunk
//   UTF-16 LE/BE with BOM            Excel's «Unicode-tekst»; decoded and re-encoded as UTF-8
//   Windows-1252                     Excel's «CSV (semikolonseparert)»; decoded (our own table, no ICU
//                                    needed) and re-encoded as UTF-8
//
// The choice is made on the first megabyte: a BOM decides; else valid UTF-8 there means UTF-8; else a
// NUL byte or one of the five bytes Windows-1252 leaves undefined means a file that is none of these
// (refused, naming the line of the first such byte); else Windows-1252. The stream cannot go back, so a
// file that was valid UTF-8 for its first megabyte and breaks later is refused at the line of the first
// bad byte rather than read as two encodings.

/** The encodings we read, as the import report names them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** The whole file cannot be read as text: a Norwegian message and the line it stopped at (1-based). */
export class UnreadableText extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableText';
  }
}

/** How much is looked at before the encoding is chosen. */
export const SNIFF_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
/** The bytes Windows-1252 does not define (WHATWG's decoder would turn them into C1 control characters). */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

function newlinesIn(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0 && i < end; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** Length of an unfinished UTF-8 sequence at the end of `bytes` (0–3), to carry into the next chunk. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Index of the first byte that breaks UTF-8 in `bytes` (checked by hand, only once isUtf8 said no). */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    const second = bytes[i + 1]!;
    if (b === 0xe0 && second < 0xa0) return i;
    if (b === 0xed && second > 0x9f) return i;
    if (b === 0xf0 && second < 0x90) return i;
    if (b === 0xf4 && second > 0x8f) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Index of the first NUL or byte Windows-1252 leaves undefined, or -1. */
function firstNot1252(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b >= 0x81 && b <= 0x9d && UNDEFINED_1252.has(b))) return i;
  }
  return -1;
}

const SAVE_AGAIN = 'Lagre fila på nytt som CSV UTF-8 (eller «CSV (semikolonseparert)» fra Excel) og prøv igjen.';

function notText(line: number, byte: number): UnreadableText {
  return new UnreadableText(
    line,
    `Fila kan ikke leses som tekst: linje ${line} har byten ${hex(byte)}, som verken er UTF-8, UTF-16 (med BOM) eller Windows-1252. Er det en CSV-fil? ${SAVE_AGAIN}`,
  );
}

function utf8Breaks(line: number, byte: number): UnreadableText {
  return new UnreadableText(
    line,
    `Fila ble lest som UTF-8 ut fra den første megabyten, men linje ${line} har byten ${hex(byte)}, som ikke er gyldig UTF-8. Fila blander tegnsett. ${SAVE_AGAIN}`,
  );
}

export interface DecodedText {
  encoding: TextEncodingName;
  /** The file's text as UTF-8 bytes (a UTF-8 BOM is kept; the CSV parser drops it). */
  bytes: AsyncIterable<Uint8Array>;
}

/**
 * Chooses the encoding of a byte stream from its first megabyte and returns the stream as UTF-8. Throws
 * UnreadableText at once when the first megabyte settles that the file is not text in one of the four
 * encodings; the returned stream throws it later when a later byte breaks the chosen encoding.
 */
export async function decodeText(source: AsyncIterable<Uint8Array>): Promise<DecodedText> {
  const iterator = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  // The choice is made on the first megabyte exactly, however the bytes came (one buffer or many chunks).
  const all = Buffer.concat(parts);
  const head = all.subarray(0, SNIFF_BYTES);
  const over = all.subarray(SNIFF_BYTES);
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    try {
      if (over.length) yield over;
      if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  };

  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'UTF-16LE', bytes: utf16(head, rest(), 'utf-16le') };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'UTF-16BE', bytes: utf16(head, rest(), 'utf-16be') };

  const tail = ended ? 0 : unfinishedTail(head);
  if (isUtf8(head.subarray(0, head.length - tail))) {
    // NUL in the header line: UTF-16 without a BOM, or not a text file at all (valid UTF-8 as ASCII + NUL).
    const firstLine = head.indexOf(NEWLINE) < 0 ? head.length : head.indexOf(NEWLINE);
    const nul = head.subarray(0, firstLine).indexOf(0);
    if (nul >= 0)
      throw new UnreadableText(
        1,
        `Fila kan ikke leses som tekst: overskriftsraden (linje 1) har NUL-byter. Er det UTF-16 uten BOM, eller ikke en CSV-fil? ${SAVE_AGAIN}`,
      );
    return { encoding: 'UTF-8', bytes: utf8(head, rest()) };
  }
  const bad = firstNot1252(head);
  if (bad >= 0) throw notText(newlinesIn(head, bad) + 1, head[bad]!);
  return { encoding: 'Windows-1252', bytes: windows1252(head, rest()) };
}

async function* utf8(head: Buffer, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let lines = 0;
  let carry: Uint8Array = new Uint8Array(0);
  const check = (chunk: Uint8Array, final: boolean): Uint8Array => {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const keep = final ? 0 : unfinishedTail(bytes);
    const whole = bytes.subarray(0, bytes.length - keep);
    if (!isUtf8(whole)) {
      const at = firstBadUtf8(whole);
      const i = at < 0 ? whole.length - 1 : at;
      throw utf8Breaks(lines + newlinesIn(whole, i) + 1, whole[i]!);
    }
    lines += newlinesIn(whole);
    carry = bytes.subarray(bytes.length - keep);
    return whole;
  };
  yield check(head, false);
  for await (const chunk of rest) yield check(chunk, false);
  if (carry.length) yield check(new Uint8Array(0), true);
}

/** What Windows-1252 puts at 0x80–0x9F (the five undefined bytes are refused before they get here). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 to text without ICU: Node's TextDecoder has 'windows-1252' only with full ICU (small-icu
 * builds have UTF-8 and UTF-16 alone). Latin-1 is native; the 32 bytes where 1252 differs are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

async function* windows1252(head: Buffer, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let lines = 0;
  const convert = (chunk: Uint8Array): Uint8Array => {
    const bad = firstNot1252(chunk);
    if (bad >= 0) throw notText(lines + newlinesIn(chunk, bad) + 1, chunk[bad]!);
    lines += newlinesIn(chunk);
    return Buffer.from(decodeWindows1252(chunk), 'utf8');
  };
  yield convert(head);
  for await (const chunk of rest) yield convert(chunk);
}

async function* utf16(
  head: Buffer,
  rest: AsyncIterable<Uint8Array>,
  label: 'utf-16le' | 'utf-16be',
): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(label, { fatal: true });
  let lines = 0;
  const convert = (chunk: Uint8Array, final: boolean): Uint8Array => {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: !final });
    } catch {
      // A lone surrogate: find it in a lenient decoding of what is left to name its line.
      const lenient = new TextDecoder(label).decode(chunk);
      const at = lenient.indexOf('\uFFFD');
      const line = lines + (lenient.slice(0, Math.max(0, at)).split('\n').length - 1) + 1;
      throw new UnreadableText(
        line,
        `Fila ble lest som ${label.toUpperCase()} (etter BOM-en), men linje ${line} har et tegn som ikke er gyldig ${label.toUpperCase()}. ${SAVE_AGAIN}`,
      );
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    return Buffer.from(text, 'utf8');
  };
  yield convert(head, false);
  for await (const chunk of rest) yield convert(chunk, false);
  yield convert(new Uint8Array(0), true);
}
