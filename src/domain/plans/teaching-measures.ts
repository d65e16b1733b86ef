import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../calendar/dates';
import type { Plan } from './plan-schema';

// Measures that reach every lesson (issue 21 item 4, decisions 190–191): the measures of an active plan
// marked «Gjelder i undervisningen» are shown to the pupil's teachers as short notes, and each teacher may
// confirm, once a day, that a measure was followed. The evaluation counts the school days on which it was.

/** A measure of a plan as the teachers see it: its id in the plan and the short note. */
export type TeachingNote = { measureId: string; note: string };

/** The measures of a plan marked for the teaching staff, each with its note (the teachers' wording, or the measure's own). */
export function teachingNotes(plan: Plan): TeachingNote[] {
  const items =
    plan.kind === 'tiltaksplan'
      ? plan.measures.map((m) => ({
          id: m.id,
          forTeaching: m.forTeaching,
          teacherNote: m.teacherNote,
          text: m.description,
        }))
      : plan.kind === 'samarbeidsavtale'
        ? plan.rows.map((r) => ({ id: r.id, forTeaching: r.forTeaching, teacherNote: r.teacherNote, text: r.measure }))
        : [];
  return items
    .filter((m) => m.forTeaching === true)
    .map((m) => ({ measureId: m.id, note: (m.teacherNote?.trim() || m.text.trim()).slice(0, 200) }))
    .filter((m) => m.note !== '');
}

/** How often a measure was confirmed followed: on `days` of the `schoolDays` from `since` up to today. */
export type FollowedCount = { days: number; schoolDays: number; since: string };

/**
 * Counts the school days from `since` to `today` (both included) in the pupil's skolerute, and how many of
 * them have at least one confirmation. A confirmation on a closed day or outside the period does not count:
 * the figure is «fulgt N av M skoledager», and a day can only be counted once however many teachers confirm.
 */
export function countFollowed(
  calendar: CompiledCalendar,
  since: string,
  today: string,
  confirmedOn: readonly string[],
): FollowedCount {
  const from = parseIsoDate(since);
  const to = parseIsoDate(today);
  if (from === null || to === null || to < from) return { days: 0, schoolDays: 0, since };
  const first = calendar.firstIndexOnOrAfter(from);
  const last = calendar.lastIndexOnOrBefore(to);
  const schoolDays = Math.max(0, last - first + 1);
  const counted = new Set<string>();
  for (const date of confirmedOn) {
    const day = parseIsoDate(date);
    if (day === null || day < from || day > to || calendar.indexOf(day) < 0) continue;
    counted.add(formatIsoDate(day));
  }
  return { days: counted.size, schoolDays, since };
}
