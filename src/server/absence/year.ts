// A pupil's absence this school year as the pupil page shows it: the calendar (school days with their
// lessons, the days the school is closed), every event of the year, and the figures so far. One
// computation for every reader: the school's pupil page and the guardians' view of their child (decision
// 129) both call this, so their totals cannot differ.
import type { Selectable } from 'kysely';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { diplomaFigures } from '../../domain/absence/diploma';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { classCalendar } from './calendar';
import { loadPupilEvents } from './evaluate-pupil';
import type { PupilPlace } from './place';

export async function absenceYear(tx: Tx, place: PupilPlace, today: string) {
  const { calendar } = await classCalendar(tx, place);
  const events: Selectable<Database['absence_event']>[] = await loadPupilEvents(
    tx,
    place.pupilId,
    calendar.source.firstDay,
    calendar.source.lastDay,
  );
  const closedDays: { date: string; reason: string }[] = [];
  for (let d = calendar.firstDay; d <= calendar.lastDay; d++) {
    const reason = calendar.closedReason(d);
    if (reason && !/lørdag|søndag/.test(reason)) closedDays.push({ date: formatIsoDate(d), reason });
  }
  return {
    calendar,
    events,
    presentedCalendar: {
      firstDay: calendar.source.firstDay,
      lastDay: calendar.source.lastDay,
      schoolDays: Array.from(calendar.days, (d, i) => ({ date: formatIsoDate(d), lessons: calendar.lessons[i]! })),
      closedDays,
    },
    // The figures so far: school days up to today, and the absence that has happened (not leave granted ahead).
    diploma:
      place.trinn >= 8
        ? {
            schoolDays: calendar.lastIndexOnOrBefore(parseIsoDate(today)!) + 1,
            ...diplomaFigures(events.filter((e) => e.date <= today)),
          }
        : null,
  };
}
