import type { Alert, ConditionResult } from './engine';
import type { EventRule } from './profile-schema';
import { selectorsOf } from './profile-schema';
import { norwegianDate, norwegianDayMonth } from '../calendar/dates';
import type { Language } from '../language/language';

// Every alert says why in plain words: the rule, the window, the value against the threshold. The alert keeps
// the facts the sentence is made of (`AlertFacts`), so each reader gets it in their own language — bokmål,
// nynorsk or English (issue 20) — and the stored bokmål sentence stays for an alert made before the facts were.

/** What a condition counted, which decides its noun: «hele fraværsdager», «timer», «forsentkomminger» … */
export type CountedKind = 'schoolDays' | 'day' | 'lesson' | 'late' | 'left' | 'any';

/** One holding condition as the sentence names it. */
export type FactCondition = Pick<ConditionResult, 'measure' | 'comparator' | 'threshold' | 'value' | 'subjects'> & {
  counted: CountedKind;
};

/** The facts an alert's sentence is made of: an event rule's window and holding conditions, or an observation. */
export type AlertFacts =
  | {
      kind: 'events';
      window: EventRule['window'];
      from: string;
      to: string;
      schoolDays: number;
      conditions: FactCondition[];
    }
  | { kind: 'observation'; observedOn: string; observation: string };

/** The kinds of staff observation (the contract's OBSERVATION_KINDS) as a sentence names them. */
const OBSERVATION_NAMES: Record<Language, Record<string, string>> = {
  nb: {
    'alvorlig-hendelse': 'alvorlig enkeltepisode',
    'store-vansker-med-oppmøte': 'store vansker med å delta',
    'familiens-rutiner': 'vansker som påvirker familiens rutiner',
    tegn: 'tegn på ufrivillig skolefravær',
  },
  nn: {
    'alvorlig-hendelse': 'alvorleg enkeltepisode',
    'store-vansker-med-oppmøte': 'store vanskar med å delta',
    'familiens-rutiner': 'vanskar som påverkar rutinane til familien',
    tegn: 'teikn på ufrivillig skulefråvær',
  },
  en: {
    'alvorlig-hendelse': 'a serious single incident',
    'store-vansker-med-oppmøte': 'great difficulty attending',
    'familiens-rutiner': "difficulties affecting the family's routines",
    tegn: 'signs of involuntary school absence',
  },
};

/** An observation kind's name in bokmål (the stored sentence, the access log). */
export const observationName = (kind: string, language: Language = 'nb'): string =>
  OBSERVATION_NAMES[language][kind] ?? kind;

type Phrases = {
  noun: Record<CountedKind, [one: string, many: string]>;
  atLeast: string;
  moreThan: string;
  threshold: string;
  ofSchoolTime: string;
  inSubjects: string;
  and: string;
  schoolDay: [one: string, many: string];
  lastDays: (days: number, span: string) => string;
  lastMonth: (span: string) => string;
  monthSoFar: (span: string) => string;
  semesterSoFar: (span: string) => string;
  sentence: (title: string, parts: string, window: string, days: string) => string;
  observed: (title: string, on: string, what: string) => string;
  decimal: string;
  date: (iso: string) => string;
  dayMonth: (iso: string) => string;
};

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const ENGLISH_DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

const PHRASES: Record<Language, Phrases> = {
  nb: {
    noun: {
      schoolDays: ['skoledag med fravær', 'skoledager med fravær'],
      day: ['hel fraværsdag', 'hele fraværsdager'],
      lesson: ['time', 'timer'],
      late: ['forsentkomming', 'forsentkomminger'],
      left: ['gang forlatt skolen', 'ganger forlatt skolen'],
      any: ['fraværsregistrering', 'fraværsregistreringer'],
    },
    atLeast: 'minst',
    moreThan: 'mer enn',
    threshold: 'grense',
    ofSchoolTime: 'av skoletiden',
    inSubjects: 'i',
    and: 'og',
    schoolDay: ['skoledag', 'skoledager'],
    lastDays: (days, span) => `de siste ${days} dagene (${span})`,
    lastMonth: (span) => `løpet av den siste måneden (${span})`,
    monthSoFar: (span) => `kalendermåneden så langt (${span})`,
    semesterSoFar: (span) => `semesteret så langt (${span})`,
    sentence: (title, parts, window, days) => `«${title}»: ${parts} i ${window}, ${days}.`,
    observed: (title, on, what) => `«${title}»: personalet registrerte ${on} en observasjon av ${what}.`,
    decimal: ',',
    date: norwegianDate,
    dayMonth: norwegianDayMonth,
  },
  nn: {
    noun: {
      schoolDays: ['skuledag med fråvær', 'skuledagar med fråvær'],
      day: ['heil fråværsdag', 'heile fråværsdagar'],
      lesson: ['time', 'timar'],
      late: ['gong for seint oppmøte', 'gonger for seint oppmøte'],
      left: ['gong forlate skulen', 'gonger forlate skulen'],
      any: ['fråværsregistrering', 'fråværsregistreringar'],
    },
    atLeast: 'minst',
    moreThan: 'meir enn',
    threshold: 'grense',
    ofSchoolTime: 'av skuletida',
    inSubjects: 'i',
    and: 'og',
    schoolDay: ['skuledag', 'skuledagar'],
    lastDays: (days, span) => `dei siste ${days} dagane (${span})`,
    lastMonth: (span) => `løpet av den siste månaden (${span})`,
    monthSoFar: (span) => `kalendermånaden så langt (${span})`,
    semesterSoFar: (span) => `semesteret så langt (${span})`,
    sentence: (title, parts, window, days) => `«${title}»: ${parts} i ${window}, ${days}.`,
    observed: (title, on, what) => `«${title}»: personalet registrerte ${on} ein observasjon av ${what}.`,
    decimal: ',',
    date: norwegianDate,
    dayMonth: norwegianDayMonth,
  },
  en: {
    noun: {
      schoolDays: ['school day with absence', 'school days with absence'],
      day: ['whole day of absence', 'whole days of absence'],
      lesson: ['lesson', 'lessons'],
      late: ['late arrival', 'late arrivals'],
      left: ['time leaving school early', 'times leaving school early'],
      any: ['absence record', 'absence records'],
    },
    atLeast: 'at least',
    moreThan: 'more than',
    threshold: 'threshold',
    ofSchoolTime: 'of school time',
    inSubjects: 'in',
    and: 'and',
    schoolDay: ['school day', 'school days'],
    lastDays: (days, span) => `the last ${days} days (${span})`,
    lastMonth: (span) => `the last month (${span})`,
    monthSoFar: (span) => `the calendar month so far (${span})`,
    semesterSoFar: (span) => `the semester so far (${span})`,
    sentence: (title, parts, window, days) => `«${title}»: ${parts} in ${window}, ${days}.`,
    observed: (title, on, what) => `«${title}»: staff recorded an observation of ${what} on ${on}.`,
    decimal: '.',
    date: (iso) => ENGLISH_DATE.format(utc(iso)),
    dayMonth: (iso) => ENGLISH_DAY_MONTH.format(utc(iso)),
  },
};

/** What a condition of the rule counted: school days, or the one kind of event it selects (else any). */
function countedKind(rule: EventRule, index: number): CountedKind {
  const condition = rule.conditions[index]!;
  if (condition.measure === 'schoolDays') return 'schoolDays';
  const kinds = new Set(selectorsOf(condition).flatMap((s) => s.kinds));
  if (kinds.size !== 1) return 'any';
  const [kind] = kinds;
  return kind === 'day' || kind === 'lesson' || kind === 'late' || kind === 'left' ? kind : 'any';
}

/** The facts of an event rule's alert: its window and the conditions that hold. */
export function factsOf(rule: EventRule, alert: Pick<Alert, 'window' | 'conditions'>): AlertFacts {
  return {
    kind: 'events',
    window: rule.window,
    from: alert.window.from,
    to: alert.window.to,
    schoolDays: alert.window.schoolDays,
    conditions: alert.conditions.flatMap((r, i) =>
      r.holds
        ? [
            {
              measure: r.measure,
              comparator: r.comparator,
              threshold: r.threshold,
              value: r.value,
              ...(r.subjects ? { subjects: r.subjects } : {}),
              counted: countedKind(rule, i),
            },
          ]
        : [],
    ),
  };
}

function describe(p: Phrases, c: FactCondition): string {
  const cmp = c.comparator === '>' ? p.moreThan : p.atLeast;
  const number = (n: number) => String(n).replace('.', p.decimal);
  if (c.measure === 'share')
    return `${number(c.value)} % ${p.ofSchoolTime} (${p.threshold}: ${cmp} ${number(c.threshold)} %)`;
  const subject = c.subjects && c.subjects.length > 0 ? ` ${p.inSubjects} ${c.subjects.join(', ')}` : '';
  const [one, many] = p.noun[c.counted];
  return `${c.value} ${c.value === 1 ? one : many}${subject} (${p.threshold}: ${cmp} ${c.threshold})`;
}

/** The window in words: «de siste 14 dagene (01.11.2026–14.11.2026)», «løpet av den siste måneden (04.01.–03.02.)». */
function windowPhrase(p: Phrases, facts: Extract<AlertFacts, { kind: 'events' }>): string {
  const span = `${p.date(facts.from)}–${p.date(facts.to)}`;
  switch (facts.window.type) {
    case 'days':
      return p.lastDays(facts.window.days, span);
    case 'rollingMonth':
      // Within one year the year is left out, as people write it: «(04.01.–03.02.)».
      return p.lastMonth(
        facts.from.slice(0, 4) === facts.to.slice(0, 4) ? `${p.dayMonth(facts.from)}–${p.dayMonth(facts.to)}` : span,
      );
    case 'month':
      return p.monthSoFar(span);
    case 'semester':
      return p.semesterSoFar(span);
  }
}

/** The sentence saying why an alert holds, in `language`; `title` is the rule's title as the reader sees it. */
export function explainFacts(title: string, facts: AlertFacts, language: Language): string {
  const p = PHRASES[language];
  if (facts.kind === 'observation')
    return p.observed(title, p.date(facts.observedOn), observationName(facts.observation, language));
  const parts = facts.conditions.map((c) => describe(p, c)).join(` ${p.and} `);
  const days = `${facts.schoolDays} ${facts.schoolDays === 1 ? p.schoolDay[0] : p.schoolDay[1]}`;
  return p.sentence(title, parts, windowPhrase(p, facts), days);
}

/** The bokmål sentence saying why an alert holds (the one stored with it). */
export function explainAlert(rule: EventRule, alert: Alert): string {
  return explainFacts(rule.title, factsOf(rule, alert), 'nb');
}
