// A typical Norwegian skolerute for a school year, used for the demo and as the starting point a school
// edits: start in the week of 18 August, høstferie in ISO week 40, juleferie from 21 December to
// 2 January, vinterferie in ISO week 8, påskeferie from the Monday before Easter, last day around
// 19 June, one planning day (planleggingsdag) after høstferie. Public holidays are added by the calendar.
import { civilOf, epochDayOf, formatIsoDate, isoWeekday, type EpochDay } from '../calendar/dates';
import { easterSunday } from '../calendar/holidays';

export type Skolerute = {
  schoolYear: string;
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: { from: string; to: string; name: string }[];
};

/** Monday of ISO week `week` in `year`. */
function isoWeekMonday(year: number, week: number): EpochDay {
  const jan4 = epochDayOf(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + (week - 1) * 7;
}

function mondayOnOrAfter(day: EpochDay): EpochDay {
  const wd = isoWeekday(day);
  return wd === 1 ? day : day + (8 - wd);
}

function fridayOnOrBefore(day: EpochDay): EpochDay {
  const wd = isoWeekday(day);
  return wd === 5 ? day : wd > 5 ? day - (wd - 5) : day - (wd + 2);
}

/** The default skolerute for the school year starting in August of `startYear`. */
export function defaultSkolerute(startYear: number): Skolerute {
  const y2 = startYear + 1;
  const first = mondayOnOrAfter(epochDayOf(startYear, 8, 15));
  const last = fridayOnOrBefore(epochDayOf(y2, 6, 20));
  const autumn = isoWeekMonday(startYear, 40);
  const winter = isoWeekMonday(y2, 8);
  const easter = easterSunday(y2);
  const range = (from: EpochDay, to: EpochDay, name: string) => ({
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    name,
  });
  return {
    schoolYear: `${startYear}-${y2}`,
    firstDay: formatIsoDate(first),
    lastDay: formatIsoDate(last),
    springStarts: formatIsoDate(epochDayOf(y2, 1, 1)),
    closed: [
      range(autumn, autumn + 4, 'Høstferie'),
      range(autumn + 7, autumn + 7, 'Planleggingsdag'),
      range(epochDayOf(startYear, 12, 21), epochDayOf(y2, 1, 2), 'Juleferie'),
      range(winter, winter + 4, 'Vinterferie'),
      range(easter - 6, easter + 1, 'Påskeferie'),
    ],
  };
}

/** The starting year of the school year containing a date (a new school year begins 1 August). */
export function schoolYearStarting(date: EpochDay): number {
  const c = civilOf(date);
  return c.month >= 8 ? c.year : c.year - 1;
}
