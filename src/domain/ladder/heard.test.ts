import { describe, expect, it } from 'vitest';
import { transition, type CaseAction, type OpenCase } from './case-machine';
import { checkHeard, heardNeeded, storedHeard, trimHeard, type Heard } from './heard';
import { parseLadder, topLevel, type Ladder } from './ladder-schema';
import { HEARD, HEARD_NOT_OBTAINED } from './testing';

// Issue 21 item 1 (decision 181): every step that starts measures, moves a level, closes the case or reports
// to the child welfare service is refused without the pupil's views (or why they could not be obtained and
// how they were sought) and the best-interest assessment — on every shipped ladder, read from content/ladders.

const SHIPPED = import.meta.glob<unknown>(['../../../content/ladders/*.json', '!../../../content/ladders/*.nn.json'], {
  eager: true,
  import: 'default',
});
const LADDERS: Ladder[] = Object.entries(SHIPPED).map(([file, json]) => {
  const parsed = parseLadder(json, file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.ladder;
});

const ON = '2025-10-06';
const openAt = (level: number): OpenCase => ({
  status: 'open',
  level,
  since: '2025-09-01',
  levelSince: '2025-09-01',
  measuresStartedOn: '2025-09-01',
  evaluationDue: '2025-09-22',
  intensified: false,
});

type Step = { name: string; level: (ladder: Ladder) => number; action: (heard: unknown) => CaseAction; views?: true };
const STEPS: Step[] = [
  {
    name: 'start measures',
    level: () => 0,
    action: (heard) => ({ type: 'start-measures', on: ON, heard }) as CaseAction,
  },
  {
    name: 'escalate',
    level: () => 0,
    action: (heard) => ({ type: 'escalate', on: ON, reason: 'Ingen bedring', heard }) as CaseAction,
  },
  {
    name: 'de-escalate',
    level: () => 1,
    action: (heard) => ({ type: 'de-escalate', on: ON, reason: 'Bedre', heard }) as CaseAction,
  },
  {
    name: 'close',
    level: (l) => topLevel(l),
    action: (heard) => ({ type: 'close', on: ON, summary: 'Tilbake i full skolegang', heard }) as CaseAction,
  },
  {
    name: 'evaluate: solved (closes)',
    level: () => 1,
    action: (heard) => ({ type: 'evaluate', on: ON, outcome: 'solved', assessment: 'Løst', heard }) as CaseAction,
  },
  {
    name: 'evaluate: more needed (next level)',
    level: () => 0,
    action: (heard) =>
      ({ type: 'evaluate', on: ON, outcome: 'more-needed', assessment: 'Uendret', heard }) as CaseAction,
  },
  {
    name: 'evaluate: more needed at the top (intensified measures start)',
    level: (l) => topLevel(l),
    action: (heard) =>
      ({
        type: 'evaluate',
        on: ON,
        outcome: 'more-needed',
        assessment: 'Uendret',
        intensifiedMeasures: 'Hjemmebesøk hver morgen',
        heard,
      }) as CaseAction,
  },
  {
    name: 'report to the child welfare service',
    level: () => 1,
    views: true,
    action: (heard) =>
      ({
        type: 'report-to-child-welfare',
        on: ON,
        holisticAssessment: {
          assessedOn: ON,
          assessedBy: 'Rektor og helsesykepleier',
          causesConsidered: 'Skolevegring, mistrivsel',
          grounds: 'Eleven forteller om vold hjemme',
        },
        heard,
      }) as CaseAction,
  },
];

const without = (heard: Heard, change: Record<string, unknown>) => ({
  ...heard,
  pupilViews: { ...heard.pupilViews, ...change },
});

describe.each(LADDERS.map((ladder) => ({ id: ladder.id, ladder })))('on the $id ladder', ({ ladder }) => {
  it('has the ladders of content/ladders', () => expect(LADDERS.length).toBeGreaterThanOrEqual(3));

  describe.each(STEPS)('$name', (step) => {
    const state = openAt(step.level(ladder));
    const refused = (heard: unknown) => {
      const result = transition(ladder, state, step.action(heard));
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error;
    };

    it('is refused without the record, naming the pupil’s views', () => {
      for (const heard of [undefined, null, {}, { bestInterest: HEARD.bestInterest }])
        expect(refused(heard)).toMatch(/^Elevens syn må være registrert .+ – eller hvorfor det ikke kunne innhentes/);
    });

    it('is refused with the views obtained but not written, or not saying how', () => {
      expect(refused(without(HEARD, { views: '  ' }))).toContain('hva eleven selv mener');
      expect(refused(without(HEARD, { views: 'ok' }))).toContain('hva eleven selv mener (minst 10 tegn)');
      expect(refused(without(HEARD, { how: 'gjettet' }))).toContain('hvordan elevens syn ble innhentet');
    });

    it('is refused with «not obtained» but no why or no how it was sought', () => {
      expect(refused(without(HEARD_NOT_OBTAINED, { why: '' }))).toContain('hvorfor elevens syn ikke kunne innhentes');
      expect(refused(without(HEARD_NOT_OBTAINED, { howSought: ' ' }))).toContain(
        'hvordan det er forsøkt å høre eleven',
      );
    });

    if (step.views) {
      it('takes the holistic assessment as its assessment: no separate best interest needed', () => {
        expect(transition(ladder, state, step.action({ ...HEARD, bestInterest: '' })).ok).toBe(true);
      });
    } else {
      it('is refused without the best-interest assessment', () => {
        for (const bestInterest of [undefined, '', '   ', 'bra'])
          expect(refused({ ...HEARD, bestInterest })).toContain('vurderingen av barnets beste');
      });
    }

    it('is accepted with the views obtained, or with why not and how they were sought', () => {
      expect(transition(ladder, state, step.action(HEARD)).ok).toBe(true);
      expect(transition(ladder, state, step.action(HEARD_NOT_OBTAINED)).ok).toBe(true);
    });
  });

  it('an evaluation that keeps the level and the measures («better») needs no record', () => {
    const action: CaseAction = { type: 'evaluate', on: ON, outcome: 'better', assessment: 'Bedre' };
    expect(transition(ladder, openAt(0), action).ok).toBe(true);
  });

  it('measures started by activating a plan carry the activation’s record too (decision 204)', () => {
    const action: CaseAction = { type: 'start-measures', on: ON, planId: 'plan-1' };
    expect(transition(ladder, openAt(0), action)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Elevens syn må være registrert før tiltak settes i gang'),
    });
    expect(transition(ladder, openAt(0), { ...action, heard: HEARD }).ok).toBe(true);
  });
});

describe('the record', () => {
  it('names every missing text in one sentence', () => {
    expect(
      checkHeard({ pupilViews: { obtained: false, why: '', howSought: '' }, bestInterest: '' }, 'før saken lukkes'),
    ).toBe(
      'Elevens stemme og barnets beste må være dokumentert før saken lukkes: skriv hvorfor elevens syn ikke kunne innhentes (minst 10 tegn), hvordan det er forsøkt å høre eleven (minst 10 tegn) og vurderingen av barnets beste (minst 10 tegn).',
    );
  });

  it('is stored trimmed, keeping only its own fields', () => {
    const messy = {
      pupilViews: { obtained: true, how: 'samtale', views: '  Vil ha kortere dager  ', why: 'x' },
      bestInterest: '  Trygghet først, så mer tid  ',
      extra: 'no',
    };
    expect(trimHeard(messy)).toEqual({
      pupilViews: { obtained: true, how: 'samtale', views: 'Vil ha kortere dager' },
      bestInterest: 'Trygghet først, så mer tid',
    });
    expect(storedHeard(undefined)).toBeNull();
    expect(storedHeard({ bestInterest: 'x' })).toBeNull();
  });

  it('is needed on exactly the steps of item 1', () => {
    expect(['start-measures', 'escalate', 'de-escalate', 'close'].map((t) => heardNeeded(t))).toEqual([
      'full',
      'full',
      'full',
      'full',
    ]);
    expect(heardNeeded('report-to-child-welfare')).toBe('views');
    expect(heardNeeded('evaluate', 'solved')).toBe('full');
    expect(heardNeeded('evaluate', 'more-needed')).toBe('full');
    expect(heardNeeded('evaluate', 'better')).toBeNull();
    expect(['open', 'reopen', 'set-evaluation-date'].map((t) => heardNeeded(t))).toEqual([null, null, null]);
  });
});
