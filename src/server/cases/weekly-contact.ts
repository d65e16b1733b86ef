// The weekly contact of open cases (issue 21 item 5, decision 193), for the case page, the board and the
// reminders: loads what the pure rule (src/domain/ladder/weekly-contact.ts) needs — the case's ladder task at
// its level, the team's switch, its referrals, the pupil's contacts and the class's skolerute — for many cases
// in a few queries, in the caller's transaction (so under its row-level security).
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { isoWeekday } from '../../domain/calendar/dates';
import { storedCaseState } from '../../domain/ladder/case-machine';
import type { Ladder, RecurringContact } from '../../domain/ladder/ladder-schema';
import {
  contactPeriods,
  countsAsWeeklyContact,
  ladderWeeklyContact,
  weeklyContact,
  type WeeklyContact,
} from '../../domain/ladder/weekly-contact';
import type { Tx } from '../../db/create-db';
import { classCalendar } from '../absence/calendar';
import { pupilPlace } from '../absence/place';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { resolveLadder } from '../ladder/resolve-ladder';

/** The columns of a case the weekly contact reads. */
export type CaseForContact = {
  id: string;
  pupil_id: string;
  ladder: string;
  state: unknown;
  weekly_contact: boolean | null;
  weekly_contact_since: string | null;
};

/** A class's place in the school year, for its skolerute. */
type ClassPlace = { classId: string; schoolId: string; schoolYear: number };

export type CaseWeeklyContact = WeeklyContact & {
  /** The team's switch: null as the ladder says. */
  team: boolean | null;
  /** The ladder's weekly task at the case's level (whether it is left to the team), or null. */
  ladderTask: { teamDecides: boolean } | null;
};

/** Referrals the service has not answered: sent or received; those answered or closed end on their day. */
const ANSWERED = ['avsluttet', 'avvist'];

// Without a skolerute for the year, every weekday counts (better a gap too many than a missed week).
const WEEKDAYS: Pick<CompiledCalendar, 'indexOf'> = { indexOf: (d) => (isoWeekday(d) <= 5 ? 0 : -1) };

/**
 * The weekly contact of each open case given (closed cases are left out), by case id. `places`: the pupils' current
 * classes where the caller has them; the others are looked up.
 */
export async function weeklyContactsOf(
  tx: Tx,
  content: Content,
  cases: readonly CaseForContact[],
  today: string,
  places: ReadonlyMap<string, ClassPlace> = new Map(),
): Promise<Map<string, CaseWeeklyContact>> {
  const result = new Map<string, CaseWeeklyContact>();
  const open = cases.flatMap((c) => {
    const state = storedCaseState(c.state);
    return state.status === 'open' ? [{ c, levelSince: state.levelSince, level: state.level }] : [];
  });
  if (open.length === 0) return result;
  const ladders = new Map<string, Ladder | null>();
  for (const { c } of open)
    if (!ladders.has(c.ladder)) ladders.set(c.ladder, await resolveLadder(tx, content, c.ladder).catch(() => null));
  const referrals = await tx
    .selectFrom('case_referral')
    .select(['case_id', 'status', 'sent_on', 'answered_on', 'updated_at'])
    .where(
      'case_id',
      'in',
      open.map((o) => o.c.id),
    )
    .where('sent_on', 'is not', null)
    .where('status', '!=', 'under-arbeid')
    .execute();
  const planned = open.map(({ c, levelSince, level }) => {
    const ladder = ladders.get(c.ladder);
    const recurring: RecurringContact | null = ladder ? ladderWeeklyContact(ladder, level) : null;
    const team =
      c.weekly_contact === null ? null : { on: c.weekly_contact, since: c.weekly_contact_since ?? levelSince };
    const periods = contactPeriods({
      levelSince,
      recurring,
      team,
      referrals: referrals
        .filter((r) => r.case_id === c.id)
        .map((r) => ({
          sentOn: r.sent_on!,
          answeredOn: r.answered_on ?? (ANSWERED.includes(r.status) ? osloDate(new Date(r.updated_at)) : null),
        })),
    });
    return { c, recurring, periods };
  });
  // The contacts people logged for the pupils whose case owes one (the last contact is shown even when it is from before).
  const owing = [...new Set(planned.filter((p) => p.periods.length > 0).map((p) => p.c.pupil_id))];
  const contacts =
    owing.length === 0
      ? []
      : await tx
          .selectFrom('contact_log')
          .select(['pupil_id', 'contacted_at', 'with_whom'])
          .where('pupil_id', 'in', owing)
          // A line Nærvær wrote itself (the same-day notice to guardians) is no one's contact with the home.
          .where('recorded_by', 'is not', null)
          .execute();
  const calendars = new Map<string, Pick<CompiledCalendar, 'indexOf'>>();
  for (const { c, recurring, periods } of planned) {
    let calendar: Pick<CompiledCalendar, 'indexOf'> = WEEKDAYS;
    if (periods.length > 0) {
      const place = places.get(c.pupil_id) ?? (await pupilPlace(tx, c.pupil_id).catch(() => null));
      if (place) {
        const key = `${place.classId}:${place.schoolYear}`;
        if (!calendars.has(key))
          calendars.set(
            key,
            await classCalendar(tx, place).then(
              (k) => k.calendar,
              () => WEEKDAYS,
            ),
          );
        calendar = calendars.get(key)!;
      }
    }
    const parties = recurring?.with;
    const contactDays = contacts
      .filter((k) => k.pupil_id === c.pupil_id && countsAsWeeklyContact(k.with_whom, parties))
      .map((k) => osloDate(new Date(k.contacted_at)));
    result.set(c.id, {
      ...weeklyContact({ periods, calendar, contactDays, today }),
      team: c.weekly_contact,
      ladderTask: recurring ? { teamDecides: recurring.teamDecides } : null,
    });
  }
  return result;
}
