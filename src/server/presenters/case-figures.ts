// The school's case figures as sections of a review's export (decisions 142, 155): the same rows, in the same order,
// as the screen's «Oppfølging av bekymringer» and «Henvisninger som venter»; days as whole numbers, «–» where a
// month has none to measure.
import type { SchoolCaseFiguresResponse } from '../../contract/case-figures';
import type { Cell } from '../xlsx/write-xlsx';
import type { ReviewSection } from './reviews';

/** The referral services' names, as the case screen writes them. */
export const SERVICE_NAMES: Record<string, string> = {
  ppt: 'PPT',
  bup: 'BUP',
  barnevern: 'Barneverntjenesten',
  helsestasjon: 'Helsestasjonen',
  fastlege: 'Fastlegen',
  kommunepsykolog: 'Kommunepsykolog',
  spesialisthelsetjeneste: 'Spesialisthelsetjenesten',
};

const MONTHS = ['jan.', 'feb.', 'mars', 'april', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
/** «nov. 2026» for 2026-11. */
export const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

type Period = SchoolCaseFiguresResponse['year'];
const orDash = (n: number | null): Cell => n ?? '–';

/** The rows of the month table: label, then each month, then the school year so far. */
export function caseFigureRows(f: SchoolCaseFiguresResponse): Cell[][] {
  const periods: Period[] = [...f.months, f.year];
  const row = (label: string, pick: (p: Period) => Cell): Cell[] => [label, ...periods.map(pick)];
  const sum = (p: Period, key: 'new' | 'ongoing') => p.casesByLevel.reduce((n, l) => n + l[key], 0);
  return [
    row('Elever med bekymring', (p) => p.pupilsWithConcern),
    row('Nye saker', (p) => sum(p, 'new')),
    row('Pågående saker', (p) => sum(p, 'ongoing')),
    row('Nye bekymringer', (p) => p.concernsBegun),
    row('Kontakt med hjemmet', (p) => p.toContact.count),
    row('Dager til kontakt, median', (p) => orDash(p.toContact.median)),
    row('Dager til kontakt, 8 av 10 innen', (p) => orDash(p.toContact.p80)),
    row('Venter på kontakt', (p) => p.waitingForContact.count),
    row('Venter på kontakt, lengste (dager)', (p) => orDash(p.waitingForContact.longest)),
    row('Sak opprettet', (p) => p.toCase.count),
    row('Dager til sak, median', (p) => orDash(p.toCase.median)),
    row('Dager til sak, 8 av 10 innen', (p) => orDash(p.toCase.p80)),
    row('Evaluert innen datoen', (p) => p.evaluations.onTime),
    row('Evaluert etter datoen', (p) => p.evaluations.late),
    row('Utfall: løst', (p) => p.outcomes.solved),
    row('Utfall: bedre', (p) => p.outcomes.better),
    row('Utfall: trenger mer', (p) => p.outcomes.moreNeeded),
  ];
}

/** The referrals waiting today, one row per service with any. */
export function referralRows(f: SchoolCaseFiguresResponse): Cell[][] {
  return f.referralsWaiting
    .filter((r) => r.count > 0)
    .map((r) => [SERVICE_NAMES[r.service] ?? r.service, r.count, orDash(r.median), orDash(r.longest)]);
}

export function caseFigureSections(f: SchoolCaseFiguresResponse): ReviewSection[] {
  return [
    {
      heading: 'Oppfølging av bekymringer per måned',
      columns: ['', ...f.months.map((m) => monthLabel(m.month)), 'Skoleåret så langt'],
      rows: [...caseFigureRows(f), ['Evalueringer på overtid i dag', ...f.months.map(() => ''), f.overdueEvaluations]],
    },
    {
      heading: 'Henvisninger som venter på svar',
      columns: ['Tjeneste', 'Henvisninger', 'Median (dager)', 'Lengste (dager)'],
      rows: referralRows(f),
      empty: 'Ingen henvisninger venter på svar.',
    },
  ];
}
