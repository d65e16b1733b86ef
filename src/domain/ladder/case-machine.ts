import type { CompiledCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import { checkChildWelfareReport, type HolisticAssessment } from './child-welfare-guardrail';
import { checkHeard, type Heard } from './heard';
import { defaultEvaluationDate, schoolEvaluationDate } from './evaluation-date';
import { OUTCOMES, topLevel, type Ladder, type Outcome } from './ladder-schema';
import { norwegianDate } from '../calendar/dates';

// A case follows the pupil along the ladder: opened at a level, evaluated, moved up or down one level at
// a time, closed with a summary, reopened with a reason. This module is the whole rule set for those
// moves, as a pure function of (ladder, state, action); the database stores the states and the actions
// that led to them. Business refusals are returned as Norwegian sentences, never thrown.

/** An open case: its level, when its current period began and when it is to be evaluated. */
export type OpenCase = {
  status: 'open';
  level: number;
  /** Date of the last change of state; later actions may not be dated before it. */
  since: string;
  /** The day the case reached its level («På dette nivået siden»): only a change of level moves it. */
  levelSince: string;
  /**
   * When the measures of this level started — the team said so («Start tiltak») or a plan was activated —
   * the evaluation's «before/after» divide; null until they have (decision 102).
   */
  measuresStartedOn: string | null;
  /** The case's one evaluation date, shared with its active plan (decision 102). */
  evaluationDue: string;
  /** At the top level, «more needed» keeps the level and intensifies the measures. */
  intensified: boolean;
};
export type ClosedCase = { status: 'closed'; level: number; since: string; summary: string };
export type CaseState = OpenCase | ClosedCase;

export type CaseAction =
  /** Open a case: «undring» — what was seen, heard or observed. Level 0 unless the pupil is already further in. */
  | { type: 'open'; on: string; reason: string; level?: number; evaluationOn?: string }
  /**
   * The measures of this level start now (e.g. the samarbeidsavtale is signed): evaluation three weeks on.
   * `planId`: started by activating that plan, which carries the activation's own record (decision 204).
   */
  | { type: 'start-measures'; on: string; evaluationOn?: string; heard?: Heard | null; planId?: string }
  /** Move the evaluation date (weekly evaluations, a holiday, a meeting that could not be held). */
  | { type: 'set-evaluation-date'; on: string; evaluationOn: string; reason: string }
  | {
      type: 'evaluate';
      on: string;
      outcome: Outcome;
      assessment: string;
      nextEvaluationOn?: string;
      intensifiedMeasures?: string;
      /** 004 §4.3 «effekten av tiltakene vurderes»: each measure of the active plan judged (decision 104). */
      measures?: MeasureJudgement[];
      /** Required when the outcome closes the case, moves it up or intensifies its measures (decision 181). */
      heard?: Heard | null;
    }
  | { type: 'escalate'; on: string; reason: string; evaluationOn?: string; heard?: Heard | null }
  | { type: 'de-escalate'; on: string; reason: string; evaluationOn?: string; heard?: Heard | null }
  | { type: 'close'; on: string; summary: string; heard?: Heard | null }
  | { type: 'reopen'; on: string; reason: string; level?: number; evaluationOn?: string }
  /** Log a report of concern to the child welfare service; it changes nothing else in the case. */
  | {
      type: 'report-to-child-welfare';
      on: string;
      holisticAssessment?: HolisticAssessment | null;
      /** The pupil's views; the holistic assessment is the assessment here (decision 181). */
      heard?: Heard | null;
    };

export type CaseActionType = CaseAction['type'];

/** How a measure worked, judged at the evaluation: virket, delvis, virket ikke, ikke gjennomført. */
export const MEASURE_JUDGEMENTS = ['virket', 'delvis', 'virket-ikke', 'ikke-gjennomfort'] as const;
export type MeasureJudgementValue = (typeof MEASURE_JUDGEMENTS)[number];
export type MeasureJudgement = {
  measure: string;
  judgement: MeasureJudgementValue;
  comment?: string;
  /** The measure's id in its plan (decision 191). */
  measureId?: string;
  /** For a measure the teachers carry out: the school days they confirmed it followed, as the evaluator saw it (decision 191). */
  followed?: { days: number; schoolDays: number; since: string } | null;
};
export type TransitionResult = { ok: true; next: CaseState } | { ok: false; error: string };

const refuse = (error: string): TransitionResult => ({ ok: false, error });
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

function invalidDate(value: unknown, what: string): string | null {
  return typeof value === 'string' && parseIsoDate(value) !== null
    ? null
    : `Ugyldig ${what} «${String(value)}» (bruk ÅÅÅÅ-MM-DD).`;
}

/** What a transition may know beyond the case: the pupil's skolerute, for school-day evaluation dates. */
export type TransitionContext = { calendar?: CompiledCalendar | undefined };

/**
 * The default evaluation date for a period starting `on`: the ladder's interval counted in school days of
 * the skolerute (never inside a holiday), or in calendar days where no skolerute is known.
 */
export function defaultEvaluationOn(ladder: Ladder, on: string, context: TransitionContext = {}): string {
  return context.calendar
    ? schoolEvaluationDate(context.calendar, on, ladder.evaluation.defaultAfterDays)
    : defaultEvaluationDate(on, ladder.evaluation.defaultAfterDays);
}

/** The evaluation date of a period starting `on`: the one given, else the ladder's default. */
function evaluationFor(
  ladder: Ladder,
  on: string,
  given: string | undefined,
  context: TransitionContext,
): { ok: true; date: string } | { ok: false; error: string } {
  if (given === undefined) return { ok: true, date: defaultEvaluationOn(ladder, on, context) };
  const bad = invalidDate(given, 'evalueringsdato');
  if (bad) return { ok: false, error: bad };
  if (given <= on) return { ok: false, error: `Evalueringsdatoen må være etter ${norwegianDate(on)}.` };
  return { ok: true, date: given };
}

/** A new period at a level the case has just reached (opened, reopened, moved): its measures are yet to start. */
function period(
  ladder: Ladder,
  level: number,
  on: string,
  evaluationOn: string | undefined,
  context: TransitionContext,
): TransitionResult {
  const evaluation = evaluationFor(ladder, on, evaluationOn, context);
  if (!evaluation.ok) return evaluation;
  return {
    ok: true,
    next: {
      status: 'open',
      level,
      since: on,
      levelSince: on,
      measuresStartedOn: null,
      evaluationDue: evaluation.date,
      intensified: false,
    },
  };
}

/**
 * A state as stored: states written before decision 102 have no `levelSince` (their `since` was both) and
 * always a `measuresStartedOn`.
 */
export function storedCaseState(stored: unknown): CaseState {
  const state = stored as CaseState & { levelSince?: string };
  if (state.status !== 'open') return state;
  return { ...state, levelSince: state.levelSince ?? state.since, measuresStartedOn: state.measuresStartedOn ?? null };
}

function levelError(ladder: Ladder, level: unknown): string | null {
  const top = topLevel(ladder);
  return Number.isInteger(level) && (level as number) >= 0 && (level as number) <= top
    ? null
    : `Nivå ${String(level)} finnes ikke i «${ladder.name}» (nivå 0–${top}).`;
}

/** The actions a case in this state allows; the UI offers exactly these. */
export function allowedActions(ladder: Ladder, state: CaseState | null): CaseActionType[] {
  if (state === null) return ['open'];
  if (state.status === 'closed') return ['reopen'];
  const actions: CaseActionType[] = ['start-measures', 'set-evaluation-date', 'evaluate'];
  if (state.level < topLevel(ladder)) actions.push('escalate');
  if (state.level > 0) actions.push('de-escalate');
  actions.push('close', 'report-to-child-welfare');
  return actions;
}

/**
 * Applies one action to a case (`null` = the pupil has no case yet): the next state, or why not. With the
 * pupil's skolerute in `context`, default evaluation dates count school days.
 */
export function transition(
  ladder: Ladder,
  state: CaseState | null,
  action: CaseAction,
  context: TransitionContext = {},
): TransitionResult {
  const badOn = invalidDate(action.on, 'dato');
  if (badOn) return refuse(badOn);

  if (state === null) {
    if (action.type !== 'open') return refuse('Eleven har ingen sak. Åpne en sak først.');
    if (blank(action.reason)) return refuse('Skriv hva som er sett, hørt eller observert før saken åpnes.');
    const level = action.level ?? 0;
    const bad = levelError(ladder, level);
    return bad ? refuse(bad) : period(ladder, level, action.on, action.evaluationOn, context);
  }

  // A ladder the municipality has since shortened may no longer hold the case's level.
  const badLevel = levelError(ladder, state.level);
  if (badLevel) return refuse(`Saken står på et nivå som ikke finnes i tiltakstrappen. ${badLevel}`);
  if (action.on < state.since)
    return refuse(`Datoen ${norwegianDate(action.on)} er før sakens siste endring (${norwegianDate(state.since)}).`);

  if (state.status === 'closed') {
    if (action.type === 'reopen') {
      if (blank(action.reason)) return refuse('Skriv hvorfor saken gjenåpnes.');
      // By default the case resumes where it was closed: what was tried there is the starting point.
      const level = action.level ?? state.level;
      const bad = levelError(ladder, level);
      return bad ? refuse(bad) : period(ladder, level, action.on, action.evaluationOn, context);
    }
    if (action.type === 'open')
      return refuse('Eleven har en lukket sak. Gjenåpne den med en begrunnelse i stedet for å åpne en ny.');
    return refuse('Saken er lukket. Gjenåpne den med en begrunnelse først.');
  }

  const top = topLevel(ladder);
  switch (action.type) {
    case 'open':
      return refuse('Eleven har allerede en åpen sak. Følg opp den i stedet for å åpne en ny.');
    case 'reopen':
      return refuse('Saken er allerede åpen.');
    case 'start-measures': {
      const unheard = checkHeard(action.heard, 'før tiltak settes i gang');
      if (unheard) return refuse(unheard);
      // The level stays, so «På dette nivået siden» does too; the before/after divide is today.
      const evaluation = evaluationFor(ladder, action.on, action.evaluationOn, context);
      if (!evaluation.ok) return evaluation;
      return {
        ok: true,
        next: { ...state, since: action.on, measuresStartedOn: action.on, evaluationDue: evaluation.date },
      };
    }
    case 'set-evaluation-date': {
      if (blank(action.reason)) return refuse('Skriv hvorfor evalueringsdatoen endres.');
      const evaluation = evaluationFor(ladder, action.on, action.evaluationOn, context);
      if (!evaluation.ok) return evaluation;
      return { ok: true, next: { ...state, since: action.on, evaluationDue: evaluation.date } };
    }
    case 'escalate':
      if (state.level >= top)
        return refuse(
          `Saken er allerede på øverste nivå (nivå ${top}). Trengs mer innsats, evaluer med utfallet «mer omfattende innsats kreves» og beskriv hvordan tiltakene forsterkes.`,
        );
      if (blank(action.reason)) return refuse(`Skriv hvorfor saken løftes til nivå ${state.level + 1}.`);
      {
        const unheard = checkHeard(action.heard, `før saken løftes til nivå ${state.level + 1}`);
        if (unheard) return refuse(unheard);
      }
      return period(ladder, state.level + 1, action.on, action.evaluationOn, context);
    case 'de-escalate':
      if (state.level <= 0)
        return refuse('Saken er allerede på laveste nivå (nivå 0). Er problemet løst, lukk saken med en oppsummering.');
      if (blank(action.reason)) return refuse(`Skriv hvorfor saken flyttes ned til nivå ${state.level - 1}.`);
      {
        const unheard = checkHeard(action.heard, `før saken flyttes ned til nivå ${state.level - 1}`);
        if (unheard) return refuse(unheard);
      }
      return period(ladder, state.level - 1, action.on, action.evaluationOn, context);
    case 'close':
      if (blank(action.summary)) return refuse('Skriv en oppsummering før saken lukkes.');
      {
        const unheard = checkHeard(action.heard, 'før saken lukkes');
        if (unheard) return refuse(unheard);
      }
      return {
        ok: true,
        next: { status: 'closed', level: state.level, since: action.on, summary: action.summary.trim() },
      };
    case 'evaluate':
      return evaluate(ladder, state, action, context);
    case 'report-to-child-welfare': {
      const guard = checkChildWelfareReport(action.on, action.holisticAssessment);
      if (!guard.ok) return guard;
      const unheard = checkHeard(action.heard, 'i en bekymringsmelding', { bestInterest: false });
      return unheard ? refuse(unheard) : { ok: true, next: state };
    }
    default: {
      const unknown: never = action;
      return refuse(`Ukjent handling «${String((unknown as { type?: unknown }).type)}».`);
    }
  }
}

function evaluate(
  ladder: Ladder,
  state: OpenCase,
  action: Extract<CaseAction, { type: 'evaluate' }>,
  context: TransitionContext,
): TransitionResult {
  if (!(OUTCOMES as readonly string[]).includes(action.outcome))
    return refuse(`Ukjent utfall «${String(action.outcome)}» (gyldige: ${OUTCOMES.join(', ')}).`);
  if (blank(action.assessment)) return refuse('Skriv teamets vurdering av tiltakene.');
  for (const judged of action.measures ?? []) {
    if (blank(judged.measure)) return refuse('Et tiltak i vurderingen mangler navn.');
    if (!(MEASURE_JUDGEMENTS as readonly string[]).includes(judged.judgement))
      return refuse(`Velg hvordan tiltaket «${judged.measure.trim()}» virket.`);
  }
  const top = topLevel(ladder);
  const intensifying = action.outcome === 'more-needed' && state.level >= top;
  if (!intensifying && action.intensifiedMeasures !== undefined)
    return refuse(
      `Forsterkede tiltak beskrives bare når saken er på øverste nivå (nivå ${top}) og trenger mer innsats.`,
    );
  // An evaluation that closes the case, moves it up or intensifies its measures is such a step (decision 181).
  const step =
    action.outcome === 'solved'
      ? 'før saken lukkes'
      : action.outcome === 'more-needed'
        ? intensifying
          ? 'før tiltakene forsterkes'
          : `før saken løftes til nivå ${state.level + 1}`
        : null;
  const unheard = step === null ? null : checkHeard(action.heard, step);
  if (unheard) return refuse(unheard);

  switch (action.outcome) {
    case 'solved':
      // The team's judgement of a solved case is the closing summary.
      if (action.nextEvaluationOn !== undefined) return refuse('En løst sak lukkes og får ingen ny evalueringsdato.');
      return {
        ok: true,
        next: { status: 'closed', level: state.level, since: action.on, summary: action.assessment.trim() },
      };
    case 'better': {
      // The measures continue (their start stays the before/after divide); the next evaluation is counted from this one.
      const evaluation = evaluationFor(ladder, action.on, action.nextEvaluationOn, context);
      if (!evaluation.ok) return evaluation;
      return { ok: true, next: { ...state, since: action.on, evaluationDue: evaluation.date } };
    }
    case 'more-needed':
      if (!intensifying) return period(ladder, state.level + 1, action.on, action.nextEvaluationOn, context);
      if (blank(action.intensifiedMeasures))
        return refuse(`Saken er på øverste nivå (nivå ${top}). Beskriv hvordan tiltakene forsterkes.`);
      {
        // The level stays; the intensified measures start today.
        const evaluation = evaluationFor(ladder, action.on, action.nextEvaluationOn, context);
        if (!evaluation.ok) return evaluation;
        return {
          ok: true,
          next: {
            ...state,
            since: action.on,
            measuresStartedOn: action.on,
            evaluationDue: evaluation.date,
            intensified: true,
          },
        };
      }
  }
}
