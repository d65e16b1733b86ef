import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/ladders/hardanger.json';
import jevnakerJson from '../../../content/ladders/jevnaker.json';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { transition, type OpenCase } from './case-machine';
import { checkChildWelfareReport, type HolisticAssessment } from './child-welfare-guardrail';
import { HEARD } from './testing';
import { parseLadder, type Ladder } from './ladder-schema';
import { checkTaskCompletion, checklistForLevel } from './tasks';

// 004 §5.1: high absence alone is never grounds for a report of concern to child welfare; the school
// must make a holistic assessment and be able to document it. The guardrail holds on every ladder.

function load(json: unknown, name: string): Ladder {
  const parsed = parseLadder(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.ladder;
}
const LADDERS = [
  load(saltdalJson, 'saltdal.json'),
  load(jevnakerJson, 'jevnaker.json'),
  load(hardangerJson, 'hardanger.json'),
];

const REPORT_ON = '2025-10-20';
const ASSESSMENT: HolisticAssessment = {
  assessedOn: '2025-10-17',
  assessedBy: 'Rektor og kontaktlærer, drøftet i nærværsteamet',
  causesConsidered: 'Skolevegring, mobbing og manglende tilrettelegging er kartlagt og tiltak prøvd i tre perioder.',
  grounds: 'Foresatte har over tid motarbeidet de faglige rådene for å få eleven på skolen.',
};
const NO_ASSESSMENT =
  'En bekymringsmelding til barneverntjenesten kan bare loggføres sammen med skolens dokumenterte helhetsvurdering. Høyt skolefravær alene er ikke grunnlag for melding.';

const openAt = (level: number): OpenCase => ({
  status: 'open',
  level,
  since: '2025-10-01',
  levelSince: '2025-10-01',
  measuresStartedOn: '2025-10-01',
  evaluationDue: '2025-10-22',
  intensified: false,
});

describe.each(LADDERS.map((ladder) => ({ id: ladder.id, ladder })))('guardrail on the $id ladder', ({ ladder }) => {
  const levels = ladder.levels.map((l) => l.level);

  it.each(levels)('nivå %i: a report without an assessment is refused', (level) => {
    expect(transition(ladder, openAt(level), { type: 'report-to-child-welfare', on: REPORT_ON })).toEqual({
      ok: false,
      error: NO_ASSESSMENT,
    });
    expect(
      transition(ladder, openAt(level), { type: 'report-to-child-welfare', on: REPORT_ON, holisticAssessment: null }),
    ).toEqual({ ok: false, error: NO_ASSESSMENT });
  });

  it.each(levels)('nivå %i: a report with the documented assessment is logged and changes nothing else', (level) => {
    expect(
      transition(ladder, openAt(level), {
        type: 'report-to-child-welfare',
        on: REPORT_ON,
        holisticAssessment: ASSESSMENT,
        heard: HEARD,
      }),
    ).toEqual({ ok: true, next: openAt(level) });
  });

  it('no move along the ladder reports by itself: reaching the top level is only a level change', () => {
    const top = levels[levels.length - 1]!;
    const result = transition(ladder, openAt(top - 1), {
      type: 'evaluate',
      on: REPORT_ON,
      outcome: 'more-needed',
      heard: HEARD,
      assessment: 'Fraværet vedvarer',
    });
    expect(result).toEqual({
      ok: true,
      next: {
        status: 'open',
        level: top,
        since: REPORT_ON,
        levelSince: REPORT_ON,
        measuresStartedOn: null,
        evaluationDue: '2025-11-10',
        intensified: false,
      },
    });
  });

  it('every task that can report to child welfare refuses completion without the assessment', () => {
    const tasks = [...ladder.levels.flatMap((l) => l.tasks), ...ladder.partnerChecklists.flatMap((c) => c.steps)];
    let checked = 0;
    for (const task of tasks) {
      const canReport =
        task.action?.type === 'child-welfare-report' ||
        (task.action?.type === 'referral' && (task.action.to === undefined || task.action.to.includes('barnevern')));
      if (!canReport) continue;
      const service = task.action?.type === 'referral' ? ('barnevern' as const) : undefined;
      expect(checkTaskCompletion(ladder, task.id, { on: REPORT_ON, service }), task.id).toEqual({
        ok: false,
        error: NO_ASSESSMENT,
      });
      expect(
        checkTaskCompletion(ladder, task.id, { on: REPORT_ON, service, holisticAssessment: ASSESSMENT }),
        task.id,
      ).toEqual({ ok: true, reportsToChildWelfare: true });
      checked++;
    }
    // Each shipped ladder has at least one such task (a report, or a referral where BVT can be chosen).
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the ladders’ own child-welfare tasks', () => {
  const [saltdal, jevnaker, hardanger] = LADDERS as [Ladder, Ladder, Ladder];

  it('Hardanger level 3 «Bekymringsmelding til Hardanger Barnevern» needs the assessment', () => {
    expect(checkTaskCompletion(hardanger, 'hardanger-3-bekymringsmelding', { on: REPORT_ON })).toEqual({
      ok: false,
      error: NO_ASSESSMENT,
    });
    expect(
      checkTaskCompletion(hardanger, 'hardanger-3-bekymringsmelding', {
        on: REPORT_ON,
        holisticAssessment: ASSESSMENT,
      }),
    ).toEqual({ ok: true, reportsToChildWelfare: true });
  });

  it('Saltdal level 2 «Henvise/melde til PPT, BUP eller BVT»: only BVT needs the assessment', () => {
    expect(checkTaskCompletion(saltdal, 'saltdal-2-henvise-melde', { on: REPORT_ON, service: 'ppt' })).toEqual({
      ok: true,
      reportsToChildWelfare: false,
    });
    expect(checkTaskCompletion(saltdal, 'saltdal-2-henvise-melde', { on: REPORT_ON, service: 'bup' })).toEqual({
      ok: true,
      reportsToChildWelfare: false,
    });
    expect(checkTaskCompletion(saltdal, 'saltdal-2-henvise-melde', { on: REPORT_ON, service: 'barnevern' })).toEqual({
      ok: false,
      error: NO_ASSESSMENT,
    });
    expect(checkTaskCompletion(saltdal, 'saltdal-2-henvise-melde', { on: REPORT_ON, service: 'fastlege' })).toEqual({
      ok: false,
      error: 'Denne henvisningen gjelder ppt, bup, barnevern, ikke fastlege.',
    });
  });

  it('Jevnaker «Vurdere andre instanser inn i saken»: choosing BVT needs the assessment', () => {
    expect(
      checkTaskCompletion(jevnaker, 'jevnaker-0-andre-instanser', { on: REPORT_ON, service: 'barnevern' }),
    ).toEqual({ ok: false, error: NO_ASSESSMENT });
    expect(checkTaskCompletion(jevnaker, 'jevnaker-0-andre-instanser', { on: REPORT_ON, service: 'ppt' })).toEqual({
      ok: true,
      reportsToChildWelfare: false,
    });
  });

  it('ordinary tasks complete without anything more; unknown tasks and misplaced services are refused', () => {
    expect(checkTaskCompletion(saltdal, 'saltdal-0-elevsamtale', { on: REPORT_ON })).toEqual({
      ok: true,
      reportsToChildWelfare: false,
    });
    expect(checkTaskCompletion(saltdal, 'finnes-ikke', { on: REPORT_ON })).toEqual({
      ok: false,
      error: 'Oppgaven «finnes-ikke» finnes ikke i «Saltdal kommunes tiltakstrapp».',
    });
    expect(checkTaskCompletion(saltdal, 'saltdal-0-elevsamtale', { on: REPORT_ON, service: 'barnevern' })).toEqual({
      ok: false,
      error: 'Bare en henvisning har en mottakende tjeneste.',
    });
  });
});

describe('what a documented assessment is', () => {
  it.each([
    {
      name: 'who assessed is missing',
      change: { assessedBy: ' ' },
      error: 'Helhetsvurderingen er ikke dokumentert: skriv hvem som har gjort vurderingen.',
    },
    {
      name: 'the causes weighed are missing',
      change: { causesConsidered: '' },
      error: 'Helhetsvurderingen er ikke dokumentert: skriv hvilke mulige årsaker til fraværet som er vurdert.',
    },
    {
      name: 'the grounds beyond absence are missing',
      change: { grounds: '' },
      error: 'Helhetsvurderingen er ikke dokumentert: skriv hva utover fraværet som gir grunnlag for melding.',
    },
    {
      name: 'both texts are missing',
      change: { causesConsidered: '', grounds: '' },
      error:
        'Helhetsvurderingen er ikke dokumentert: skriv hvilke mulige årsaker til fraværet som er vurdert og hva utover fraværet som gir grunnlag for melding.',
    },
    { name: 'no date', change: { assessedOn: '' }, error: 'Helhetsvurderingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).' },
    {
      name: 'assessed after the report',
      change: { assessedOn: '2025-10-21' },
      error: 'Helhetsvurderingen må være gjort før eller samme dag som meldingen sendes.',
    },
  ])('refused: $name', ({ change, error }) => {
    expect(checkChildWelfareReport(REPORT_ON, { ...ASSESSMENT, ...change })).toEqual({ ok: false, error });
  });

  it('assessed on the day of the report is fine', () => {
    expect(checkChildWelfareReport(REPORT_ON, { ...ASSESSMENT, assessedOn: REPORT_ON })).toEqual({ ok: true });
  });
});

describe('checklist for a level', () => {
  it('gives Hardanger level 2 its one-week deadline for the new conversation', () => {
    const [first, second] = checklistForLevel(LADDERS[2]!, 2, '2025-10-01');
    expect(first).toMatchObject({
      taskId: 'hardanger-2-ny-samtale',
      dueOn: '2025-10-08',
      responsible: ['kontaktlaerer', 'skoleledelse'],
    });
    expect(second?.dueOn).toBeNull();
  });

  it('gives Saltdal level 1 the written notice to the school leadership', () => {
    const items = checklistForLevel(LADDERS[0]!, 1, '2025-10-01');
    expect(items).toHaveLength(10);
    expect(items.find((i) => i.action?.type === 'written-notice')).toMatchObject({
      text: 'Varsle skoleledelsen skriftlig',
      action: { type: 'written-notice', to: 'skoleledelse' },
    });
  });
});
