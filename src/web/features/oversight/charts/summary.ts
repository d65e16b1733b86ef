import type { TFunction } from 'i18next';
import { formatList, formatNumber } from '../../../format';

// The text summaries beside every chart (issue 19 item 4, decision 159): one or two sentences a screen reader
// reads instead of the drawing, built from the same figures. Pure: the texts come through `t`.

/** A value on a chart's category axis; `null` is a suppressed figure («under 5»), drawn as a gap. */
export type Point = { label: string; value: number | null };

/** One decimal with a Norwegian comma and a per cent sign: «4,2 %». */
export const percentText = (t: TFunction, n: number) =>
  t('charts.percent', { value: formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

/** «mars, april og mai». */
const list = (labels: string[]) => formatList(labels);

const shown = (points: Point[]) => points.filter((p): p is { label: string; value: number } => p.value !== null);

/** The first highest and the first lowest point (months in order, so ties name the earliest). */
function extremes(points: { label: string; value: number }[]) {
  let high = points[0]!;
  let low = points[0]!;
  for (const p of points) {
    if (p.value > high.value) high = p;
    if (p.value < low.value) low = p;
  }
  return { high, low };
}

/** The sentence on the hidden points: they are gaps, never zero. Empty when none is hidden. */
export function hiddenSentence(t: TFunction, points: Point[]): string {
  const hidden = points.filter((p) => p.value === null).map((p) => p.label);
  return hidden.length ? t('charts.hidden', { count: hidden.length, labels: list(hidden) }) : '';
}

/**
 * A series over time: «Andelen fravær var høyest i mars (4,2 %) og lavest i august (1,0 %).», then which points
 * are hidden.
 */
export function seriesSummary(t: TFunction, points: Point[]): string {
  if (points.length === 0) return t('charts.noData');
  const values = shown(points);
  if (values.length === 0) return t('charts.allHidden');
  const subject = t('charts.shareSubject');
  const { high, low } = extremes(values);
  const first =
    values.length === 1
      ? t('charts.highOnly', { subject, value: percentText(t, high.value), label: high.label })
      : t('charts.highLow', {
          subject,
          high: high.label,
          highValue: percentText(t, high.value),
          low: low.label,
          lowValue: percentText(t, low.value),
        });
  return [first, hiddenSentence(t, points)].filter(Boolean).join(' ');
}

/** This school year against the one before, month by month where both are published. */
export function compareSummary(t: TFunction, thisYear: (number | null)[], lastYear: (number | null)[]): string {
  const both = thisYear.flatMap((v, i) => {
    const before = lastYear[i];
    return v === null || before === null || before === undefined ? [] : [{ now: v, before }];
  });
  if (both.length === 0) return t('charts.compareNone');
  return t('charts.compareLower', { count: both.filter((m) => m.now < m.before).length, of: both.length });
}

/** Schools (or any groups) compared in one month: the highest and the lowest, then the hidden. */
export function groupsSummary(t: TFunction, points: Point[]): string {
  if (points.length === 0) return t('charts.noData');
  const values = shown(points);
  if (values.length === 0) return t('charts.allHidden');
  const { high, low } = extremes(values);
  const first =
    values.length === 1
      ? t('charts.groupOnly', { label: high.label, value: percentText(t, high.value) })
      : t('charts.schoolsHigh', {
          high: high.label,
          highValue: percentText(t, high.value),
          low: low.label,
          lowValue: percentText(t, low.value),
        });
  return [first, hiddenSentence(t, points)].filter(Boolean).join(' ');
}

/** Movement per trinn over one band: where most pupils went under it (progress first), and where most went over. */
export function movementSummary(
  t: TFunction,
  rows: { label: string; below: number; above: number }[],
  band: number,
): string {
  const most = (key: 'below' | 'above') =>
    rows.reduce<(typeof rows)[number] | undefined>((m, r) => (r[key] > (m?.[key] ?? 0) ? r : m), undefined);
  const below = most('below');
  const above = most('above');
  return [
    below
      ? t('charts.movementMost', { band, label: below.label, count: below.below })
      : t('charts.movementNone', { band }),
    above
      ? t('charts.movementAbove', { band, label: above.label, count: above.above })
      : t('charts.movementAboveNone', { band }),
  ].join(' ');
}
