import { describe, expect, it } from 'vitest';
import { findTask, parseLadder, reportsToChildWelfare, topLevel } from './ladder-schema';

// A small valid ladder; each case below breaks one thing and expects the Norwegian line that names
// the file, the level, the task and the field.
function minimal() {
  const task = (id: string, text = 'Elevsamtale') => ({ id, text, responsible: ['kontaktlaerer'] });
  const level = (n: number, tasks = [task(`t${n}`)]) => ({
    level: n,
    title: `Nivå ${n}`,
    source: 'test',
    problemAreas: [],
    goals: [],
    tasks,
    evaluation: [],
    partners: [],
    responsible: [],
  });
  const outcome = { text: 'x', source: 'test' };
  return {
    id: 'test',
    name: 'Testtrapp',
    source: 'test',
    evaluation: { defaultAfterDays: 21, source: 'test' },
    outcomes: { solved: outcome, better: outcome, 'more-needed': outcome },
    levels: [level(0), level(1)],
  } as Record<string, unknown> & { levels: ReturnType<typeof level>[] };
}

type Ladderish = ReturnType<typeof minimal>;
const task0 = (l: Ladderish) => l.levels[0]!.tasks[0]! as Record<string, unknown>;

const cases: { name: string; change: (l: Ladderish) => void; errors: string[] }[] = [
  {
    name: 'a task without responsible role',
    change: (l) => void (task0(l).responsible = []),
    errors: ['test.json: nivå 0: oppgave «t0»: responsible: minst én ansvarlig rolle'],
  },
  {
    name: 'an unknown role',
    change: (l) => void (task0(l).responsible = ['rektor']),
    errors: [
      'test.json: nivå 0: oppgave «t0»: responsible.0: ukjent rolle «rektor» (gyldige: kontaktlaerer, faglaerer, assistent, skoleledelse, ressursteam, naervaersteam, s-team, helsesykepleier, kommunepsykolog, fastlege, ppt, bup, barnevern, avdelingsdirektor, ansvarsgruppe, storste-tjenesteyter, foresatte, elev)',
    ],
  },
  {
    name: 'an empty task text',
    change: (l) => void (task0(l).text = '  '),
    errors: ['test.json: nivå 0: oppgave «t0»: text: kan ikke være tom'],
  },
  {
    name: 'a task without id is named by position',
    change: (l) => void delete task0(l).id,
    errors: ['test.json: nivå 0: oppgave nr. 1: id: mangler'],
  },
  {
    name: 'an unknown field',
    change: (l) => void (task0(l).owner = 'x'),
    errors: ['test.json: nivå 0: oppgave «t0»: ukjent felt «owner»'],
  },
  {
    name: 'a level without tasks',
    change: (l) => void (l.levels[1]!.tasks = []),
    errors: ['test.json: nivå 1: tasks: minst én oppgave'],
  },
  {
    name: 'a level without source',
    change: (l) => void delete (l.levels[1] as Record<string, unknown>).source,
    errors: ['test.json: nivå 1: source: mangler (hvor i kildedokumentet nivået står)'],
  },
  {
    name: 'a gap in the levels',
    change: (l) => void (l.levels[1]!.level = 2),
    errors: ['test.json: nivå 2: level: nivåene må være nummerert 0, 1, 2 … i rekkefølge (ventet 1)'],
  },
  {
    name: 'a duplicate task id',
    change: (l) => void (l.levels[1]!.tasks[0]!.id = 't0'),
    errors: ['test.json: nivå 1: oppgave «t0»: id: brukt av mer enn én oppgave i tiltakstrappen'],
  },
  {
    name: 'an unknown action type',
    change: (l) => void (task0(l).action = { type: 'letter' }),
    errors: [
      'test.json: nivå 0: oppgave «t0»: action.type: må være «meeting», «written-notice», «plan», «consent», «referral», «evaluation» eller «child-welfare-report»',
    ],
  },
  {
    name: 'a written notice to nobody known',
    change: (l) => void (task0(l).action = { type: 'written-notice', to: 'rektor' }),
    errors: ['test.json: nivå 0: oppgave «t0»: action.to: må være en av foresatte, skoleledelse, avdelingsdirektor'],
  },
  {
    name: 'a negative deadline',
    change: (l) => void (task0(l).dueWithinDays = -1),
    errors: ['test.json: nivå 0: oppgave «t0»: dueWithinDays: kan ikke være negativ'],
  },
  {
    name: 'a report to child welfare without the marker',
    change: (l) => void (task0(l).text = 'Bekymringsmelding til barnevernet'),
    errors: [
      'test.json: nivå 0: oppgave «t0»: action: teksten sier at det meldes til barneverntjenesten; merk oppgaven med {"type": "child-welfare-report"} eller en henvisning med "barnevern" i "to", så sperren for bekymringsmelding gjelder',
    ],
  },
  {
    name: '«melde til BVT» without the marker',
    change: (l) =>
      void Object.assign(task0(l), {
        text: 'Henvise/melde til PPT eller BVT',
        action: { type: 'referral', to: ['ppt'] },
      }),
    errors: [
      'test.json: nivå 0: oppgave «t0»: action: teksten sier at det meldes til barneverntjenesten; merk oppgaven med {"type": "child-welfare-report"} eller en henvisning med "barnevern" i "to", så sperren for bekymringsmelding gjelder',
    ],
  },
  {
    name: 'a missing outcome',
    change: (l) => void delete (l.outcomes as Record<string, unknown>)['more-needed'],
    errors: ['test.json: outcomes.more-needed: mangler'],
  },
  {
    name: 'an evaluation after zero days',
    change: (l) => void ((l.evaluation as Record<string, unknown>).defaultAfterDays = 0),
    errors: ['test.json: evaluation.defaultAfterDays: minst 1 dag'],
  },
  { name: 'no levels', change: (l) => void (l.levels = []), errors: ['test.json: levels: minst ett nivå'] },
  {
    name: 'a partner checklist step is named by checklist and step',
    change: (l) =>
      void (l.partnerChecklists = [
        {
          id: 'helse',
          title: 'Helse',
          partner: 'helsesykepleier',
          source: 'test',
          steps: [{ id: 's1', text: 'Kontakt', responsible: [] }],
        },
      ]),
    errors: ['test.json: sjekkliste «helse»: steg «s1»: responsible: minst én ansvarlig rolle'],
  },
];

describe('parseLadder refuses bad ladder files', () => {
  it('accepts the minimal ladder', () => {
    const parsed = parseLadder(minimal(), 'test.json');
    expect(parsed.ok).toBe(true);
  });

  it.each(cases)('$name', ({ change, errors }) => {
    const data = minimal();
    change(data);
    const parsed = parseLadder(data, 'test.json');
    expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
  });

  it('names the whole file when it is not an object', () => {
    expect(parseLadder([], 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: (tiltakstrappen): må være et JSON-objekt'],
    });
  });

  it('lets cooperation with a child welfare service already involved pass unmarked', () => {
    const data = minimal();
    task0(data).text = 'Familien skal være ivaretatt av helse, skole, bvt og eventuelt andre instanser';
    expect(parseLadder(data, 'test.json').ok).toBe(true);
  });
});

describe('ladder helpers', () => {
  const parsed = parseLadder(
    (() => {
      const l = minimal();
      l.levels[1]!.tasks.push({
        id: 'melde',
        text: 'Henvise/melde til PPT eller BVT',
        responsible: ['skoleledelse'],
        action: { type: 'referral', to: ['ppt', 'barnevern'] },
      } as never);
      return l;
    })(),
    'test.json',
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const ladder = parsed.ladder;

  it('finds the top level and tasks by id', () => {
    expect(topLevel(ladder)).toBe(1);
    expect(findTask(ladder, 'melde')?.text).toBe('Henvise/melde til PPT eller BVT');
    expect(findTask(ladder, 'nope')).toBeUndefined();
  });

  it('a referral reports to child welfare only when BVT is chosen', () => {
    const task = findTask(ladder, 'melde')!;
    expect(reportsToChildWelfare(task, 'ppt')).toBe(false);
    expect(reportsToChildWelfare(task, 'barnevern')).toBe(true);
    expect(reportsToChildWelfare(findTask(ladder, 't0')!)).toBe(false);
  });
});
