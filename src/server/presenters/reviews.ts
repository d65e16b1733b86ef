// A review as a document for export (decision 142): a title and sections of tables, the same figures the screen
// shows in the same order. `reviewXlsxRows` writes numbers as numbers (a spreadsheet sums them); `reviewPdf` prints
// them as the screen does, in Norwegian (8,6 %, 26.11.2026).
import { norwegianDate } from '../../domain/calendar/dates';
import type {
  MovementReviewResponse,
  MovementRow,
  ReviewFigures,
  TrinnMeetingResponse,
  WeeklyReviewResponse,
} from '../../contract/reviews';
import { renderPdf, type PdfBlock, type PdfLayoutBlock } from '../pdf/document';
import type { Cell } from '../xlsx/write-xlsx';
import { caseFigureSections } from './case-figures';

export type ReviewSection = { heading: string; columns: string[]; rows: Cell[][]; empty?: string };
export type ReviewDocument = { title: string; subtitle: string; fileBase: string; sections: ReviewSection[] };

const date = (iso: string | null) => (iso ? norwegianDate(iso) : '–');
const levels = (rows: { level: number; new: number; ongoing: number }[]): ReviewSection => ({
  heading: 'Saker etter nivå i tiltakstrappen',
  columns: ['Nivå', 'Nye', 'Pågående', 'Til sammen'],
  rows: rows.map((r) => [`Nivå ${r.level}`, r.new, r.ongoing, r.new + r.ongoing]),
});

/** The weekly review's figure rows, one column per week: the screen's table, row for row. */
export function weeklyFigureRows(review: WeeklyReviewResponse): Cell[][] {
  const per = (label: string, pick: (f: ReviewFigures) => number) => [
    label,
    ...review.weeks.map((w) => pick(w.figures)),
  ];
  return [
    per('Elever', (f) => f.pupils),
    per('Fravær, andel av skoletiden (%)', (f) => f.sharePercent),
    per('Dokumentert (%)', (f) => f.documentedPercent),
    per('Udokumentert (%)', (f) => f.undocumentedPercent),
    per('Hele dager', (f) => f.absentDays),
    per('Enkelttimer', (f) => f.absentLessons),
    per('Forsentkomminger', (f) => f.lateArrivals),
    ...review.bands.map((band, i) => per(`Elever over ${band} %`, (f) => f.above[i] ?? 0)),
  ];
}

export function weeklyDocument(review: WeeklyReviewResponse): ReviewDocument {
  const week = review.weeks.at(-1)!;
  return {
    title: `Ukegjennomgang i ledergruppa – ${review.school.name}, uke ${week.week}`,
    subtitle: `Denne uka mot de fire før, til og med ${date(review.today)}`,
    fileBase: `ukegjennomgang ${review.school.name} uke ${week.week} ${week.year}`,
    sections: [
      {
        heading: 'Fravær per uke',
        columns: ['', ...review.weeks.map((w) => `Uke ${w.week}`)],
        rows: weeklyFigureRows(review),
      },
      levels(review.casesByLevel),
      {
        heading: 'Evalueringer på overtid',
        columns: ['Elev', 'Klasse', 'Nivå', 'Skulle evalueres'],
        rows: review.overdueEvaluations.map((c) => [c.pupilName, c.className, c.level, date(c.evaluationDue)]),
        empty: 'Ingen evalueringer på overtid.',
      },
      {
        heading: 'Elever med bekymring uten sak',
        columns: ['Elev', 'Klasse', 'Bekymring', 'Fra'],
        rows: review.concernsWithoutCase.map((c) => [c.pupilName, c.className, c.ruleTitle, date(c.startedOn)]),
        empty: 'Ingen elever med bekymring uten sak.',
      },
      ...caseFigureSections(review.caseFigures),
    ],
  };
}

export function trinnDocument(meeting: TrinnMeetingResponse): ReviewDocument {
  return {
    title: `Trinnmøte – ${meeting.trinn}. trinn, ${meeting.school.name}`,
    subtitle: `${date(meeting.today)}. Nytt siden forrige møte ${date(meeting.since)}.${meeting.partial ? ' Bare klassene du har tilgang til.' : ''}`,
    fileBase: `trinnmote ${meeting.school.name} ${meeting.trinn}-trinn ${meeting.today}`,
    sections: [
      {
        heading: 'Elever med bekymring',
        columns: ['Elev', 'Klasse', 'Ny siden sist', 'Bekymring', 'Sak', 'Neste steg', 'Frist'],
        rows: meeting.pupils.map((p) => [
          p.pupilName,
          p.className,
          p.isNew ? 'Ny' : '',
          p.ruleTitle ? `${p.ruleTitle} (fra ${date(p.concernSince)})` : '–',
          p.level === null ? 'Ingen sak' : `Nivå ${p.level}`,
          p.nextStep ?? '–',
          date(p.nextStepDue),
        ]),
        empty: 'Ingen elever med bekymring på trinnet.',
      },
    ],
  };
}

const movementSection = (heading: string, rows: MovementRow[]): ReviewSection => ({
  heading,
  columns: [
    '',
    'Elever',
    'Før (%)',
    'Nå (%)',
    ...[5, 10, 20].flatMap((b) => [`Under ${b} % nå (fremgang)`, `Over ${b} % nå`]),
  ],
  rows: rows.map((r) => [
    r.label,
    r.pupils,
    r.beforePercent,
    r.afterPercent,
    ...r.bands.flatMap((b) => [b.movedBelow, b.movedAbove]),
  ]),
});

export function movementDocument(review: MovementReviewResponse): ReviewDocument {
  const name = review.kind === 'maned' ? 'Månedsgjennomgang i ressursteamet' : 'Semestergjennomgang';
  return {
    title: `${name} – ${review.school.name}`,
    subtitle: `Før: ${date(review.before.from)}–${date(review.before.to)}. Nå: ${date(review.after.from)}–${date(review.after.to)}.`,
    fileBase: `${review.kind === 'maned' ? 'manedsgjennomgang' : 'semestergjennomgang'} ${review.school.name} ${review.today}`,
    sections: [
      movementSection('Skolen', [review.total]),
      movementSection('Per trinn', review.trinn),
      movementSection('Per klasse', review.classes),
      levels(review.casesByLevel),
      ...caseFigureSections(review.caseFigures),
    ],
  };
}

/** The document as the rows of one sheet: title, subtitle, then each section's heading, columns and rows. */
export function reviewXlsxRows(doc: ReviewDocument): Cell[][] {
  return [
    [doc.title],
    [doc.subtitle],
    ...doc.sections.flatMap((s): Cell[][] => [
      [],
      [s.heading],
      s.columns,
      ...(s.rows.length ? s.rows : [[s.empty ?? '–']]),
    ]),
  ];
}

const shown = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : cell);

export function reviewPdf(doc: ReviewDocument, createdAt: Date): Promise<Uint8Array> {
  const blocks: (PdfBlock | PdfLayoutBlock)[] = [{ kind: 'paragraph', text: doc.subtitle }];
  for (const s of doc.sections) {
    blocks.push({ kind: 'heading', text: s.heading });
    if (s.rows.length === 0) blocks.push({ kind: 'paragraph', text: s.empty ?? '–' });
    else blocks.push({ kind: 'table', columns: s.columns, rows: s.rows.map((r) => r.map(shown)) });
  }
  return renderPdf({ title: doc.title, blocks, footer: doc.title, createdAt });
}
