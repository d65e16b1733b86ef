import { norwegianDate } from '../domain/calendar/dates';
import type { Pupil } from './api';

/**
 * "2012-03-05" → "05.03.2012": the domain's one Norwegian date (decision 171), so a screen writes a date as the
 * alert's explanation, the plan's title and the letter do. Plain string work: a birth date has no time zone.
 * Anything but a plain date (a timestamp among them) is left as it is.
 */
export function formatDate(isoDate: string): string {
  return PLAIN_DATE.test(isoDate) ? norwegianDate(isoDate) : isoDate;
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Norwegian alphabetical order (æ, ø, å last) by last name, then first name; the id breaks ties. */
export function compareByName(
  a: Pick<Pupil, 'firstName' | 'lastName' | 'id'>,
  b: Pick<Pupil, 'firstName' | 'lastName' | 'id'>,
): number {
  return (
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Norwegian alphabetical order of class names ("2A" before "10A"). */
export function compareClassNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** "Nordmann, Kari" — the form class lists use. */
export function pupilName(pupil: Pick<Pupil, 'firstName' | 'lastName'>): string {
  return `${pupil.lastName}, ${pupil.firstName}`;
}

/** An ISO instant → "24.11.2026 kl. 08.15" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${norwegianDate(day)} kl. ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** An ISO instant → "24.11.2026", its day in the browser's time zone. */
export function formatDayOf(iso: string): string {
  return formatDateTime(iso).split(' ')[0]!;
}

/** An ISO instant → "08.15" in the browser's time zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

const weekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "2026-11-24" → "tirsdag". */
export function weekdayName(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return weekdays[(day + 6) % 7] ?? '';
}

/** "Kari Nordmann" — the form running text uses. */
export function fullName(pupil: Pick<Pupil, 'firstName' | 'lastName'>): string {
  return `${pupil.firstName} ${pupil.lastName}`;
}
