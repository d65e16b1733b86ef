import { describe, expect, it } from 'vitest';
import { parseSchoolCalendar } from '../../domain/calendar/calendar';
import { formatIsoDate } from '../../domain/calendar/dates';
import { TEST_CALENDAR_JSON, testCalendar } from '../../domain/rules/testing';
import { EventColumnsBuilder } from './event-columns';
import type { BuiltEvents } from './event-columns';
import { startWorkers, writeStudents } from './evaluate-workers';
import { loadProfile } from '../../server/content/profile-files';
import { readEventsCsv } from '../../server/import/read-events-csv';
import type { StudentsJob } from './students-json';

// The worker threads of `naervaer evaluate` must write exactly what one thread writes: the same pupils,
// alerts and patterns, in pupil order, whatever the range size and however the answers interleave.

const calendar = testCalendar();
const source = (() => {
  const parsed = parseSchoolCalendar(TEST_CALENDAR_JSON);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.calendar;
})();

/** A file of 300 pupils, a third of them often away, with days, lessons, late arrivals and leaving early. */
function eventsFile(): string {
  let seed = 20251206;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const lines = ['student_id,date,kind,subject,period,minutes,documented,reason,source'];
  for (let p = 0; p < 300; p++) {
    const often = p % 3 === 0;
    lines.push(`e${p},${formatIsoDate(calendar.days[0]!)},late,,,5,false,,laerer`);
    for (let d = 1; d < calendar.days.length; d++) {
      if (rand() > (often ? 0.2 : 0.02)) continue;
      const date = formatIsoDate(calendar.days[d]!);
      const kind = Math.floor(rand() * 4);
      const documented = rand() < 0.3;
      const reason = documented ? 'sykdom' : '';
      const from = rand() < 0.5 ? 'laerer' : 'foresatt';
      if (kind === 0) lines.push(`e${p},${date},day,,,,${documented},${reason},${from}`);
      else if (kind === 1)
        lines.push(
          `e${p},${date},lesson,${rand() < 0.5 ? 'norsk' : 'kroppsøving'},${1 + Math.floor(rand() * 5)},,${documented},${reason},laerer`,
        );
      else if (kind === 2) lines.push(`e${p},${date},late,,,${1 + Math.floor(rand() * 40)},false,,laerer`);
      else lines.push(`e${p},${date},left,,${1 + Math.floor(rand() * 5)},,${documented},${reason},laerer`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function build(shared: boolean): Promise<BuiltEvents> {
  const builder = new EventColumnsBuilder(calendar);
  async function* bytes() {
    yield Buffer.from(eventsFile());
  }
  const read = await readEventsCsv(bytes(), (row) => builder.add(row));
  expect(read.problem).toBeUndefined();
  const built = builder.finish(calendar.days.length - 1, shared);
  if ('problems' in built) throw new Error(JSON.stringify(built.problems.slice(0, 3)));
  return built;
}

async function students(built: BuiltEvents, workers: number, block: number, pretty = false): Promise<string> {
  const profile = loadProfile('jevnaker');
  if (!profile.ok) throw new Error(profile.errors.join('\n'));
  const job: StudentsJob = {
    calendar: source,
    profile: profile.value,
    asOf: '2026-03-13',
    pretty,
    store: built.store,
    extras: built.extras,
  };
  const pool = workers > 0 ? startWorkers(workers) : null;
  const parts: string[] = [];
  try {
    await writeStudents(job, pool, async (text) => void parts.push(text), block);
  } finally {
    await pool?.close();
  }
  return parts.join('');
}

describe('writeStudents', () => {
  it('writes the same JSON with two worker threads as in one thread, in pupil order', { timeout: 60_000 }, async () => {
    const alone = await students(await build(false), 0, 1000);
    const parsed = JSON.parse(`[${alone}]`) as { studentId: string; alerts: unknown[]; patterns: unknown[] }[];
    // The file gives the comparison something to compare: alerts and patterns for many pupils.
    expect(parsed).toHaveLength(300);
    expect(parsed.filter((s) => s.alerts.length > 0).length).toBeGreaterThan(20);
    expect(parsed.filter((s) => s.patterns.length > 0).length).toBeGreaterThan(10);
    const shared = await build(true);
    expect(shared.store.dayIndex.buffer).toBeInstanceOf(SharedArrayBuffer);
    // Ranges of 7 pupils: 43 answers from two workers, the last one short.
    expect(await students(shared, 2, 7)).toBe(alone);
    expect(await students(shared, 2, 7, true)).toBe(await students(shared, 0, 7, true));
  });
});
