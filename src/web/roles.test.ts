import { describe, expect, it } from 'vitest';
import type { Me, RoleAssignment } from './api';
import nb from './i18n/nb';
import {
  casePlan,
  describeRole,
  hasAnyRole,
  homePlan,
  navPlan,
  reviewPlan,
  seesAdaptations,
  seesDecisionDeadlines,
  settingsSchools,
  SUBSTITUTE_NAMING_ROLES,
} from './roles';
import type { HomePlan } from './roles';

const me = (kind: Me['kind'], ...roles: RoleAssignment['role'][]): Pick<Me, 'kind' | 'roles'> => ({
  kind,
  roles: roles.map((role) => ({ role })),
});

describe('homePlan', () => {
  it.each<[string, Pick<Me, 'kind' | 'roles'>, HomePlan]>([
    [
      'kontaktlærer',
      me('staff', 'kontaktlaerer'),
      { showClasses: true, showMyClasses: true, showChildren: false, info: ['kontaktlaerer'] },
    ],
    [
      'faglærer',
      me('staff', 'faglaerer'),
      { showClasses: true, showMyClasses: false, showChildren: false, info: ['faglaerer'] },
    ],
    [
      'kontaktlærer and faglærer',
      me('staff', 'kontaktlaerer', 'faglaerer', 'faglaerer'),
      { showClasses: true, showMyClasses: true, showChildren: false, info: ['kontaktlaerer', 'faglaerer'] },
    ],
    [
      'rektor',
      me('staff', 'skoleledelse'),
      { showClasses: true, showMyClasses: false, showChildren: false, info: ['skoleledelse'] },
    ],
    [
      'skoleeier',
      me('municipal', 'skoleeier'),
      { showClasses: false, showMyClasses: false, showChildren: false, info: ['skoleeier'] },
    ],
    [
      'helsesykepleier and PPT share one consent note',
      me('service', 'helsesykepleier', 'ppt'),
      { showClasses: false, showMyClasses: false, showChildren: false, info: ['service'] },
    ],
    [
      'a service user without a role row still hears about consent',
      me('service'),
      { showClasses: false, showMyClasses: false, showChildren: false, info: ['service'] },
    ],
    [
      'foresatt',
      me('guardian', 'foresatt'),
      { showClasses: false, showMyClasses: false, showChildren: true, info: ['foresatt'] },
    ],
  ])('%s', (_name, user, expected) => {
    expect(homePlan(user)).toEqual(expected);
  });

  it('has an explanation text for every kind of role it can name', () => {
    const all = homePlan(
      me(
        'staff',
        'kontaktlaerer',
        'faglaerer',
        'skoleledelse',
        'ressursteam',
        'administrator',
        'skoleeier',
        'helsesykepleier',
        'ppt',
        'barnevern',
        'bup',
        'kommunepsykolog',
        'foresatt',
      ),
    );
    for (const key of all.info) expect(nb.roleInfo[key], key).toBeTruthy();
  });
});

describe('describeRole', () => {
  it('names the class and school for a contact teacher', () => {
    expect(
      describeRole({ role: 'kontaktlaerer', classId: 'c1', className: '10A', schoolName: 'Nordvik ungdomsskole' }),
    ).toEqual({
      key: 'class',
      role: 'kontaktlaerer',
      className: '10A',
      schoolName: 'Nordvik ungdomsskole',
    });
  });

  it('names the subject for a subject teacher', () => {
    expect(describeRole({ role: 'faglaerer', subject: 'Matematikk', schoolName: 'Nordvik skole' }).key).toBe('subject');
  });

  it('falls back to the school, then the role alone', () => {
    expect(describeRole({ role: 'skoleledelse', schoolName: 'Nordvik skole' }).key).toBe('school');
    expect(describeRole({ role: 'skoleeier' }).key).toBe('plain');
  });
});

describe('settingsSchools', () => {
  it('lists each school once, editable only where the user is its administrator', () => {
    const roles: RoleAssignment[] = [
      { role: 'skoleledelse', schoolId: 's1', schoolName: 'Nordvik skole' },
      { role: 'kontaktlaerer', schoolId: 's3', schoolName: 'Sørvik skole', classId: 'c1', className: '9A' },
      { role: 'administrator', schoolId: 's2', schoolName: 'Østvik skole' },
      { role: 'administrator', schoolId: 's1', schoolName: 'Nordvik skole' },
    ];
    expect(settingsSchools({ roles })).toEqual([
      { id: 's1', name: 'Nordvik skole', canEdit: true },
      { id: 's2', name: 'Østvik skole', canEdit: true },
    ]);
  });

  it('gives leadership a read-only view and others nothing', () => {
    expect(settingsSchools({ roles: [{ role: 'skoleledelse', schoolId: 's1', schoolName: 'Nordvik skole' }] })).toEqual(
      [{ id: 's1', name: 'Nordvik skole', canEdit: false }],
    );
    expect(settingsSchools(me('staff', 'kontaktlaerer', 'ressursteam'))).toEqual([]);
    expect(settingsSchools(me('municipal', 'skoleeier'))).toEqual([]);
  });
});

describe('casePlan', () => {
  it.each<[string, Pick<Me, 'kind' | 'roles'>, ReturnType<typeof casePlan>]>([
    ['kontaktlærer', me('staff', 'kontaktlaerer'), { myCases: true, myTasks: true, board: true, takeOver: false }],
    ['faglærer', me('staff', 'faglaerer'), { myCases: false, myTasks: false, board: false, takeOver: false }],
    ['skoleledelse', me('staff', 'skoleledelse'), { myCases: false, myTasks: true, board: true, takeOver: true }],
    [
      'ressursteam and kontaktlærer',
      me('staff', 'ressursteam', 'kontaktlaerer'),
      { myCases: true, myTasks: true, board: true, takeOver: false },
    ],
    ['administrator', me('staff', 'administrator'), { myCases: false, myTasks: false, board: true, takeOver: true }],
    [
      'helsesykepleier',
      me('service', 'helsesykepleier'),
      { myCases: false, myTasks: true, board: false, takeOver: false },
    ],
    ['foresatt', me('guardian', 'foresatt'), { myCases: false, myTasks: false, board: false, takeOver: false }],
  ])('%s', (_, user, expected) => {
    expect(casePlan(user)).toEqual(expected);
    expect(navPlan(user).board).toBe(expected.board);
  });
});

describe('reviewPlan: the reviews a role opens, as the policy table (decision 139)', () => {
  it.each<[string, Pick<Me, 'kind' | 'roles'>, string[]]>([
    ['kontaktlærer', me('staff', 'kontaktlaerer'), ['trinn']],
    ['faglærer', me('staff', 'faglaerer'), []],
    ['skoleledelse', me('staff', 'skoleledelse'), ['weekly', 'trinn', 'monthly', 'semester']],
    ['ressursteam', me('staff', 'ressursteam'), ['trinn', 'monthly']],
    ['skoleeier', me('municipal', 'skoleeier'), []],
  ])('%s', (_, user, expected) => {
    expect(
      Object.entries(reviewPlan(user))
        .filter(([, shown]) => shown)
        .map(([review]) => review),
    ).toEqual(expected);
  });
});

describe('navPlan: Brukere', () => {
  it.each<[string, Pick<Me, 'kind' | 'roles'>, boolean]>([
    ['administrator', me('staff', 'administrator'), true],
    ['skoleledelse', me('staff', 'skoleledelse'), false],
    ['skoleeier', me('municipal', 'skoleeier'), false],
    ['kontaktlærer', me('staff', 'kontaktlaerer'), false],
  ])('%s', (_, user, expected) => {
    expect(navPlan(user).users).toBe(expected);
  });
});

describe('navPlan: every page a role may use (decision 114)', () => {
  it.each<[string, Pick<Me, 'kind' | 'roles'>, string[]]>([
    ['kontaktlærer', me('staff', 'kontaktlaerer'), ['alerts', 'board', 'reviews', 'timetable']],
    ['faglærer', me('staff', 'faglaerer'), ['alerts', 'timetable']],
    [
      'skoleledelse',
      me('staff', 'skoleledelse'),
      ['alerts', 'board', 'import', 'profiles', 'auditLog', 'archive', 'reviews', 'timetable'],
    ],
    ['ressursteam', me('staff', 'ressursteam'), ['alerts', 'board', 'reviews']],
    [
      'administrator',
      me('staff', 'administrator'),
      ['alerts', 'board', 'import', 'profiles', 'auditLog', 'archive', 'users', 'roster', 'identity', 'reviews'],
    ],
    ['skoleeier', me('municipal', 'skoleeier'), ['profiles', 'roster', 'identity', 'oversight']],
    ['helsesykepleier', me('service', 'helsesykepleier'), ['healthConcern']],
    ['foresatt', me('guardian', 'foresatt'), []],
  ])('%s', (_, user, expected) => {
    const { settings: _settings, ...pages } = navPlan(user);
    expect(
      Object.entries(pages)
        .filter(([, shown]) => shown)
        .map(([page]) => page),
    ).toEqual(expected);
  });

  it('links the school’s settings for the leadership and the administrator, by school', () => {
    expect(
      navPlan({ roles: [{ role: 'skoleledelse', schoolId: 's1', schoolName: 'Nordvik skole' }] }).settings,
    ).toEqual([{ id: 's1', name: 'Nordvik skole' }]);
    expect(navPlan(me('staff', 'kontaktlaerer')).settings).toEqual([]);
  });
});

describe('SUBSTITUTE_NAMING_ROLES', () => {
  it('is who the server lets name the substitute of the day (decisions 192 and 207)', async () => {
    const { policies } = await import('../server/policies');
    for (const role of ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const) {
      const actor = { roles: [{ role, schoolId: 's', classId: 'c', serviceUnitId: null, subject: null }] };
      expect(hasAnyRole(me('staff', role), SUBSTITUTE_NAMING_ROLES), role).toBe(
        policies['class.substitutes.manage'](actor as never),
      );
    }
  });
});

describe('seesAdaptations', () => {
  it('is the class’s teachers and the leadership, as the server’s adaptations.read says (decision 190)', () => {
    expect(seesAdaptations(me('staff', 'faglaerer'))).toBe(true);
    expect(seesAdaptations(me('staff', 'kontaktlaerer'))).toBe(true);
    expect(seesAdaptations(me('staff', 'skoleledelse'))).toBe(true);
    expect(seesAdaptations(me('staff', 'administrator'))).toBe(false);
    expect(seesAdaptations(me('staff', 'ressursteam'))).toBe(false);
    expect(seesAdaptations(me('service', 'helsesykepleier'))).toBe(false);
  });

  it('matches the server’s policy for both actions', async () => {
    const { policies } = await import('../server/policies');
    for (const role of ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const) {
      const actor = { roles: [{ role, schoolId: 's', classId: 'c', serviceUnitId: null, subject: null }] };
      const server = policies['adaptations.read'](actor as never);
      expect(seesAdaptations(me('staff', role)), role).toBe(server);
      expect(policies['adaptations.confirm'](actor as never), role).toBe(server);
    }
  });
});

describe('seesDecisionDeadlines', () => {
  it('is the board of the roles a decision is delegated to, as the server’s decision.deadlines says (decision 219)', async () => {
    const { policies } = await import('../server/policies');
    for (const role of ['kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const) {
      const actor = { roles: [{ role, schoolId: 's', classId: 'c', serviceUnitId: null, subject: null }] };
      expect(seesDecisionDeadlines(me('staff', role)), role).toBe(policies['decision.deadlines'](actor as never));
    }
    expect(seesDecisionDeadlines(me('staff', 'skoleledelse'))).toBe(true);
    expect(seesDecisionDeadlines(me('staff', 'kontaktlaerer'))).toBe(false);
  });
});
