import { norwegianDate } from '../domain/calendar/dates';
import { isLanguage, type Language } from '../domain/language/language';
import type { Pupil } from './api';

// Dates, times and numbers in the reader's language (decision 176). Bokmål and nynorsk write Språkrådet's
// «05.03.2026» and «kl. 08.15» (decision 171, the domain's norwegianDate); English writes what Intl's en-GB
// gives with the month's short name, «5 Mar 2026» and «08:15», which no reader can take for 3 May. The
// language is the app's (set by i18n on every change, ./i18n/index.ts); a test passes it explicitly.
// Collation stays Norwegian in every language: the names are Norwegian.

let current: Language = 'nb';

/** The language dates and numbers are written in from now on (i18n's languageChanged); unknown → bokmål. */
export function setFormatLanguage(language: string): void {
  current = isLanguage(language) ? language : 'nb';
}

/** Languages that write dates and times the Norwegian way, DD.MM.YYYY and HH.MM. */
const NORWEGIAN_STYLE: ReadonlySet<string> = new Set(['nb', 'nn']);

/** The Intl locale of a language; one whose locale the engine lacks (Chromium has no nn data) borrows bokmål's. */
const INTL_LOCALE: Partial<Record<Language, { tag: string; fallback?: string }>> = {
  nb: { tag: 'nb-NO' },
  nn: { tag: 'nn-NO', fallback: 'nb-NO' },
  en: { tag: 'en-GB' },
};

const supported = new Map<string, boolean>();
function intlLocale(language: Language): string {
  const { tag, fallback } = INTL_LOCALE[language] ?? { tag: language };
  if (!fallback) return tag;
  let has = supported.get(tag);
  if (has === undefined) {
    has = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    supported.set(tag, has);
  }
  return has ? tag : fallback;
}

/** Names Intl cannot give where the engine lacks the locale's data (Chromium has no nynorsk): Monday first. */
const WEEKDAYS: Partial<Record<Language, readonly string[]>> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
};
const NORWEGIAN_MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;
const MONTHS: Partial<Record<Language, readonly string[]>> = { nb: NORWEGIAN_MONTHS, nn: NORWEGIAN_MONTHS };

/** Whether Intl has the language's own data (not a fallback's), so its names can be asked for. */
function hasOwnData(language: Language): boolean {
  const { tag } = INTL_LOCALE[language] ?? { tag: language };
  return intlLocale(language) === tag && Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
}

/**
 * "2012-03-05" → "05.03.2012" in bokmål and nynorsk: the domain's one Norwegian date (decision 171), so a screen
 * writes a date as the alert's explanation, the plan's title and the letter do; "5 Mar 2012" in English.
 * Plain string work for Norwegian: a birth date has no time zone. Anything but a plain date (a timestamp among
 * them) is left as it is.
 */
export function formatDate(isoDate: string, language: Language = current): string {
  if (!PLAIN_DATE.test(isoDate)) return isoDate;
  if (NORWEGIAN_STYLE.has(language)) return norwegianDate(isoDate);
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDay(isoDate));
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function utcDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A number as the language writes it (Intl.NumberFormat): «1 234,5» in bokmål and nynorsk, «1,234.5» in English. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions, language: Language = current): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(n);
}

/** «a, b og c» / «a, b and c» (Intl.ListFormat). */
export function formatList(items: readonly string[], language: Language = current): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

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

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → "24.11.2026 kl. 08.15" (English: "24 Nov 2026, 08:15") in the browser's time zone. */
export function formatDateTime(iso: string, language: Language = current): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDayOf(iso, language)}${NORWEGIAN_STYLE.has(language) ? ' kl.' : ','} ${formatTime(iso, language)}`;
}

/** An ISO instant → "24.11.2026" (English: "24 Nov 2026"), its day in the browser's time zone. */
export function formatDayOf(iso: string, language: Language = current): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, language);
}

/** An ISO instant → "08.15" (English: "08:15") in the browser's time zone. */
export function formatTime(iso: string, language: Language = current): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getHours())}${NORWEGIAN_STYLE.has(language) ? '.' : ':'}${pad(date.getMinutes())}`;
}

/** "2026-11-24" → "tirsdag" (nynorsk "tysdag", English "Tuesday"). */
export function weekdayName(isoDate: string, language: Language = current): string {
  if (!PLAIN_DATE.test(isoDate)) return '';
  const date = utcDay(isoDate);
  const own = WEEKDAYS[language];
  if (own && !hasOwnData(language)) return own[(date.getUTCDay() + 6) % 7] ?? '';
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** Month 1–12 → "mars" (English "March"). */
export function monthName(month: number, language: Language = current): string {
  const own = MONTHS[language];
  if (own && !hasOwnData(language)) return own[month - 1] ?? '';
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, month - 1, 1)),
  );
}

/** "Kari Nordmann" — the form running text uses. */
export function fullName(pupil: Pick<Pupil, 'firstName' | 'lastName'>): string {
  return `${pupil.firstName} ${pupil.lastName}`;
}
