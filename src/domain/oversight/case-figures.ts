// The figures from the case side (issue 19 item 1, decision 155): per school and month of the school year, from the
// same rows the case screens show — the alerts (a concern is a pupil's alerts on overlapping days, as on the
// concern card), the contact log, the cases with the states their actions left, the referrals. Pupils with a
// concern, cases by level (new and ongoing), the days from a concern's first day to the first logged contact with
// the home and to an opened case, evaluations on time and late, their outcomes, overdue evaluations and the
// referrals waiting. Pure: the caller loads the rows (src/server/oversight/case-figures.ts) and suppresses what
// the school owner sees (owner-case-figures.ts, decision 128).
import { groupConcerns } from '../absence/concerns';
import { parseIsoDate } from '../calendar/dates';
import { isEvaluationOverdue } from '../ladder/evaluation-date';
import { REFERRAL_SERVICES, type ReferralService } from '../ladder/ladder-lists';

export const CASE_LEVELS = [0, 1, 2, 3] as const;

export type DateRange = { from: string; to: string };
export type MonthRange = DateRange & { month: string };

/** An alert that makes a concern: open or handled (not dismissed) and computed by the school's current rules. */
export type FigureAlert = { pupilId: string; startedOn: string; endedOn: string | null };
/** A logged contact with the home (not the automatic same-day notice), by its day. */
export type FigureContact = { pupilId: string; on: string };
/** A case's state after one of its actions, oldest first; the first is the opening. */
export type CaseStep = {
  on: string;
  type: string;
  outcome?: string | undefined;
  status: 'open' | 'closed';
  level: number;
  evaluationDue: string | null;
};
/** A case: its steps, and its status and evaluation date now (the case board's, which the review lists). */
export type FigureCase = {
  pupilId: string;
  openedOn: string;
  status: 'open' | 'closed';
  evaluationDue: string | null;
  steps: CaseStep[];
};
/** A referral waiting for the service: sent (or received by it), not answered, in an open case (decision 137). */
export type FigureReferral = { service: string; sentOn: string };

export type CaseFiguresInput = {
  alerts: readonly FigureAlert[];
  contacts: readonly FigureContact[];
  cases: readonly FigureCase[];
  referrals: readonly FigureReferral[];
};

/** Days (calendar days) with their median and 80th percentile, each the nearest rank: a real concern's value. */
export type Days = { count: number; median: number | null; p80: number | null; longest: number | null };

export type PeriodCaseFigures = {
  /** Pupils with a concern on some day of the period. */
  pupilsWithConcern: number;
  /** Cases open on some day of the period, by the level of their last open day in it: new when opened in it. */
  casesByLevel: { level: number; new: number; ongoing: number }[];
  /** Concerns whose first day is in the period. */
  concernsBegun: number;
  /** Of those, the contacted ones: days from the concern's first day to the first logged contact with the home. */
  toContact: Days;
  /** Of those, the ones with no contact yet («venter»): their age today in days. */
  waitingForContact: Days;
  /** Of those without a case when they began, the ones a case was opened for: days to the opening. */
  toCase: Days;
  /** Evaluations held in the period: on or before the evaluation date, or after it. */
  evaluations: { onTime: number; late: number };
  /** Their outcomes, in the evaluation's own words: solved, better, more needed. */
  outcomes: { solved: number; better: number; moreNeeded: number };
};

export type SchoolCaseFigures = {
  months: (PeriodCaseFigures & { month: string })[];
  /** The whole range (the school year so far). */
  year: PeriodCaseFigures;
  /** Open cases whose evaluation date has passed today. */
  overdueEvaluations: number;
  /** Per service (REFERRAL_SERVICES), the referrals waiting today and for how many days. */
  referralsWaiting: ({ service: ReferralService } & Days)[];
};

function epoch(date: string) {
  const d = parseIsoDate(date);
  if (d === null) throw new Error(`Ugyldig dato: ${date}`);
  return d;
}

/** Days from `from` to `to`, calendar days. */
export const daysBetween = (from: string, to: string) => epoch(to) - epoch(from);

/** The nearest-rank percentile (`p` 0–1) of values: the smallest value with at least p of them at or below it. */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

/** Count, median, 80th percentile and longest of a list of days. */
export function days(values: readonly number[]): Days {
  return {
    count: values.length,
    median: nearestRank(values, 0.5),
    p80: nearestRank(values, 0.8),
    longest: values.length ? Math.max(...values) : null,
  };
}

/** The calendar months from `from` to `to`, each cut to the range. */
export function monthsOf(range: DateRange): MonthRange[] {
  const out: MonthRange[] = [];
  let y = Number(range.from.slice(0, 4));
  let m = Number(range.from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > range.to.slice(0, 7)) break;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const from = `${month}-01`;
    const to = `${month}-${String(last).padStart(2, '0')}`;
    out.push({ month, from: from < range.from ? range.from : from, to: to > range.to ? range.to : to });
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

type Episode = { pupilId: string; from: string; to: string };

/** A pupil's concerns as episodes: alerts on overlapping days are one (the concern card's grouping). */
export function concernEpisodes(alerts: readonly FigureAlert[], today: string): Episode[] {
  return groupConcerns(
    alerts.map((a) => ({ ...a, severity: 'medium' })),
    today,
  ).map((c) => ({
    pupilId: c.pupilId,
    from: c.alerts.reduce((m, a) => (a.startedOn < m ? a.startedOn : m), c.alerts[0]!.startedOn),
    to: c.alerts.reduce((m, a) => {
      const end = a.endedOn ?? today;
      return end > m ? end : m;
    }, ''),
  }));
}

/** The state a case was in on a day: its last step on or before it (none before it was opened). */
function stateOn(steps: readonly CaseStep[], date: string): CaseStep | null {
  let state: CaseStep | null = null;
  for (const s of steps) if (s.on <= date) state = s;
  return state;
}

/** The level of a case's last open day in a period, or null when it was not open in it. */
export function levelInPeriod(steps: readonly CaseStep[], range: DateRange): number | null {
  let level: number | null = null;
  const atStart = stateOn(steps, range.from);
  if (atStart?.status === 'open') level = atStart.level;
  for (const s of steps) if (s.on > range.from && s.on <= range.to && s.status === 'open') level = s.level;
  return level;
}

export type Evaluation = { on: string; dueOn: string | null; outcome: string; onTime: boolean };

/**
 * A case's evaluations: each `evaluate` step against the evaluation date the case had before it (decisions 102,
 * 104, 151: the case's one date, shared with its active plan). On time when held on or before that date.
 */
export function evaluationsOf(steps: readonly CaseStep[]): Evaluation[] {
  return steps.flatMap((s, i) => {
    if (s.type !== 'evaluate') return [];
    const dueOn = i > 0 ? steps[i - 1]!.evaluationDue : null;
    return [{ on: s.on, dueOn, outcome: s.outcome ?? '', onTime: dueOn === null || s.on <= dueOn }];
  });
}

const within = (date: string, range: DateRange) => date >= range.from && date <= range.to;

/** The figures of one group (a school) over each month of `range` and the whole of it, as of `today`. */
export function caseFigures(input: CaseFiguresInput, range: DateRange, today: string): SchoolCaseFigures {
  const episodes = concernEpisodes(input.alerts, today);
  const contactDays = new Map<string, string[]>();
  for (const c of input.contacts) contactDays.set(c.pupilId, [...(contactDays.get(c.pupilId) ?? []), c.on]);
  const evaluations = input.cases.flatMap((c) => evaluationsOf(c.steps));
  // Each concern once: its first contact on or after its first day (up to today), and the first case opened for
  // the pupil on or after it — unless a case was open when it began (then no case was waited for).
  const followed = episodes.map((e) => {
    const contact = (contactDays.get(e.pupilId) ?? []).filter((d) => d >= e.from && d <= today).sort()[0];
    const own = input.cases.filter((c) => c.pupilId === e.pupilId);
    const hadCase = own.some((c) => stateOn(c.steps, e.from)?.status === 'open' && c.openedOn < e.from);
    const opened = hadCase
      ? undefined
      : own
          .map((c) => c.openedOn)
          .filter((d) => d >= e.from && d <= today)
          .sort()[0];
    return { ...e, contact, hadCase, opened };
  });
  const period = (r: DateRange): PeriodCaseFigures => {
    const begun = followed.filter((e) => within(e.from, r));
    const held = evaluations.filter((v) => within(v.on, r));
    const levels = CASE_LEVELS.map((level) => ({ level, new: 0, ongoing: 0 }));
    for (const c of input.cases) {
      const level = levelInPeriod(c.steps, r);
      const row = levels.find((l) => l.level === level);
      if (row) row[within(c.openedOn, r) ? 'new' : 'ongoing']++;
    }
    return {
      pupilsWithConcern: new Set(episodes.filter((e) => e.from <= r.to && e.to >= r.from).map((e) => e.pupilId)).size,
      casesByLevel: levels,
      concernsBegun: begun.length,
      toContact: days(begun.flatMap((e) => (e.contact ? [daysBetween(e.from, e.contact)] : []))),
      waitingForContact: days(begun.flatMap((e) => (e.contact ? [] : [daysBetween(e.from, today)]))),
      toCase: days(begun.flatMap((e) => (e.opened ? [daysBetween(e.from, e.opened)] : []))),
      evaluations: { onTime: held.filter((v) => v.onTime).length, late: held.filter((v) => !v.onTime).length },
      outcomes: {
        solved: held.filter((v) => v.outcome === 'solved').length,
        better: held.filter((v) => v.outcome === 'better').length,
        moreNeeded: held.filter((v) => v.outcome === 'more-needed').length,
      },
    };
  };
  return {
    months: monthsOf(range).map((m) => ({ month: m.month, ...period(m) })),
    year: period(range),
    overdueEvaluations: input.cases.filter(
      (c) => c.status === 'open' && c.evaluationDue !== null && isEvaluationOverdue(c.evaluationDue, today),
    ).length,
    referralsWaiting: REFERRAL_SERVICES.map((service) => ({
      service,
      ...days(input.referrals.filter((r) => r.service === service).map((r) => daysBetween(r.sentOn, today))),
    })),
  };
}
