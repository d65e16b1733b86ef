// The what-if of an edited rule profile (issue 19 item 5, decision 145): how many pupils would have had a
// concern under a draft, compared with the rules their school follows now, over the last eight weeks. The
// same engine as the alerts (alertEpisodes) replays each pupil's school year under both profiles; only event
// rules count, since an observation stands whatever the profile. Published per school with the kommune's
// total, each column suppressed as its own table (decision 128): the two columns count overlapping pupils,
// so no sum across them is published.
import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../calendar/dates';
import { hasEpisodeOverlapping } from '../absence/alert-episodes';
import type { AbsenceEvent } from '../rules/event-store';
import type { Profile } from '../rules/profile-schema';
import { type Published, suppressTable } from './suppression';

/** The what-if looks back this many weeks, today included. */
export const WHAT_IF_WEEKS = 8;

/** The first day of the what-if's period ending `today`: eight weeks of days, today the last. */
export function whatIfFrom(today: string): string {
  const day = parseIsoDate(today);
  if (day === null) throw new Error(`Ugyldig dato «${today}»`);
  return formatIsoDate(day - (WHAT_IF_WEEKS * 7 - 1));
}

/** Whether the pupil had an episode of an event rule of the profile on a day in [from, today]. */
export function hadConcern(
  profile: Profile,
  calendar: CompiledCalendar,
  events: readonly AbsenceEvent[],
  from: string,
  today: string,
): boolean {
  return hasEpisodeOverlapping(profile, calendar, events, from, today);
}

export type WhatIfCounts = { current: number; draft: number };
export type WhatIfPublished = {
  rows: { current: Published; draft: Published }[];
  total: { current: Published; draft: Published };
};

/** The per-school counts as the owner may see them: each column with its total, suppressed on its own. */
export function publishWhatIf(rows: readonly WhatIfCounts[]): WhatIfPublished {
  const current = suppressTable(rows.map((r) => [r.current]));
  const draft = suppressTable(rows.map((r) => [r.draft]));
  return {
    rows: rows.map((_, i) => ({ current: current.cells[i]![0]!, draft: draft.cells[i]![0]! })),
    total: { current: current.columnTotals[0] ?? 0, draft: draft.columnTotals[0] ?? 0 },
  };
}
