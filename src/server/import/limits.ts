// Limits on an uploaded events file (decision 073), checked while it is read: a file over one is refused
// as a whole with a Norwegian message, and nothing is written. The web import uses UPLOAD_LIMITS; the CLI
// (`naervaer import`, a national file on the operator's own machine) reads CSV without them.

export interface ReadLimits {
  /** Data rows (and, for XLSX, row elements of the sheet). */
  maxRows: number;
  /** Cells in a row. The events file has nine columns. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** XLSX: bytes the zip entries read may inflate to, together. */
  maxInflatedBytes: number;
  /** XLSX: distinct shared strings. */
  maxSharedStrings: number;
  /** XLSX: milliseconds the reading worker may run before it is stopped. */
  maxMillis: number;
  /** XLSX: heap of the reading worker, in MB. */
  maxHeapMb: number;
}

export const MB = 1024 * 1024;

/** A count as Norwegian writes it in a message: «500 000» (plain spaces, so it can be searched and quoted). */
export function thousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * A school's year of lesson-level absence is some 50 000–100 000 rows (1 000 pupils, 6–8 % of 1 140
 * lessons); 200 000 leaves room for the largest school, and reading that many junk rows costs about 1.2
 * CPU seconds (500 000 cost 3). Larger files go through the CLI. The XLSX XML of 200 000 nine-column
 * rows is about 65 MB; 200 MB leaves room for long subject names and formatting.
 */
export const UPLOAD_LIMITS: ReadLimits = {
  maxRows: 200_000,
  maxColumns: 50,
  maxCellChars: 1_000,
  maxInflatedBytes: 200 * MB,
  /** Two distinct texts a row at most (an id and a subject); a million cost 1.4 CPU seconds to refuse. */
  maxSharedStrings: 400_000,
  maxMillis: 60_000,
  maxHeapMb: 160,
};
