// Reading the cells of a roster file: columns by name, and the checks every format shares (names, dates,
// national ids, usernames), each failure becoming a named RosterProblem.
import { checkNationalId } from '../people/national-id';
import type { ProtectedAddressValue, RosterProblem, RosterTable } from './types';

/** A row of a table with its cells by column name. */
export class Row {
  constructor(
    readonly table: RosterTable,
    readonly line: number,
    private readonly cells: string[],
    private readonly index: Map<string, number>,
    private readonly problems: RosterProblem[],
  ) {}

  /** The trimmed cell, '' when the column is missing or empty. */
  get(column: string): string {
    const i = this.index.get(column.toLowerCase());
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  has(column: string): boolean {
    return this.index.has(column.toLowerCase());
  }

  problem(column: string, reason: string): void {
    this.problems.push({ file: this.table.file, line: this.line, column, reason });
  }

  /** The cell, or a problem «mangler» and null when it is empty. */
  required(column: string): string | null {
    const v = this.get(column);
    if (!v) {
      this.problem(column, 'mangler');
      return null;
    }
    return v;
  }
}

/**
 * The rows of a table, after checking that the header has the required columns (a problem on line 1
 * for each missing one, and no rows then). Column names are compared without case.
 */
export function rowsOf(table: RosterTable | undefined, required: string[], problems: RosterProblem[]): Row[] {
  if (!table) return [];
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    const name = h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (name && !index.has(name)) index.set(name, i);
  });
  const missing = required.filter((c) => !index.has(c.toLowerCase()));
  for (const c of missing) problems.push({ file: table.file, line: 1, column: c, reason: 'kolonnen mangler' });
  if (missing.length) return [];
  return table.rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => new Row(table, r.line, r.cells, index, problems));
}

/** A date as YYYY-MM-DD from YYYY-MM-DD (or an ISO timestamp) or DD.MM.YYYY, or null. */
export function parseDate(text: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (!match) return null;
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A birth date: a real date, not in the future of 2100 nor before 1900. */
export function birthDate(row: Row, column: string): string | null {
  const text = row.required(column);
  if (text === null) return null;
  const date = parseDate(text);
  if (!date || date < '1900-01-01' || date > '2100-01-01') {
    row.problem(column, 'er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)');
    return null;
  }
  return date;
}

/** An optional national id, checked by the rules of decision 055; the number itself is never in the reason. */
export function nationalId(row: Row, column: string, allowSynthetic: boolean): string | null | false {
  const text = row.get(column);
  if (!text) return null;
  const check = checkNationalId(text, { allowSynthetic });
  if (!check.ok) {
    row.problem(column, `fødselsnummeret ${maskNationalId(text)} ${check.reason}`);
    return false;
  }
  return check.value;
}

/** The first six digits and stars: enough to find the row, not enough to identify the person. */
export function maskNationalId(text: string): string {
  const digits = text.replace(/\s+/g, '');
  return digits.length <= 6 ? '*'.repeat(digits.length) : `${digits.slice(0, 6)}*****`;
}

/** A person's name part: 1–100 characters. */
export function namePart(row: Row, column: string): string | null {
  const v = row.required(column);
  if (v !== null && v.length > 100) {
    row.problem(column, 'er lengre enn 100 tegn');
    return null;
  }
  return v;
}

/** A username as sign-in matches it (the Feide name, eduPersonPrincipalName): the rules of «Brukere». */
export function username(row: Row, column: string): string | null {
  const v = row.required(column);
  if (v === null) return null;
  const u = v.toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{1,99}$/.test(u)) {
    row.problem(column, 'brukernavnet kan ha små bokstaver a–z, sifre og . _ @ - (som Feide-navnet «kari@kommune.no»)');
    return null;
  }
  return u;
}

const PROTECTED: Record<string, ProtectedAddressValue> = {
  '': 'none',
  none: 'none',
  ingen: 'none',
  nei: 'none',
  fortrolig: 'fortrolig',
  strengt_fortrolig: 'strengt_fortrolig',
  'strengt fortrolig': 'strengt_fortrolig',
  strengtfortrolig: 'strengt_fortrolig',
};

export function protectedAddress(row: Row, column: string): ProtectedAddressValue {
  const v = PROTECTED[row.get(column).toLowerCase()];
  if (v === undefined) {
    row.problem(column, 'må være tom, «fortrolig» eller «strengt_fortrolig»');
    return 'none';
  }
  return v;
}

/** Yes or no (ja/nei, true/false, 1/0); empty is `fallback`. */
export function yesNo(row: Row, column: string, fallback: boolean): boolean {
  const v = row.get(column).toLowerCase();
  if (v === '') return fallback;
  if (['ja', 'true', '1', 'yes'].includes(v)) return true;
  if (['nei', 'false', '0', 'no'].includes(v)) return false;
  row.problem(column, 'må være «ja» eller «nei»');
  return fallback;
}

/** A list cell: OneRoster separates by commas; spreadsheets often by semicolons. */
export function list(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A grade as a trinn 1–10: OneRoster's CEDS codes «01»–«10», or a plain number. */
export function trinnOf(text: string): number | null {
  const first = list(text)[0] ?? '';
  if (!/^\d{1,2}$/.test(first)) return null;
  const n = Number(first);
  return n >= 1 && n <= 10 ? n : null;
}

/** The school year a date falls in: from 1 July, the year it starts. */
export function schoolYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? y : y - 1;
}
