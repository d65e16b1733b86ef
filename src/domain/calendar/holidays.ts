import { epochDayOf } from './dates';
import type { EpochDay } from './dates';

export interface PublicHoliday {
  day: EpochDay;
  name: string;
}

/** Easter Sunday of a year (Gregorian computus, the anonymous algorithm of 1876). */
export function easterSunday(year: number): EpochDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

/** Norwegian public holidays (helligdager and 1 and 17 May) of a year, by law; Sundays are closed anyway. */
export function norwegianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  return [
    { day: epochDayOf(year, 1, 1), name: '1. nyttårsdag' },
    { day: easter - 3, name: 'Skjærtorsdag' },
    { day: easter - 2, name: 'Langfredag' },
    { day: easter, name: '1. påskedag' },
    { day: easter + 1, name: '2. påskedag' },
    { day: epochDayOf(year, 5, 1), name: 'Offentlig høytidsdag (1. mai)' },
    { day: epochDayOf(year, 5, 17), name: 'Grunnlovsdag (17. mai)' },
    { day: easter + 39, name: 'Kristi himmelfartsdag' },
    { day: easter + 49, name: '1. pinsedag' },
    { day: easter + 50, name: '2. pinsedag' },
    { day: epochDayOf(year, 12, 25), name: '1. juledag' },
    { day: epochDayOf(year, 12, 26), name: '2. juledag' },
  ].sort((x, y) => x.day - y.day);
}
