// Numbers for byte strings (pupil ids, subjects) read straight from an events file's bytes (decision 173):
// an open-addressing table over one growing arena of the strings' UTF-8 bytes, so the byte path finds a
// pupil's number without making a string. Entry k is the k-th string added. A string of up to 16 bytes
// (every id of the national file) is kept in its slot as well, so that a look-up reads one cache line:
// at 620 000 pupils the table is far larger than the cache and the rows meet the pupils in no useful order.

/** Ints per slot: hash, entry + 1 (0: empty), length, and the first 16 bytes in four words. */
const SLOT = 8;
const INLINE = 16;

/** One step of the hash: word `w` into `h`. */
const mix = (h: number, w: number) => {
  const x = Math.imul(h ^ w, 0x85ebca6b);
  return x ^ (x >>> 13);
};
/** The hash's last step. */
const finish = (h: number) => {
  const x = Math.imul(h, 0xc2b2ae35);
  return x ^ (x >>> 16);
};

/**
 * The hash of `bytes[from, to)`, as a signed 32-bit integer (exported for the tests): its length, then
 * its bytes in little-endian words of four, the last padded with zeros.
 */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = Math.imul(to - from, 0x9e3779b1);
  for (let i = from; i < to; i += 4) h = mix(h, word(bytes, i, to, 0));
  return finish(h);
}

/** Word `n` (little-endian, zero beyond `to`) of `bytes[from, to)`. */
function word(bytes: Uint8Array, from: number, to: number, n: number): number {
  const at = from + 4 * n;
  if (at + 4 <= to) return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  let w = 0;
  for (let i = 0; at + i < to; i++) w |= bytes[at + i]! << (8 * i);
  return w;
}

export class ByteTable {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1024);
  private slots: Int32Array;
  private mask: number;
  count = 0;

  constructor(slots = 1 << 10) {
    this.slots = new Int32Array(slots * SLOT);
    this.mask = slots - 1;
  }

  /** The entry holding `bytes[from, to)`, or -1. */
  find(bytes: Uint8Array, from: number, to: number): number {
    const length = to - from;
    const slots = this.slots;
    const mask = this.mask;
    if (length <= INLINE) {
      // The words are read once, for the hash and for the comparison.
      const w0 = word(bytes, from, to, 0);
      const w1 = length > 4 ? word(bytes, from, to, 1) : 0;
      const w2 = length > 8 ? word(bytes, from, to, 2) : 0;
      const w3 = length > 12 ? word(bytes, from, to, 3) : 0;
      let h = Math.imul(length, 0x9e3779b1);
      if (length > 0) h = mix(h, w0);
      if (length > 4) h = mix(h, w1);
      if (length > 8) h = mix(h, w2);
      if (length > 12) h = mix(h, w3);
      const hash = finish(h);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const at = slot * SLOT;
        const k = slots[at + 1]! - 1;
        if (k < 0) return -1;
        if (
          slots[at] === hash &&
          slots[at + 2] === length &&
          slots[at + 3] === w0 &&
          slots[at + 4] === w1 &&
          slots[at + 5] === w2 &&
          slots[at + 6] === w3
        )
          return k;
      }
    }
    const hash = hashBytes(bytes, from, to);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const k = slots[at + 1]! - 1;
      if (k < 0) return -1;
      if (slots[at] !== hash || slots[at + 2] !== length) continue;
      const start = this.starts[k]!;
      const arena = this.arena;
      let i = 0;
      while (i < length && arena[start + i] === bytes[from + i]) i++;
      if (i === length) return k;
    }
  }

  /** Adds `bytes[from, to)` (not in the table) as the next entry and returns its number. */
  add(bytes: Uint8Array, from: number, to: number): number {
    const k = this.count++;
    const length = to - from;
    if (k + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(from, to), this.used);
    this.starts[k] = this.used;
    this.used += length;
    this.starts[k + 1] = this.used;
    // At most two thirds full.
    if (this.count * 3 > (this.mask + 1) * 2) this.rehash();
    else this.place(k);
    return k;
  }

  /** Puts entry k in its slot. */
  private place(k: number): void {
    const from = this.starts[k]!;
    const to = this.starts[k + 1]!;
    const arena = this.arena;
    const hash = hashBytes(arena, from, to);
    let slot = hash & this.mask;
    while (this.slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * SLOT;
    this.slots[at] = hash;
    this.slots[at + 1] = k + 1;
    this.slots[at + 2] = to - from;
    if (to - from <= INLINE) for (let n = 0; n < 4; n++) this.slots[at + 3 + n] = word(arena, from, to, n);
  }

  private rehash(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * SLOT);
    for (let k = 0; k < this.count; k++) this.place(k);
  }
}
