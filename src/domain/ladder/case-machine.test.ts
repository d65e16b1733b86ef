import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/ladders/hardanger.json';
import jevnakerJson from '../../../content/ladders/jevnaker.json';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import {
  allowedActions,
  storedCaseState,
  transition,
  type CaseAction,
  type CaseState,
  type OpenCase,
} from './case-machine';
import { HEARD } from './testing';
import { parseLadder, type Ladder } from './ladder-schema';

function load(json: unknown, name: string): Ladder {
  const parsed = parseLadder(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.ladder;
}
const SALTDAL = load(saltdalJson, 'saltdal.json');
const JEVNAKER = load(jevnakerJson, 'jevnaker.json');
const HARDANGER = load(hardangerJson, 'hardanger.json');

// An open case at a level since 1 September 2025 (a Monday), evaluation due three weeks later.
const open = (level: number, extra: Partial<OpenCase> = {}): OpenCase => ({
  status: 'open',
  level,
  since: '2025-09-01',
  levelSince: '2025-09-01',
  measuresStartedOn: '2025-09-01',
  evaluationDue: '2025-09-22',
  intensified: false,
  ...extra,
});
/** A period at a level just reached on `on`: its measures have not started (decision 102). */
const reached = (level: number, on: string, evaluationDue: string): OpenCase => ({
  status: 'open',
  level,
  since: on,
  levelSince: on,
  measuresStartedOn: null,
  evaluationDue,
  intensified: false,
});
const closed = (level: number): CaseState => ({
  status: 'closed',
  level,
  since: '2025-09-01',
  summary: 'Eleven møter stabilt.',
});
const ON = '2025-09-22';
const WEEKS_3 = '2025-10-13';

type Row = { name: string; state: CaseState | null; action: CaseAction; next?: CaseState; error?: string };

// Allowed transitions: the state each one leads to, with the default evaluation three weeks after `on`.
const allowed: Row[] = [
  {
    name: 'open at level 0 from an undring',
    state: null,
    action: { type: 'open', on: ON, reason: 'Trøtt og stille, borte tre mandager' },
    next: reached(0, ON, WEEKS_3),
  },
  {
    name: 'open directly at level 2 (already absent for a period)',
    state: null,
    action: { type: 'open', on: ON, reason: 'Borte hele september', level: 2 },
    next: reached(2, ON, WEEKS_3),
  },
  {
    name: 'open with an agreed evaluation date',
    state: null,
    action: { type: 'open', on: ON, reason: 'Undring', evaluationOn: '2025-09-29' },
    next: reached(0, ON, '2025-09-29'),
  },
  {
    name: 'measures start: evaluation three weeks later',
    state: open(0),
    action: { type: 'start-measures', heard: HEARD, on: '2025-09-08' },
    next: open(0, { since: '2025-09-08', measuresStartedOn: '2025-09-08', evaluationDue: '2025-09-29' }),
  },
  {
    name: 'move the evaluation date with a reason',
    state: open(0),
    action: { type: 'set-evaluation-date', on: '2025-09-10', evaluationOn: '2025-10-06', reason: 'Høstferie' },
    next: open(0, { since: '2025-09-10', evaluationDue: '2025-10-06' }),
  },
  {
    name: 'escalate 0 → 1 with a reason',
    state: open(0),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'Ingen bedring' },
    next: reached(1, ON, WEEKS_3),
  },
  {
    name: 'escalate 2 → 3',
    state: open(2),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'Helt borte' },
    next: reached(3, ON, WEEKS_3),
  },
  {
    name: 'de-escalate 2 → 1 with a reason',
    state: open(2),
    action: { type: 'de-escalate', heard: HEARD, on: ON, reason: 'Tilbake på skolen hver dag' },
    next: reached(1, ON, WEEKS_3),
  },
  {
    name: 'de-escalating from an intensified top level ends the intensifying',
    state: open(3, { intensified: true }),
    action: { type: 'de-escalate', heard: HEARD, on: ON, reason: 'Bedre' },
    next: reached(2, ON, WEEKS_3),
  },
  {
    name: 'close with a summary',
    state: open(1),
    action: { type: 'close', heard: HEARD, on: ON, summary: '  Eleven er stabilt til stede.  ' },
    next: { status: 'closed', level: 1, since: ON, summary: 'Eleven er stabilt til stede.' },
  },
  {
    name: 'reopen at the level it was closed at',
    state: closed(1),
    action: { type: 'reopen', on: ON, reason: 'Fraværet er tilbake etter jul' },
    next: reached(1, ON, WEEKS_3),
  },
  {
    name: 'reopen at a chosen level',
    state: closed(2),
    action: { type: 'reopen', on: ON, reason: 'Enkelte timer igjen', level: 0 },
    next: reached(0, ON, WEEKS_3),
  },
  {
    name: 'an action on the day of the last change',
    state: open(0),
    action: { type: 'escalate', heard: HEARD, on: '2025-09-01', reason: 'Samme dag' },
    next: reached(1, '2025-09-01', '2025-09-22'),
  },
];

// Evaluation: outcome → level (004 §4.2).
const evaluations: Row[] = [
  {
    name: 'solved → closed, the assessment is the summary',
    state: open(1),
    action: { type: 'evaluate', heard: HEARD, on: ON, outcome: 'solved', assessment: 'Fraværet har opphørt.' },
    next: { status: 'closed', level: 1, since: ON, summary: 'Fraværet har opphørt.' },
  },
  {
    name: 'better → same level, measures continue, evaluation three weeks on',
    state: open(1),
    action: { type: 'evaluate', on: ON, outcome: 'better', assessment: 'Færre fraværsdager.' },
    next: open(1, { since: ON, evaluationDue: WEEKS_3 }),
  },
  {
    name: 'better with the team’s own next date',
    state: open(1),
    action: { type: 'evaluate', on: ON, outcome: 'better', assessment: 'Bedre', nextEvaluationOn: '2025-09-29' },
    next: open(1, { since: ON, evaluationDue: '2025-09-29' }),
  },
  {
    name: 'more needed → next level, new period',
    state: open(0),
    action: { type: 'evaluate', heard: HEARD, on: ON, outcome: 'more-needed', assessment: 'Uendret' },
    next: reached(1, ON, WEEKS_3),
  },
  {
    name: 'more needed at 2 → 3',
    state: open(2),
    action: { type: 'evaluate', heard: HEARD, on: ON, outcome: 'more-needed', assessment: 'Økende' },
    next: reached(3, ON, WEEKS_3),
  },
  {
    name: 'more needed at the top stays at 3 with intensified measures',
    state: open(3),
    action: {
      type: 'evaluate',
      on: ON,
      outcome: 'more-needed',
      heard: HEARD,
      assessment: 'Fortsatt borte',
      intensifiedMeasures: 'Hjemmebesøk hver morgen og kortere skoledag',
    },
    // The level (and «På dette nivået siden») stays; the intensified measures start today.
    next: open(3, { since: ON, measuresStartedOn: ON, evaluationDue: WEEKS_3, intensified: true }),
  },
  {
    name: 'an early evaluation (weekly, 004 §4.3)',
    state: open(0),
    action: { type: 'evaluate', on: '2025-09-08', outcome: 'better', assessment: 'Litt bedre' },
    next: open(0, { since: '2025-09-08', evaluationDue: '2025-09-29' }),
  },
];

// Refused transitions: what is missing or not allowed, in the words the user sees.
const refused: Row[] = [
  {
    name: 'open without saying what was seen',
    state: null,
    action: { type: 'open', on: ON, reason: '   ' },
    error: 'Skriv hva som er sett, hørt eller observert før saken åpnes.',
  },
  {
    name: 'open at a level the ladder lacks',
    state: null,
    action: { type: 'open', on: ON, reason: 'x', level: 4 },
    error: 'Nivå 4 finnes ikke i «Saltdal kommunes tiltakstrapp» (nivå 0–3).',
  },
  {
    name: 'open a second case',
    state: open(0),
    action: { type: 'open', on: ON, reason: 'x' },
    error: 'Eleven har allerede en åpen sak. Følg opp den i stedet for å åpne en ny.',
  },
  {
    name: 'open over a closed case',
    state: closed(1),
    action: { type: 'open', on: ON, reason: 'x' },
    error: 'Eleven har en lukket sak. Gjenåpne den med en begrunnelse i stedet for å åpne en ny.',
  },
  {
    name: 'any action without a case',
    state: null,
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'x' },
    error: 'Eleven har ingen sak. Åpne en sak først.',
  },
  {
    name: 'escalate without a reason',
    state: open(0),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: '' },
    error: 'Skriv hvorfor saken løftes til nivå 1.',
  },
  {
    name: 'escalate above the top',
    state: open(3),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'x' },
    error:
      'Saken er allerede på øverste nivå (nivå 3). Trengs mer innsats, evaluer med utfallet «mer omfattende innsats kreves» og beskriv hvordan tiltakene forsterkes.',
  },
  {
    name: 'de-escalate without a reason',
    state: open(2),
    action: { type: 'de-escalate', heard: HEARD, on: ON, reason: ' ' },
    error: 'Skriv hvorfor saken flyttes ned til nivå 1.',
  },
  {
    name: 'de-escalate below 0',
    state: open(0),
    action: { type: 'de-escalate', heard: HEARD, on: ON, reason: 'x' },
    error: 'Saken er allerede på laveste nivå (nivå 0). Er problemet løst, lukk saken med en oppsummering.',
  },
  {
    name: 'close without a summary',
    state: open(1),
    action: { type: 'close', heard: HEARD, on: ON, summary: '' },
    error: 'Skriv en oppsummering før saken lukkes.',
  },
  {
    name: 'reopen without a reason',
    state: closed(1),
    action: { type: 'reopen', on: ON, reason: '' },
    error: 'Skriv hvorfor saken gjenåpnes.',
  },
  {
    name: 'reopen an open case',
    state: open(1),
    action: { type: 'reopen', on: ON, reason: 'x' },
    error: 'Saken er allerede åpen.',
  },
  {
    name: 'reopen at a level the ladder lacks',
    state: closed(1),
    action: { type: 'reopen', on: ON, reason: 'x', level: -1 },
    error: 'Nivå -1 finnes ikke i «Saltdal kommunes tiltakstrapp» (nivå 0–3).',
  },
  {
    name: 'escalate a closed case',
    state: closed(1),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'x' },
    error: 'Saken er lukket. Gjenåpne den med en begrunnelse først.',
  },
  {
    name: 'evaluate a closed case',
    state: closed(1),
    action: { type: 'evaluate', on: ON, outcome: 'better', assessment: 'x' },
    error: 'Saken er lukket. Gjenåpne den med en begrunnelse først.',
  },
  {
    name: 'a report to child welfare on a closed case',
    state: closed(1),
    action: { type: 'report-to-child-welfare', on: ON },
    error: 'Saken er lukket. Gjenåpne den med en begrunnelse først.',
  },
  {
    name: 'evaluate without the team’s assessment',
    state: open(1),
    action: { type: 'evaluate', on: ON, outcome: 'better', assessment: '' },
    error: 'Skriv teamets vurdering av tiltakene.',
  },
  {
    name: 'an unknown outcome',
    state: open(1),
    action: { type: 'evaluate', on: ON, outcome: 'worse' as never, assessment: 'x' },
    error: 'Ukjent utfall «worse» (gyldige: solved, better, more-needed).',
  },
  {
    name: 'solved with a next evaluation date',
    state: open(1),
    action: { type: 'evaluate', heard: HEARD, on: ON, outcome: 'solved', assessment: 'x', nextEvaluationOn: WEEKS_3 },
    error: 'En løst sak lukkes og får ingen ny evalueringsdato.',
  },
  {
    name: 'more needed at the top without intensified measures',
    state: open(3),
    action: { type: 'evaluate', heard: HEARD, on: ON, outcome: 'more-needed', assessment: 'x' },
    error: 'Saken er på øverste nivå (nivå 3). Beskriv hvordan tiltakene forsterkes.',
  },
  {
    name: 'intensified measures below the top',
    state: open(1),
    action: {
      type: 'evaluate',
      heard: HEARD,
      on: ON,
      outcome: 'more-needed',
      assessment: 'x',
      intensifiedMeasures: 'y',
    },
    error: 'Forsterkede tiltak beskrives bare når saken er på øverste nivå (nivå 3) og trenger mer innsats.',
  },
  {
    name: 'better with a next date on the same day',
    state: open(1),
    action: { type: 'evaluate', on: ON, outcome: 'better', assessment: 'x', nextEvaluationOn: ON },
    error: 'Evalueringsdatoen må være etter 22.09.2025.',
  },
  {
    name: 'an evaluation date before the action',
    state: open(0),
    action: { type: 'escalate', heard: HEARD, on: ON, reason: 'x', evaluationOn: '2025-09-01' },
    error: 'Evalueringsdatoen må være etter 22.09.2025.',
  },
  {
    name: 'move the evaluation date without a reason',
    state: open(0),
    action: { type: 'set-evaluation-date', on: ON, evaluationOn: WEEKS_3, reason: '' },
    error: 'Skriv hvorfor evalueringsdatoen endres.',
  },
  {
    name: 'an impossible date',
    state: open(0),
    action: { type: 'close', heard: HEARD, on: '2025-02-30', summary: 'x' },
    error: 'Ugyldig dato «2025-02-30» (bruk ÅÅÅÅ-MM-DD).',
  },
  {
    name: 'an impossible evaluation date',
    state: open(0),
    action: { type: 'start-measures', heard: HEARD, on: ON, evaluationOn: '22.10.2025' },
    error: 'Ugyldig evalueringsdato «22.10.2025» (bruk ÅÅÅÅ-MM-DD).',
  },
  {
    name: 'an action dated before the last change',
    state: open(0, { since: '2025-09-10' }),
    action: { type: 'escalate', heard: HEARD, on: '2025-09-09', reason: 'x' },
    error: 'Datoen 09.09.2025 er før sakens siste endring (10.09.2025).',
  },
];

describe('the case state machine (Saltdal ladder)', () => {
  it.each(allowed)('allowed: $name', ({ state, action, next }) => {
    expect(transition(SALTDAL, state, action)).toEqual({ ok: true, next });
  });

  it.each(evaluations)('evaluation: $name', ({ state, action, next }) => {
    expect(transition(SALTDAL, state, action)).toEqual({ ok: true, next });
  });

  it.each(refused)('refused: $name', ({ state, action, error }) => {
    expect(transition(SALTDAL, state, action)).toEqual({ ok: false, error });
  });

  it('never throws on a business refusal, and never changes the state it was given', () => {
    const state = open(3);
    const frozen = structuredClone(state);
    for (const action of [...allowed, ...evaluations, ...refused].map((r) => r.action))
      transition(SALTDAL, state, action);
    expect(state).toEqual(frozen);
  });
});

describe('allowed actions per state', () => {
  const rows: { name: string; state: CaseState | null; actions: string[] }[] = [
    { name: 'no case', state: null, actions: ['open'] },
    {
      name: 'level 0',
      state: open(0),
      actions: ['start-measures', 'set-evaluation-date', 'evaluate', 'escalate', 'close', 'report-to-child-welfare'],
    },
    {
      name: 'level 1',
      state: open(1),
      actions: [
        'start-measures',
        'set-evaluation-date',
        'evaluate',
        'escalate',
        'de-escalate',
        'close',
        'report-to-child-welfare',
      ],
    },
    {
      name: 'level 3 (top)',
      state: open(3),
      actions: ['start-measures', 'set-evaluation-date', 'evaluate', 'de-escalate', 'close', 'report-to-child-welfare'],
    },
    { name: 'closed', state: closed(2), actions: ['reopen'] },
  ];
  it.each(rows)('$name', ({ state, actions }) => {
    expect(allowedActions(SALTDAL, state)).toEqual(actions);
  });
});

describe('other ladders', () => {
  it('Jevnaker has three levels: «more needed» at level 2 intensifies instead of escalating', () => {
    expect(allowedActions(JEVNAKER, open(2))).not.toContain('escalate');
    expect(transition(JEVNAKER, open(2), { type: 'escalate', heard: HEARD, on: ON, reason: 'x' })).toEqual({
      ok: false,
      error:
        'Saken er allerede på øverste nivå (nivå 2). Trengs mer innsats, evaluer med utfallet «mer omfattende innsats kreves» og beskriv hvordan tiltakene forsterkes.',
    });
    const result = transition(JEVNAKER, open(2), {
      type: 'evaluate',
      on: ON,
      outcome: 'more-needed',
      heard: HEARD,
      assessment: 'x',
      intensifiedMeasures: 'Delvis sykmelding, tilrettelagt timeplan',
    });
    expect(result).toEqual({
      ok: true,
      next: open(2, { since: ON, measuresStartedOn: ON, evaluationDue: WEEKS_3, intensified: true }),
    });
  });

  it('refuses a case whose level the ladder no longer has', () => {
    expect(transition(JEVNAKER, open(3), { type: 'close', heard: HEARD, on: ON, summary: 'x' })).toEqual({
      ok: false,
      error:
        'Saken står på et nivå som ikke finnes i tiltakstrappen. Nivå 3 finnes ikke i «Jevnakerskolens rutine for oppfølging av skolefravær» (nivå 0–2).',
    });
  });

  it('uses the ladder’s own default evaluation interval', () => {
    const weekly = { ...HARDANGER, evaluation: { ...HARDANGER.evaluation, defaultAfterDays: 7 } };
    expect(transition(weekly, null, { type: 'open', on: ON, reason: 'x' })).toMatchObject({
      ok: true,
      next: { evaluationDue: '2025-09-29' },
    });
  });

  it('a whole case: wondering at 0 → 1 → 2 → better → solved', () => {
    const steps: CaseAction[] = [
      { type: 'open', on: '2025-09-01', reason: 'Borte tre mandager på rad' },
      { type: 'start-measures', heard: HEARD, on: '2025-09-03' },
      { type: 'evaluate', heard: HEARD, on: '2025-09-24', outcome: 'more-needed', assessment: 'Uendret' },
      { type: 'evaluate', heard: HEARD, on: '2025-10-15', outcome: 'more-needed', assessment: 'Helt borte i to uker' },
      { type: 'evaluate', on: '2025-11-05', outcome: 'better', assessment: 'Møter tre dager i uka' },
      {
        type: 'evaluate',
        heard: HEARD,
        on: '2025-11-26',
        outcome: 'solved',
        assessment: 'Stabilt til stede i fire uker',
      },
    ];
    let state: CaseState | null = null;
    const levels: (number | string)[] = [];
    for (const action of steps) {
      const result = transition(SALTDAL, state, action);
      if (!result.ok) throw new Error(result.error);
      state = result.next;
      levels.push(state.status === 'open' ? state.level : 'lukket');
    }
    expect(levels).toEqual([0, 0, 1, 2, 2, 'lukket']);
  });

  it('a whole case keeps «På dette nivået siden» and «Tiltak startet» apart (decision 102)', () => {
    const run = (steps: CaseAction[]) => {
      let state: CaseState | null = null;
      for (const action of steps) {
        const result = transition(SALTDAL, state, action);
        if (!result.ok) throw new Error(result.error);
        state = result.next;
      }
      return state as OpenCase;
    };
    // Opening starts no measures: the absence that raised the concern is not «after» anything.
    const opened = run([{ type: 'open', on: '2026-11-23', reason: 'Tre dager borte' }]);
    expect(opened).toMatchObject({ levelSince: '2026-11-23', measuresStartedOn: null });
    // The team starts the measures three days later: the level's date stays.
    const started = run([
      { type: 'open', on: '2026-11-23', reason: 'Tre dager borte' },
      { type: 'start-measures', heard: HEARD, on: '2026-11-26' },
    ]);
    expect(started).toMatchObject({ levelSince: '2026-11-23', measuresStartedOn: '2026-11-26', since: '2026-11-26' });
    // Moving the date and a «better» evaluation change neither.
    const evaluated = run([
      { type: 'open', on: '2026-11-23', reason: 'Tre dager borte' },
      { type: 'start-measures', heard: HEARD, on: '2026-11-26' },
      { type: 'set-evaluation-date', on: '2026-11-30', evaluationOn: '2026-12-18', reason: 'Møtet flyttet' },
      { type: 'evaluate', on: '2026-12-18', outcome: 'better', assessment: 'Bedre' },
    ]);
    expect(evaluated).toMatchObject({ levelSince: '2026-11-23', measuresStartedOn: '2026-11-26', since: '2026-12-18' });
    // A new level is a new period whose measures are yet to start.
    const escalated = run([
      { type: 'open', on: '2026-11-23', reason: 'Tre dager borte' },
      { type: 'start-measures', heard: HEARD, on: '2026-11-26' },
      { type: 'evaluate', heard: HEARD, on: '2026-12-17', outcome: 'more-needed', assessment: 'Uendret' },
    ]);
    expect(escalated).toMatchObject({ level: 1, levelSince: '2026-12-17', measuresStartedOn: null });
  });

  it('counts the default evaluation date in school days when the skolerute is given', () => {
    const parsed = parseSchoolCalendar({
      schoolYear: '2026-2027',
      firstDay: '2026-08-17',
      lastDay: '2027-06-18',
      springStarts: '2027-01-01',
      closed: [{ from: '2026-12-21', to: '2027-01-01', name: 'Juleferie' }],
      lessonsPerWeekday: [6, 6, 6, 6, 5],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const calendar = compileCalendar(parsed.calendar);
    const opened = transition(SALTDAL, null, { type: 'open', on: '2026-12-10', reason: 'x' }, { calendar });
    // 21 calendar days would be 31.12, inside juleferie; fifteen school days are 14.1.
    expect(opened).toMatchObject({ ok: true, next: { evaluationDue: '2027-01-14' } });
    const started = transition(
      SALTDAL,
      open(0),
      { type: 'start-measures', heard: HEARD, on: '2026-12-17' },
      { calendar },
    );
    expect(started).toMatchObject({ ok: true, next: { evaluationDue: '2027-01-21' } });
  });

  it('reads states stored before decision 102: their `since` was also the level’s', () => {
    const old = {
      status: 'open',
      level: 1,
      since: '2025-09-08',
      measuresStartedOn: '2025-09-08',
      evaluationDue: '2025-09-29',
      intensified: false,
    };
    expect(storedCaseState(old)).toEqual({ ...old, levelSince: '2025-09-08' });
    expect(storedCaseState(closed(1))).toEqual(closed(1));
  });

  it('takes a judgement of each measure with the evaluation, and refuses one without (decision 104)', () => {
    const judged = transition(SALTDAL, open(0), {
      type: 'evaluate',
      on: ON,
      outcome: 'better',
      assessment: 'Bedre',
      measures: [
        { measure: 'Egen garderobe', judgement: 'virket' },
        { measure: 'Vekking kl. 07.00', judgement: 'ikke-gjennomfort', comment: 'Mor på nattevakt' },
      ],
    });
    expect(judged.ok).toBe(true);
    expect(
      transition(SALTDAL, open(0), {
        type: 'evaluate',
        on: ON,
        outcome: 'better',
        assessment: 'Bedre',
        measures: [{ measure: 'Egen garderobe', judgement: 'kanskje' as 'virket' }],
      }),
    ).toEqual({ ok: false, error: 'Velg hvordan tiltaket «Egen garderobe» virket.' });
  });
});
