// The pupils' own accounts from the roster (issue 21 item 2, decision 205): a student with a Feide username in
// users.csv gets an account of kind `pupil` linked to the pupil; renamed or opened again as the roster says;
// disabled when the pupil leaves; refused when the username is someone else's.
import { describe, expect, it } from 'vitest';
import { diffRoster, planIsEmpty, type CurrentRoster } from './diff';
import { parseOneRoster } from './oneroster';
import { bundleTables, syntheticBundle, type Bundle } from './synthetic-bundle';
import type { Roster } from './types';

const options = { allowSynthetic: true, schoolYear: 2026 };
const empty: CurrentRoster = { schools: [], classes: [], pupils: [], guardians: [], staff: [] };

function parse(bundle: Bundle) {
  const parsed = parseOneRoster(bundleTables(bundle), options);
  return parsed;
}

/** What the database holds after `roster` was applied, ids = source ids; `accounts` by pupil source id. */
function held(roster: Roster, accounts: Record<string, { username: string; disabled?: boolean }>): CurrentRoster {
  return {
    schools: roster.schools.map((s) => ({ id: s.sourceId, ...s })),
    classes: roster.classes.map((c) => ({
      id: c.sourceId,
      sourceId: c.sourceId,
      schoolId: c.schoolSourceId,
      name: c.name,
      trinn: c.trinn,
      schoolYear: c.schoolYear,
    })),
    pupils: roster.pupils.map(({ username: _u, ...p }) => ({
      id: p.sourceId,
      ...p,
      classId: p.classSourceId,
      leftOn: null,
      account: accounts[p.sourceId]
        ? {
            userId: `u-${p.sourceId}`,
            username: accounts[p.sourceId]!.username,
            disabled: accounts[p.sourceId]!.disabled ?? false,
          }
        : null,
    })),
    guardians: roster.guardians.map((g) => ({
      id: g.sourceId,
      ...g,
      children: g.children.map((c) => ({ pupilId: c.pupilSourceId, parentalResponsibility: c.parentalResponsibility })),
    })),
    staff: roster.staff.map((s) => ({
      id: s.sourceId,
      sourceId: s.sourceId,
      username: s.username,
      displayName: s.displayName,
      leftOn: null,
      disabled: false,
      roles: s.roles.map((r) => ({ role: r.role, schoolId: r.schoolSourceId, classId: r.classSourceId })),
    })),
  };
}

const allAccounts = (roster: Roster) =>
  Object.fromEntries(roster.pupils.map((p) => [p.sourceId, { username: p.username! }]));

describe('pupils’ own accounts from the roster', () => {
  it('reads a student’s Feide username, lower case, and a student without one has none', () => {
    const bundle = syntheticBundle({ pupils: 4, schools: 1, schoolYear: 2026 });
    const users = bundle['users.csv']!;
    const col = users[0]!.indexOf('username');
    const row = (id: string) => users.find((r) => r[0] === id)!;
    row('elev-1')[col] = 'Elev-1@Elev.Kommune.Example';
    row('elev-2')[col] = '';
    const { roster, problems } = parse(bundle);
    expect(problems).toEqual([]);
    const byId = new Map(roster.pupils.map((p) => [p.sourceId, p.username]));
    expect(byId.get('elev-1')).toBe('elev-1@elev.kommune.example');
    expect(byId.get('elev-2')).toBeUndefined();
  });

  it('names a username two people have, a pupil and an employee, and a malformed one', () => {
    const bundle = syntheticBundle({ pupils: 4, schools: 1, schoolYear: 2026 });
    const users = bundle['users.csv']!;
    const col = users[0]!.indexOf('username');
    const staff = users.find((r) => r[0]!.startsWith('laerer-'))!;
    const pupilLine = users.findIndex((r) => r[0] === 'elev-1');
    users[pupilLine]![col] = staff[col]!;
    users.find((r) => r[0] === 'elev-2')![col] = 'har mellomrom';
    const { problems } = parse(bundle);
    expect(problems.map((p) => [p.column, p.reason.replace(/\d+/g, 'N')])).toEqual(
      expect.arrayContaining([
        ['username', 'samme brukernavn som på linje N'],
        ['username', expect.stringContaining('brukernavnet kan ha små bokstaver')],
      ]),
    );
  });

  const { roster } = parse(syntheticBundle({ pupils: 6, schools: 1, schoolYear: 2026 }));
  const cases: {
    name: string;
    current: () => CurrentRoster;
    incoming: () => Roster;
    expect: { create: string[]; update: { userId: string; username: string; enable: boolean }[]; disable: string[] };
    problem?: string;
  }[] = [
    {
      name: 'a first sync makes an account for every pupil with a username',
      current: () => empty,
      incoming: () => roster,
      expect: { create: roster.pupils.map((p) => p.sourceId), update: [], disable: [] },
    },
    {
      name: 'the same roster again changes nothing',
      current: () => held(roster, allAccounts(roster)),
      incoming: () => roster,
      expect: { create: [], update: [], disable: [] },
    },
    {
      name: 'a pupil already there without an account gets one',
      current: () => held(roster, { ...allAccounts(roster), 'elev-2': undefined! }),
      incoming: () => roster,
      expect: { create: ['elev-2'], update: [], disable: [] },
    },
    {
      name: 'a new Feide username renames the account',
      current: () => held(roster, { ...allAccounts(roster), 'elev-3': { username: 'gammel@elev.kommune.example' } }),
      incoming: () => roster,
      expect: {
        create: [],
        update: [{ userId: 'u-elev-3', username: 'elev-3@elev.kommune.example', enable: false }],
        disable: [],
      },
    },
    {
      name: 'a pupil who left and comes back has the account opened again',
      current: () =>
        held(roster, {
          ...allAccounts(roster),
          'elev-4': { username: 'elev-4@elev.kommune.example', disabled: true },
        }),
      incoming: () => roster,
      expect: {
        create: [],
        update: [{ userId: 'u-elev-4', username: 'elev-4@elev.kommune.example', enable: true }],
        disable: [],
      },
    },
    {
      name: 'a pupil who leaves has the account disabled',
      current: () => held(roster, allAccounts(roster)),
      incoming: () => ({ ...roster, pupils: roster.pupils.filter((p) => p.sourceId !== 'elev-5') }),
      expect: { create: [], update: [], disable: ['u-elev-5'] },
    },
    {
      name: 'a username an employee’s account has is refused, naming the pupil',
      current: () => {
        const c = held(roster, {});
        c.staff[0] = { ...c.staff[0]!, username: 'elev-1@elev.kommune.example' };
        return c;
      },
      incoming: () => roster,
      expect: {
        create: roster.pupils.filter((p) => p.sourceId !== 'elev-1').map((p) => p.sourceId),
        update: [],
        disable: [],
      },
      problem: 'brukernavnet «elev-1@elev.kommune.example» til eleven «elev-1» har allerede en annen bruker i Nærvær',
    },
  ];
  it.each(cases)('$name', ({ current, incoming, expect: want, problem }) => {
    const plan = diffRoster(current(), incoming());
    expect(plan.pupilAccounts.create.map((a) => a.pupilSourceId)).toEqual(want.create);
    expect(plan.pupilAccounts.update.map(({ userId, username, enable }) => ({ userId, username, enable }))).toEqual(
      want.update,
    );
    expect(plan.pupilAccounts.disable.map((d) => d.userId)).toEqual(want.disable);
    expect(plan.problems.map((p) => p.reason)).toEqual(problem ? [problem] : []);
    if (!want.create.length && !want.update.length && !want.disable.length && !problem)
      expect(planIsEmpty(plan)).toBe(true);
  });

  it('names the account in the preview: «får elevkonto» on a new pupil and on one already there', () => {
    // The school and its classes are there (the preview's first rows are the pupils then).
    const fresh = diffRoster({ ...held(roster, {}), pupils: [], guardians: [] }, roster);
    expect(fresh.summary.flatMap((s) => s.rows.new.filter((r) => r.what === 'elev').map((r) => r.detail))).toContain(
      `${roster.classes.find((c) => c.sourceId === roster.pupils[0]!.classSourceId)!.name}, får elevkonto`,
    );
    const some = diffRoster(held(roster, { ...allAccounts(roster), 'elev-2': undefined! }), roster);
    expect(some.summary.flatMap((s) => s.rows.changed.map((r) => r.detail))).toEqual(['får elevkonto']);
  });
});
