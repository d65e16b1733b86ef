import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { CompiledCalendar } from '../src/domain/calendar/calendar';
import { formatIsoDate } from '../src/domain/calendar/dates';
import { BENCH_CALENDAR, generateYear, prng } from './generate';

// The national events file of `npm run bench:evaluate`: the rules benchmark's school year (generate.ts,
// ≈ 24 registrations per pupil) plus the late arrivals a real register has on top (log-normal, median
// three a year, more for pupils who are often away), written as the canonical events CSV with minutes,
// reasons and who registered each row. Rows are in date order, pupils interleaved, as a register exports
// them day by day. Two variants: `,` with LF, and `;` with a BOM and CRLF as Excel saves it.
// The files are cached in the temp dir by seed and size, since writing 2 × 900 MB takes a while.

export interface NationalFiles {
  dir: string;
  comma: string;
  semicolon: string;
  calendar: string;
  rows: number;
  bytes: number;
}

const REASONS_DOCUMENTED = [
  'sykdom',
  'sykdom',
  'sykdom',
  'sykdom',
  'sykdom',
  'sykdom',
  'helse',
  'helse',
  'permisjon',
  'annet',
];
const KINDS = ['day', 'lesson', 'late', 'left'];

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Generates (or finds in the cache) the national file for `pupils` pupils; returns the paths and row count. */
export function nationalFiles(
  pupils: number,
  seed: number,
  calendar: CompiledCalendar,
  log: (line: string) => void,
): NationalFiles {
  const dir = join(os.tmpdir(), 'naervaer-bench-evaluate', `${seed}-${pupils}`);
  const files = {
    dir,
    comma: join(dir, 'events-comma.csv'),
    semicolon: join(dir, 'events-semicolon.csv'),
    calendar: join(dir, 'skolerute.json'),
  };
  const meta = join(dir, 'meta.json');
  if (existsSync(meta) && existsSync(files.comma) && existsSync(files.semicolon)) {
    const { rows, bytes } = JSON.parse(readFileSync(meta, 'utf8')) as { rows: number; bytes: number };
    log(`Fant fraværsfila i hurtiglageret: ${dir}`);
    return { ...files, rows, bytes };
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(files.calendar, JSON.stringify(BENCH_CALENDAR, null, 2));

  const { store } = generateYear(pupils, calendar, seed);
  const base = store.dayIndex.length;
  const rand = prng(seed ^ 0x5eed1a7e);
  const days = calendar.days.length;

  // Late arrivals on top: not on a day the pupil is registered for anything else.
  const extraPupil: number[] = [];
  const extraDay: number[] = [];
  const busy = new Uint8Array(days);
  for (let p = 0; p < pupils; p++) {
    const from = store.offsets[p]!;
    const to = store.offsets[p + 1]!;
    busy.fill(0);
    for (let e = from; e < to; e++) busy[store.dayIndex[e]!] = 1;
    const heavy = to - from > 45;
    const lambda = Math.exp(Math.log(3) + 1.1 * normal(rand)) * (heavy ? 2 : 1);
    const count = Math.min(120, Math.round(lambda));
    for (let k = 0; k < count; k++) {
      const d = Math.floor(rand() * days);
      if (busy[d]) continue;
      busy[d] = 1;
      extraPupil.push(p);
      extraDay.push(d);
    }
  }
  const rows = base + extraPupil.length;

  // Pupil of each generated event (the store is sorted by pupil).
  const pupilOf = new Int32Array(rows);
  for (let p = 0; p < pupils; p++) pupilOf.fill(p, store.offsets[p]!, store.offsets[p + 1]!);
  pupilOf.set(extraPupil, base);
  const dayOf = (i: number) => (i < base ? store.dayIndex[i]! : extraDay[i - base]!);
  // Date order, pupils in order within a day: a counting sort by day.
  const counts = new Int32Array(days + 1);
  for (let i = 0; i < rows; i++) counts[dayOf(i) + 1]!++;
  for (let d = 0; d < days; d++) counts[d + 1]! += counts[d]!;
  const order = new Int32Array(rows);
  const byPupil = new Int32Array(rows);
  // Stable by pupil: first order by pupil (base events already are; extras are appended in pupil order).
  {
    const pc = new Int32Array(pupils + 1);
    for (let i = 0; i < rows; i++) pc[pupilOf[i]! + 1]!++;
    for (let p = 0; p < pupils; p++) pc[p + 1]! += pc[p]!;
    for (let i = 0; i < rows; i++) byPupil[pc[pupilOf[i]!]!++] = i;
  }
  for (let j = 0; j < rows; j++) {
    const i = byPupil[j]!;
    order[counts[dayOf(i)]!++] = i;
  }

  const dates = Array.from(calendar.days, formatIsoDate);
  const ids = Array.from({ length: pupils }, (_, p) => `e${String(p).padStart(7, '0')}`);
  const commaTmp = `${files.comma}.tmp`;
  const semicolonTmp = `${files.semicolon}.tmp`;
  const fc = openSync(commaTmp, 'w');
  const fs = openSync(semicolonTmp, 'w');
  const header = 'student_id,date,kind,subject,period,minutes,documented,reason,source';
  let comma = `${header}\n`;
  let semicolon = `\uFEFF${header.replaceAll(',', ';')}\r\n`;
  let bytes = 0;
  const flush = () => {
    bytes += Buffer.byteLength(comma);
    writeSync(fc, comma);
    writeSync(fs, semicolon);
    comma = '';
    semicolon = '';
  };
  for (let j = 0; j < rows; j++) {
    const i = order[j]!;
    const extra = i >= base;
    const kind = extra ? 2 : store.kind[i]!;
    const documented = extra ? rand() < 0.1 : store.documented[i] === 1;
    const subject = !extra && store.subject[i]! >= 0 ? store.subjects[store.subject[i]!]! : '';
    const period = !extra && store.period[i]! > 0 ? String(store.period[i]) : '';
    const minutes = kind === 2 ? String(2 + Math.floor(rand() * rand() * 45)) : '';
    const reason = documented
      ? REASONS_DOCUMENTED[Math.floor(rand() * REASONS_DOCUMENTED.length)]!
      : rand() < 0.2
        ? 'ukjent'
        : '';
    // Guardians report most documented whole days; the rest the teacher registers.
    const source = documented && kind === 0 && rand() < 0.6 ? 'foresatt' : 'laerer';
    const fields = [
      ids[pupilOf[i]!]!,
      dates[dayOf(i)]!,
      KINDS[kind]!,
      subject,
      period,
      minutes,
      documented ? 'true' : 'false',
      reason,
      source,
    ];
    comma += `${fields.join(',')}\n`;
    semicolon += `${fields.join(';')}\r\n`;
    if (comma.length > 1 << 22) flush();
  }
  flush();
  closeSync(fc);
  closeSync(fs);
  renameSync(commaTmp, files.comma);
  renameSync(semicolonTmp, files.semicolon);
  writeFileSync(meta, JSON.stringify({ rows, bytes }));
  return { ...files, rows, bytes };
}
