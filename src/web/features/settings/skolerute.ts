// The skolerute form's data, without React: a draft from the server's calendar, and the checks the
// browser can make before saving (the server checks again with the domain's own calendar schema).
import { isIsoDate } from '../../absence';
import type { ClosedPeriod, Skolerute } from '../../api';

/** One row of closed days; `key` only tells React rows apart while they are added and removed. */
export type ClosedDraft = ClosedPeriod & { key: number };

export type SkoleruteDraft = { firstDay: string; lastDay: string; springStarts: string; closed: ClosedDraft[] };

/** What is wrong with a field, as an i18n key under `settings.problem_`. */
export type SkoleruteProblem =
  | 'missingDate'
  | 'lastBeforeFirst'
  | 'springOutside'
  | 'missingName'
  | 'toBeforeFrom'
  | 'outsideYear';

/** Field ids: `firstDay`, `lastDay`, `springStarts`, `closed.<key>.name|from|to`. */
export type SkoleruteProblems = Record<string, SkoleruteProblem>;

/** The server's calendar as a draft (closed periods by start date), or an empty draft when there is none. */
export function draftFromCalendar(
  calendar: Pick<Skolerute, 'firstDay' | 'lastDay' | 'springStarts' | 'closed'> | null,
): SkoleruteDraft {
  if (!calendar) return { firstDay: '', lastDay: '', springStarts: '', closed: [] };
  const closed = [...calendar.closed]
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((p, i) => ({ ...p, key: i + 1 }));
  return { firstDay: calendar.firstDay, lastDay: calendar.lastDay, springStarts: calendar.springStarts, closed };
}

/** The next free row key. */
export function nextKey(draft: SkoleruteDraft): number {
  return draft.closed.reduce((max, p) => Math.max(max, p.key), 0) + 1;
}

/**
 * A new start date for a row also moves its end date when the end is empty or would lie before the
 * start: a single closed day then needs one date only.
 */
export function withFrom(period: ClosedDraft, from: string): ClosedDraft {
  const to = isIsoDate(from) && (!isIsoDate(period.to) || period.to < from) ? from : period.to;
  return { ...period, from, to };
}

/** The problems a user can fix before saving, in the order the fields appear (so the first one gets focus). */
export function skoleruteProblems(draft: SkoleruteDraft): SkoleruteProblems {
  const problems: SkoleruteProblems = {};
  for (const field of ['firstDay', 'lastDay', 'springStarts'] as const)
    if (!isIsoDate(draft[field])) problems[field] = 'missingDate';
  const { firstDay, lastDay, springStarts } = draft;
  if (!problems.firstDay && !problems.lastDay && lastDay <= firstDay) problems.lastDay = 'lastBeforeFirst';
  if (
    !problems.firstDay &&
    !problems.lastDay &&
    !problems.springStarts &&
    (springStarts <= firstDay || springStarts > lastDay)
  )
    problems.springStarts = 'springOutside';
  // The server takes closed days outside the year too; here they are most likely a mistyped year.
  const yearKnown = !problems.firstDay && !problems.lastDay;
  for (const p of draft.closed) {
    if (!p.name.trim()) problems[`closed.${p.key}.name`] = 'missingName';
    if (!isIsoDate(p.from)) problems[`closed.${p.key}.from`] = 'missingDate';
    else if (yearKnown && (p.from < firstDay || p.from > lastDay)) problems[`closed.${p.key}.from`] = 'outsideYear';
    if (!isIsoDate(p.to)) problems[`closed.${p.key}.to`] = 'missingDate';
    else if (isIsoDate(p.from) && p.to < p.from) problems[`closed.${p.key}.to`] = 'toBeforeFrom';
    else if (yearKnown && (p.to < firstDay || p.to > lastDay)) problems[`closed.${p.key}.to`] = 'outsideYear';
  }
  return problems;
}

/** The body for `PUT /api/schools/:id/calendar` (names trimmed, row keys dropped). */
export function draftToSkolerute(draft: SkoleruteDraft, schoolYear: number): Skolerute {
  return {
    schoolYear,
    firstDay: draft.firstDay,
    lastDay: draft.lastDay,
    springStarts: draft.springStarts,
    closed: draft.closed.map(({ name, from, to }) => ({ name: name.trim(), from, to })),
  };
}
