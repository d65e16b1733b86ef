// The months of a school year on a chart's axis: August first, so this year and the one before line up.

/** `YYYY-MM` → the month of the year, 1–12. */
export const monthOf = (month: string) => Number(month.slice(5, 7));

/** The months of the year (1–12) present in any of the lists, in school-year order (August … July). */
export function schoolYearMonths(...lists: string[][]): number[] {
  const order = (m: number) => (m + 4) % 12; // 8 → 0, 12 → 4, 1 → 5, 7 → 11
  return [...new Set(lists.flat().map(monthOf))].sort((a, b) => order(a) - order(b));
}

/** The `YYYY-MM` of month `m` (1–12) in the school year starting in `schoolYear`. */
export const monthIn = (schoolYear: number, m: number) =>
  `${m >= 8 ? schoolYear : schoolYear + 1}-${String(m).padStart(2, '0')}`;

/** Round axis ticks from 0 past `max`: at most five, in steps of ½, 1, 2, 5, 10 … (whole steps for counts). */
export function niceTicks(max: number, whole = false): number[] {
  const steps = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].filter((s) => !whole || s >= 1);
  const top = Math.max(max, whole ? 1 : 0.5);
  const step = steps.find((s) => Math.ceil(top / s) <= 4) ?? steps[steps.length - 1]!;
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}
