// The byte layer of the CSV import (decision 074): whatever the chunk boundaries, the text comes out
// whole, and a bad byte is named by its line even when it arrives in a later chunk.
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, SNIFF_BYTES, UnreadableText } from './decode-text';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function decodeAll(bytes: Buffer, size: number): Promise<{ encoding: string; text: string }> {
  const decoded = await decodeText(chunks(bytes, size));
  const parts: Uint8Array[] = [];
  for await (const part of decoded.bytes) parts.push(part);
  return { encoding: decoded.encoding, text: Buffer.concat(parts).toString('utf8') };
}

/** Lines of «æøå» past the first megabyte, so the streaming part is read too. */
const LONG = Array.from(
  { length: Math.ceil((SNIFF_BYTES * 1.3) / 40) },
  (_, i) => `elev-Ærøy-${i};Kroppsøving – «å»`,
).join('\r\n');

describe('decodeText', () => {
  it('reads UTF-8 split anywhere, also inside a character, past the first megabyte', async () => {
    for (const size of [7, 4096, 65_537])
      expect(await decodeAll(Buffer.from(LONG, 'utf8'), size)).toEqual({ encoding: 'UTF-8', text: LONG });
  });

  it('reads UTF-16 LE and BE with a BOM split at odd bytes', async () => {
    const le = Buffer.from(`\uFEFF${LONG}`, 'utf16le');
    expect(await decodeAll(le, 4_097)).toEqual({ encoding: 'UTF-16LE', text: LONG });
    expect(await decodeAll(Buffer.from(le).swap16(), 65_537)).toEqual({ encoding: 'UTF-16BE', text: LONG });
  });

  it('reads Windows-1252, with the dash and euro sign of 0x96 and 0x80', async () => {
    const text = 'elev-Ærøy;Språk – 5 €\n';
    const bytes = Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c === '€' ? 0x80 : c.charCodeAt(0))));
    expect(await decodeAll(bytes, 3)).toEqual({ encoding: 'Windows-1252', text });
    expect(decodeWindows1252(Buffer.from([0x80, 0x8a, 0x9f, 0xe6]))).toBe('€ŠŸæ');
  });

  it('refuses a file that breaks UTF-8 after its first megabyte, naming the line of the bad byte', async () => {
    const good = Buffer.from(`${LONG}\n`, 'utf8');
    const lines = LONG.split('\n').length;
    const error = await decodeAll(
      Buffer.concat([good, Buffer.from('ok\nfeil: '), Buffer.from([0xf8]), Buffer.from('\n')]),
      65_536,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableText);
    expect((error as UnreadableText).line).toBe(lines + 2);
    expect((error as Error).message).toMatch(new RegExp(`linje ${lines + 2} har byten 0xF8, som ikke er gyldig UTF-8`));
  });

  it('refuses NUL in the header line and the bytes Windows-1252 leaves undefined', async () => {
    await expect(decodeAll(Buffer.from('s\u0000t\u0000u\u0000\n', 'latin1'), 10)).rejects.toThrow(
      /overskriftsraden \(linje 1\) har NUL-byter/,
    );
    await expect(decodeAll(Buffer.from([0x61, 0xe6, 0x0a, 0x62, 0x0a, 0x9d]), 2)).rejects.toThrow(
      /linje 3 har byten 0x9D/,
    );
  });
});
