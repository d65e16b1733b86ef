import type { Alert, ConditionResult } from './engine';
import type { EventRule } from './profile-schema';
import { selectorsOf } from './profile-schema';
import { norwegianDate, norwegianDayMonth } from '../calendar/dates';

// Every alert says why in plain Norwegian: the rule, the window, the value against the threshold.

function noun(rule: EventRule, index: number, value: number): string {
  const condition = rule.conditions[index]!;
  if (condition.measure === 'schoolDays') return value === 1 ? 'skoledag med fravær' : 'skoledager med fravær';
  const kinds = new Set(selectorsOf(condition).flatMap((s) => s.kinds));
  if (kinds.size === 1 && kinds.has('day')) return value === 1 ? 'hel fraværsdag' : 'hele fraværsdager';
  if (kinds.size === 1 && kinds.has('lesson')) return value === 1 ? 'time' : 'timer';
  if (kinds.size === 1 && kinds.has('late')) return value === 1 ? 'forsentkomming' : 'forsentkomminger';
  if (kinds.size === 1 && kinds.has('left')) return value === 1 ? 'gang forlatt skolen' : 'ganger forlatt skolen';
  return value === 1 ? 'fraværsregistrering' : 'fraværsregistreringer';
}

function formatNumber(n: number): string {
  return String(n).replace('.', ',');
}

function describe(rule: EventRule, index: number, r: ConditionResult): string {
  const cmp = r.comparator === '>' ? 'mer enn' : 'minst';
  if (r.measure === 'share')
    return `${formatNumber(r.value)} % av skoletiden (grense: ${cmp} ${formatNumber(r.threshold)} %)`;
  const subject = r.subjects && r.subjects.length > 0 ? ` i ${r.subjects.join(', ')}` : '';
  return `${r.value} ${noun(rule, index, r.value)}${subject} (grense: ${cmp} ${r.threshold})`;
}

/** «i …» the window: «de siste 14 dagene (01.11.2026–14.11.2026)», «løpet av den siste måneden (04.01.–03.02.)». */
function windowPhrase(window: EventRule['window'], fromIso: string, toIso: string, from: string, to: string): string {
  switch (window.type) {
    case 'days':
      return `de siste ${window.days} dagene (${from}–${to})`;
    case 'rollingMonth': {
      // Within one year the year is left out, as people write it: «(04.01.–03.02.)».
      const sameYear = fromIso.slice(0, 4) === toIso.slice(0, 4);
      const short = `${norwegianDayMonth(fromIso)}–${norwegianDayMonth(toIso)}`;
      return `løpet av den siste måneden (${sameYear ? short : `${from}–${to}`})`;
    }
    case 'month':
      return `kalendermåneden så langt (${from}–${to})`;
    case 'semester':
      return `semesteret så langt (${from}–${to})`;
  }
}

/** The Norwegian sentence saying why an alert holds. */
export function explainAlert(rule: EventRule, alert: Alert): string {
  const from = norwegianDate(alert.window.from);
  const to = norwegianDate(alert.window.to);
  const window = windowPhrase(rule.window, alert.window.from, alert.window.to, from, to);
  const parts = alert.conditions.map((r, i) => ({ r, text: describe(rule, i, r) })).filter((x) => x.r.holds);
  return `«${rule.title}»: ${parts.map((p) => p.text).join(' og ')} i ${window}, ${alert.window.schoolDays} ${alert.window.schoolDays === 1 ? 'skoledag' : 'skoledager'}.`;
}
