import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/ladders/hardanger.json';
import jevnakerJson from '../../../content/ladders/jevnaker.json';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { parseLadder, findTask } from './ladder-schema';
import { tasksTickedBy, taskWording, type CaseWork } from './work-ticks';

const FILES: Record<string, unknown> = { saltdal: saltdalJson, jevnaker: jevnakerJson, hardanger: hardangerJson };
const shipped = (name: string) => {
  const parsed = parseLadder(FILES[name], `${name}.json`);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.ladder;
};
const saltdal = shipped('saltdal');
const hardanger = shipped('hardanger');
const all = (ladder: ReturnType<typeof shipped>) => ladder.levels.flatMap((l) => l.tasks.map((t) => t.id));

describe('the work that ticks a ladder task (decision 112)', () => {
  it.each<[string, CaseWork, string[]]>([
    [
      'a held undringssamtale with the pupil ticks every «Elevsamtale»',
      { kind: 'meeting', meetingType: 'undringssamtale-elev', id: 'm1' },
      ['saltdal-0-elevsamtale', 'saltdal-1-elevsamtale', 'saltdal-2-elevsamtale'],
    ],
    [
      'a held talk with the guardians ticks «Samtale med foresatte»',
      { kind: 'meeting', meetingType: 'undringssamtale-foresatte', id: 'm2' },
      ['saltdal-0-samtale-foresatte'],
    ],
    [
      'an årsakskartlegging ticks the mapping tasks the ladder names',
      { kind: 'form', formId: 'arsakskartlegging', id: 'f1' },
      ['saltdal-0-kartlegge-fravaeret', 'saltdal-0-problemets-kjerne', 'saltdal-1-kartlegging'],
    ],
    ['a form the ladder does not name ticks nothing', { kind: 'form', formId: 'pluss-minus-skjema', id: 'f2' }, []],
    [
      'an activated samarbeidsavtale ticks «Utarbeide tiltak» and «Legge til rette for evt. nye tiltak»',
      { kind: 'plan', plan: 'samarbeidsavtale', id: 'p1' },
      ['saltdal-0-utarbeide-tiltak', 'saltdal-1-nye-tiltak'],
    ],
    [
      'an activated tiltaksplan ticks its plan tasks too',
      { kind: 'plan', plan: 'tiltaksplan', id: 'p2' },
      ['saltdal-0-utarbeide-tiltak', 'saltdal-1-nye-tiltak', 'saltdal-2-tiltaksplan', 'saltdal-3-tiltaksplan-ip'],
    ],
    ['a consent ticks «Innhente samtykkeerklæring»', { kind: 'consent', id: 'k1' }, ['saltdal-2-samtykke']],
    [
      'a referral to PPT ticks «Henvise/melde til PPT, BUP eller BVT»',
      { kind: 'referral', service: 'ppt', id: 'r1' },
      ['saltdal-2-henvise-melde'],
    ],
    [
      'a referral to child welfare ticks nothing by itself (the guardrail of 004 §5.1 stays with a person)',
      { kind: 'referral', service: 'barnevern', id: 'r2' },
      [],
    ],
    [
      'a referral to a service the task does not name ticks nothing',
      { kind: 'referral', service: 'fastlege', id: 'r3' },
      [],
    ],
  ])('%s', (_, work, expected) => {
    expect(tasksTickedBy(saltdal, all(saltdal), work)).toEqual(expected);
  });

  it('ticks only the open tasks it is given', () => {
    const work: CaseWork = { kind: 'meeting', meetingType: 'undringssamtale-elev', id: 'm1' };
    expect(tasksTickedBy(saltdal, ['saltdal-1-elevsamtale', 'saltdal-1-skole-hjem'], work)).toEqual([
      'saltdal-1-elevsamtale',
    ]);
  });

  it('never ticks a report to child welfare, whatever the work', () => {
    const works: CaseWork[] = [
      { kind: 'referral', service: 'barnevern', id: 'r' },
      { kind: 'consent', id: 'k' },
      { kind: 'meeting', meetingType: 'samarbeidsmote', id: 'm' },
    ];
    for (const work of works) expect(tasksTickedBy(hardanger, ['hardanger-3-bekymringsmelding'], work)).toEqual([]);
  });
});

describe('the task as the app says it (decision 113)', () => {
  it('reads «Registrering av fravær» and keeps the source’s words for «Kilde»', () => {
    expect(taskWording(findTask(saltdal, 'saltdal-0-registrering')!)).toEqual({
      text: 'Registrering av fravær',
      sourceText: 'Registrering av fravær i Visma Flyt Skole',
    });
    expect(taskWording(findTask(saltdal, 'saltdal-0-elevsamtale')!)).toEqual({ text: 'Elevsamtale', sourceText: null });
  });

  it('names no other system in any shipped ladder’s task as the app shows it', () => {
    for (const name of ['saltdal', 'jevnaker', 'hardanger']) {
      const ladder = shipped(name);
      const shown = [...ladder.levels.flatMap((l) => l.tasks), ...ladder.partnerChecklists.flatMap((c) => c.steps)].map(
        (t) => taskWording(t).text,
      );
      expect(shown.filter((text) => /Visma|Sampro/.test(text))).toEqual([]);
    }
  });
});
