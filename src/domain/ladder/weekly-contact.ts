// The weekly contact (issue 21 item 5, decision 193): «Kontaktlærer har ukentlig kontakt med eleven/heimen»
// where the ladder and the team set it, and everyone's samtidighetsansvar while a referral waits (004 §5), as a
// recurring task the contact log closes. Nothing is stored per week: the weeks are worked out here from when the
// task applied, the school's skolerute and the contacts logged. Pure: `today` is an argument.
import type { CompiledCalendar } from '../calendar/calendar';
import { civilOf, epochDayOf, formatIsoDate, isoWeekday, parseIsoDate, type EpochDay } from '../calendar/dates';
import type { Ladder, RecurringContact } from './ladder-schema';
import { RECURRING_PARTIES } from './ladder-schema';

/** Why the weekly contact applies: the ladder's task at the case's level, the team's own choice, a waiting referral. */
export const WEEKLY_CONTACT_REASONS = ['ladder', 'team', 'referral'] as const;
export type WeeklyContactReason = (typeof WEEKLY_CONTACT_REASONS)[number];

/** A stretch of days (ISO dates, both ends included; `to` null: still applies) and why. */
export type ContactPeriod = { from: string; to: string | null; reason: WeeklyContactReason };

/** A week the task owed a contact: its Monday, its ISO week and year, and whether a contact closed it. */
export type ContactWeek = { monday: string; week: number; year: number; closed: boolean };

export type WeeklyContact = {
  /** Whether the task applies today (a period without an end, or one ending today or later). */
  applies: boolean;
  reasons: WeeklyContactReason[];
  /** The last contact with the pupil or the home on or before today, any week. */
  lastContactOn: string | null;
  /** The weeks that are over (Sunday before today) and had no contact: the gaps, oldest first. */
  gaps: ContactWeek[];
  /** Every week owed, the current one last (open until it is over), oldest first. */
  weeks: ContactWeek[];
};

/** The team's switch on the case: null until the team has said; `since` is when it was switched on. */
export type TeamChoice = { on: boolean; since: string } | null;

/**
 * The ladder's weekly contact at the case's level, or null. With `teamDecides` (the source's «dersom … formålstjenlig»)
 * only the team's «on» makes it apply; otherwise it applies from the level's start until the team says «off».
 */
export function ladderWeeklyContact(ladder: Ladder, level: number): RecurringContact | null {
  const found = ladder.levels.find((l) => l.level === level)?.tasks.find((t) => t.recurring);
  return found?.recurring ?? null;
}

/**
 * When the weekly contact applies to a case: the ladder's task (from the day the case reached its level, or from the
 * team's «on» when the ladder leaves it to the team), the team's own «on» on a ladder without one, and each waiting
 * referral from the day it was sent to the day it was answered. The team's «off» turns off the ladder's and its own
 * contact, never the samtidighetsansvar of a referral.
 */
export function contactPeriods(input: {
  levelSince: string;
  recurring: RecurringContact | null;
  team: TeamChoice;
  referrals: { sentOn: string; answeredOn: string | null }[];
}): ContactPeriod[] {
  const periods: ContactPeriod[] = [];
  const { levelSince, recurring, team } = input;
  if (team?.on) {
    const from = team.since > levelSince ? team.since : levelSince;
    periods.push({ from, to: null, reason: recurring ? 'ladder' : 'team' });
  } else if (recurring && !recurring.teamDecides && team === null)
    periods.push({ from: levelSince, to: null, reason: 'ladder' });
  for (const r of input.referrals) periods.push({ from: r.sentOn, to: r.answeredOn, reason: 'referral' });
  return periods;
}

const day = (iso: string): EpochDay => {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`Ugyldig dato: ${iso}`);
  return d;
};

function isoWeekOf(d: EpochDay): { week: number; year: number } {
  const thursday = d - isoWeekday(d) + 4;
  const year = civilOf(thursday).year;
  return { week: Math.floor((thursday - epochDayOf(year, 1, 1)) / 7) + 1, year };
}

/**
 * The weeks a weekly contact was owed and which of them a contact closed. A week is owed when the task applies on
 * its first school day by the skolerute (a week of holidays owes nothing; a task that starts on a Wednesday owes from
 * the next week); a contact on any day of that week (Monday to Sunday) closes it. The current week is not a gap
 * until it is over. Contacts are the days a contact with the pupil or the home was logged.
 */
export function weeklyContact(input: {
  periods: ContactPeriod[];
  calendar: Pick<CompiledCalendar, 'indexOf'>;
  contactDays: string[];
  today: string;
}): WeeklyContact {
  const today = day(input.today);
  const periods = input.periods.map((p) => ({ from: day(p.from), to: p.to === null ? null : day(p.to), p }));
  const appliesOn = (d: EpochDay) => periods.some((p) => p.from <= d && (p.to === null || d <= p.to));
  const contacts = new Set<EpochDay>();
  let lastContact: EpochDay | null = null;
  for (const c of input.contactDays) {
    const d = day(c);
    if (d > today) continue;
    contacts.add(d);
    if (lastContact === null || d > lastContact) lastContact = d;
  }
  const weeks: ContactWeek[] = [];
  const start = periods.reduce<EpochDay | null>((m, p) => (m === null || p.from < m ? p.from : m), null);
  if (start !== null) {
    const thisMonday = today - isoWeekday(today) + 1;
    for (let monday = start - isoWeekday(start) + 1; monday <= thisMonday; monday += 7) {
      let first: EpochDay | null = null;
      for (let d = monday; d < monday + 5 && d <= today; d++)
        if (input.calendar.indexOf(d) >= 0) {
          first = d;
          break;
        }
      if (first === null || !appliesOn(first)) continue;
      let closed = false;
      for (let d = monday; d < monday + 7; d++) if (contacts.has(d)) closed = true;
      weeks.push({ monday: formatIsoDate(monday), ...isoWeekOf(monday), closed });
    }
  }
  const applying = periods.filter((p) => p.to === null || p.to >= today);
  return {
    applies: applying.length > 0,
    reasons: [...new Set(applying.map((p) => p.p.reason))],
    lastContactOn: lastContact === null ? null : formatIsoDate(lastContact),
    gaps: weeks.filter((w) => !w.closed && day(w.monday) + 6 < today),
    weeks,
  };
}

/** Whether a contact in the log counts for the weekly contact: one of the parties named (the pupil, the home). */
export function countsAsWeeklyContact(
  withWhom: readonly string[],
  parties: readonly string[] = RECURRING_PARTIES,
): boolean {
  return withWhom.some((w) => parties.includes(w));
}
