// The synthetic demo: a deterministic plan of two kommuner, built from a seeded PRNG so that every run
// (and every developer's machine) gets the same people with the same ids. All people are invented;
// fødselsnumre use the synthetic range (month + 80).
import { syntheticNationalId } from '../../domain/people/national-id';
import type { Malform } from '../../domain/language/language';
import type { Profile } from '../../domain/rules/profile-schema';
import type { ProtectedAddress, Role, ServiceKind, UserKind } from '../../db/schema';
import { NABODAL_PROFILE_ID, nabodalProfile } from './nabodal-profile';

export const DEMO_PASSWORD = 'naervaer-demo';

const FIRST = [
  'Emma',
  'Nora',
  'Ella',
  'Sofie',
  'Olivia',
  'Ingrid',
  'Sara',
  'Maja',
  'Leah',
  'Frida',
  'Astrid',
  'Selma',
  'Hedda',
  'Tiril',
  'Amalie',
  'Thea',
  'Iben',
  'Mathea',
  'Live',
  'Aurora',
  'Jakob',
  'Emil',
  'Noah',
  'Oliver',
  'Filip',
  'William',
  'Lucas',
  'Henrik',
  'Isak',
  'Aksel',
  'Magnus',
  'Johannes',
  'Sander',
  'Tobias',
  'Elias',
  'Jonas',
  'Mathias',
  'Ludvig',
  'Even',
  'Sigurd',
  'Amir',
  'Yusuf',
  'Aisha',
  'Zainab',
  'Oskar',
  'Liam',
  'Mikkel',
  'Vilde',
  'Eira',
  'Kasper',
];
const LAST = [
  'Berg',
  'Haugen',
  'Lunde',
  'Fjell',
  'Dahl',
  'Moen',
  'Solberg',
  'Strand',
  'Bakken',
  'Lie',
  'Nygård',
  'Aasen',
  'Holm',
  'Vik',
  'Sæther',
  'Brekke',
  'Myhre',
  'Eide',
  'Rønning',
  'Tangen',
  'Hovland',
  'Sletten',
  'Kvamme',
  'Åsheim',
  'Grønli',
  'Skog',
  'Fossum',
  'Lien',
  'Hagen',
  'Ødegård',
];
const ADULT_FIRST = [
  'Kari',
  'Ola',
  'Marte',
  'Per',
  'Silje',
  'Anders',
  'Hilde',
  'Geir',
  'Linn',
  'Trond',
  'Camilla',
  'Espen',
  'Tone',
  'Rune',
  'Ida',
  'Kjetil',
  'Mona',
  'Stian',
  'Ragnhild',
  'Øyvind',
];

type Id = string;
export type DemoKommune = {
  id: Id;
  kommunenummer: string;
  name: string;
  /** The kommune's målform (decision 176): Nabodal writes nynorsk, Nærvik bokmål. */
  malform: Malform;
  schools: { id: Id; name: string; firstTrinn: number; lastTrinn: number; profile: string; calendarId: Id }[];
  services: { id: Id; name: string; kind: ServiceKind }[];
  classes: { id: Id; schoolId: Id; name: string; trinn: number; schoolYear: number }[];
  pupils: {
    id: Id;
    firstName: string;
    lastName: string;
    birthDate: string;
    nationalId: string | null;
    protectedAddress: ProtectedAddress;
    classId: Id;
    membershipId: Id;
    localId: string;
    /** The pupil's own account (decision 184): Henrik's, the `elev` login. */
    userId?: Id;
  }[];
  guardians: { id: Id; firstName: string; lastName: string; phone: string; userId: Id | null; pupilIds: Id[] }[];
  users: { id: Id; username: string; displayName: string; kind: UserKind; login: boolean }[];
  roles: { id: Id; userId: Id; role: Role; schoolId?: Id; classId?: Id; serviceUnitId?: Id; subject?: string }[];
  lessons: { id: Id; classId: Id; weekday: number; period: number; subject: string; teacherId: Id | null }[];
  ruleProfiles: Profile[];
};

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = '4';
      hex[16] = ((Math.floor(next() * 4) + 8) as number).toString(16);
      const h = hex.join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
}

const SUBJECTS_BARNE = [
  'Norsk',
  'Matematikk',
  'Engelsk',
  'Naturfag',
  'Samfunnsfag',
  'KRLE',
  'Kunst og håndverk',
  'Musikk',
  'Norsk',
  'Matematikk',
];
const SUBJECTS_UNGDOM = [
  'Norsk',
  'Matematikk',
  'Engelsk',
  'Naturfag',
  'Samfunnsfag',
  'KRLE',
  'Fremmedspråk',
  'Mat og helse',
  'Kunst og håndverk',
  'Musikk',
  'Valgfag',
  'Norsk',
  'Matematikk',
];

/** Lessons per weekday (Monday first) for a trinn. */
export function lessonsPerDay(trinn: number): number[] {
  if (trinn <= 4) return [5, 5, 5, 5, 4];
  if (trinn <= 7) return [6, 6, 6, 6, 5];
  return [7, 7, 6, 7, 6];
}

/** The school year (its starting calendar year) that contains a date: from 1 August. */
export function schoolYearOf(date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m >= 8 ? y : y - 1;
}

type SchoolPlan = {
  name: string;
  firstTrinn: number;
  lastTrinn: number;
  classesPerTrinn: number;
  pupilsPerClass: number;
  profile: string;
  prefix: string;
};
type KommunePlan = {
  seed: number;
  kommunenummer: string;
  name: string;
  suffix: string;
  place: string;
  malform: Malform;
  schools: SchoolPlan[];
  /** The kommune's own rule profiles (kommune_rule_profile), beside the shipped ones. */
  ownProfiles?: (() => Profile)[];
};

const PLANS: KommunePlan[] = [
  {
    seed: 2026,
    kommunenummer: '9901',
    name: 'Nærvik kommune',
    suffix: '',
    place: 'Nærvik',
    malform: 'nb',
    schools: [
      {
        name: 'Nærvik barneskole',
        firstTrinn: 1,
        lastTrinn: 7,
        classesPerTrinn: 2,
        pupilsPerClass: 20,
        profile: 'jevnaker',
        prefix: 'NB',
      },
      {
        name: 'Nærvik ungdomsskole',
        firstTrinn: 8,
        lastTrinn: 10,
        classesPerTrinn: 2,
        pupilsPerClass: 25,
        profile: 'saltdal',
        prefix: 'NU',
      },
      {
        name: 'Fjordli skole',
        firstTrinn: 1,
        lastTrinn: 10,
        classesPerTrinn: 1,
        pupilsPerClass: 17,
        profile: 'kearney-2008',
        prefix: 'FS',
      },
    ],
  },
  {
    seed: 1881,
    kommunenummer: '9902',
    name: 'Nabodal kommune',
    suffix: '.nabo',
    place: 'Nabodal',
    // A nynorsk kommune (språklova), so the demo shows the interface and its letters in nynorsk.
    malform: 'nn',
    // The kommune's own profile (nabodal-profile.ts): Hardanger's plan and a 10 % figure of its own.
    schools: [
      {
        name: 'Nabodal skole',
        firstTrinn: 1,
        lastTrinn: 10,
        classesPerTrinn: 1,
        pupilsPerClass: 10,
        profile: NABODAL_PROFILE_ID,
        prefix: 'ND',
      },
    ],
    ownProfiles: [nabodalProfile],
  },
];

/** Scenario pupils in the demo contact teacher's class (see docs/demo.md). */
export const SCENARIO = [
  { firstName: 'Henrik', lastName: 'Fjell', protectedAddress: 'none' as ProtectedAddress },
  { firstName: 'Sara', lastName: 'Lunde', protectedAddress: 'none' as ProtectedAddress },
  { firstName: 'Amir', lastName: 'Haugen', protectedAddress: 'none' as ProtectedAddress },
  { firstName: 'Ingrid', lastName: 'Moen', protectedAddress: 'strengt_fortrolig' as ProtectedAddress },
  { firstName: 'Jonas', lastName: 'Strand', protectedAddress: 'fortrolig' as ProtectedAddress },
  { firstName: 'Emil', lastName: 'Bakken', protectedAddress: 'none' as ProtectedAddress },
];

/** Builds both demo kommuner for the school year containing `today` (YYYY-MM-DD). */
export function generateDemo(today: string): DemoKommune[] {
  const schoolYear = schoolYearOf(today);
  return PLANS.map((plan) => generateKommune(plan, schoolYear));
}

function generateKommune(plan: KommunePlan, schoolYear: number): DemoKommune {
  const r = prng(plan.seed * 7919 + schoolYear);
  const k: DemoKommune = {
    id: r.uuid(),
    kommunenummer: plan.kommunenummer,
    name: plan.name,
    malform: plan.malform,
    schools: [],
    services: [],
    classes: [],
    pupils: [],
    guardians: [],
    users: [],
    roles: [],
    lessons: [],
    ruleProfiles: (plan.ownProfiles ?? []).map((make) => make()),
  };
  const user = (username: string, displayName: string, kind: UserKind, login: boolean) => {
    const u = { id: r.uuid(), username, displayName, kind, login };
    k.users.push(u);
    return u;
  };
  const adultName = () => `${r.pick(ADULT_FIRST)} ${r.pick(LAST)}`;
  const s = plan.suffix;

  for (const sp of plan.schools)
    k.schools.push({
      id: r.uuid(),
      name: sp.name,
      firstTrinn: sp.firstTrinn,
      lastTrinn: sp.lastTrinn,
      profile: sp.profile,
      calendarId: r.uuid(),
    });
  for (const [kind, name] of [
    ['helsestasjon', `Helsestasjon og skolehelsetjeneste ${plan.place}`],
    ['ppt', `PPT ${plan.place}`],
    ['barneverntjeneste', `Barneverntjenesten ${plan.place}`],
  ] as const) {
    k.services.push({ id: r.uuid(), name, kind });
  }
  // The school the demo logins belong to: the ungdomsskole (or the only school).
  const mainSchool = k.schools.find((x) => x.lastTrinn === 10 && x.firstTrinn === 8) ?? k.schools[0]!;

  let pupilSeq = 0;
  let staffSeq = 0;
  plan.schools.forEach((sp, si) => {
    const school = k.schools[si]!;
    for (let trinn = sp.firstTrinn; trinn <= sp.lastTrinn; trinn++) {
      for (let c = 0; c < sp.classesPerTrinn; c++) {
        const cls = { id: r.uuid(), schoolId: school.id, name: `${trinn}${'ABCD'[c]}`, trinn, schoolYear };
        k.classes.push(cls);
        for (let p = 0; p < sp.pupilsPerClass; p++) {
          pupilSeq++;
          const birthYear = schoolYear - 5 - trinn;
          const month = 1 + r.int(12);
          const day = 1 + r.int(28);
          const birthDate = `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          // One in forty is newly arrived and has no Norwegian identity number yet.
          const nationalId = r.int(40) === 0 ? null : syntheticNationalId(birthDate, pupilSeq * 7);
          k.pupils.push({
            id: r.uuid(),
            firstName: r.pick(FIRST),
            lastName: r.pick(LAST),
            birthDate,
            nationalId,
            protectedAddress: 'none',
            classId: cls.id,
            membershipId: r.uuid(),
            localId: `${sp.prefix}-${String(pupilSeq).padStart(4, '0')}`,
          });
        }
      }
    }
  });

  // Every class gets a contact teacher and a timetable; only the demo logins can log in.
  const staffFor = new Map<string, string>();
  for (const cls of k.classes) {
    staffSeq++;
    const teacher = user(`laerer${staffSeq}.${plan.kommunenummer}`, adultName(), 'staff', false);
    staffFor.set(cls.id, teacher.id);
    k.roles.push({ id: r.uuid(), userId: teacher.id, role: 'kontaktlaerer', schoolId: cls.schoolId, classId: cls.id });
  }

  const ungdom = k.classes.filter((c) => c.schoolId === mainSchool.id && c.trinn >= 8);
  const contactClass = ungdom.find((c) => c.name === '9A') ?? ungdom[0]!;
  // The demo contact teacher replaces the generated one of that class.
  const kontakt = user(`kontaktlaerer${s}`, `${r.pick(ADULT_FIRST)} ${r.pick(LAST)}`, 'staff', true);
  const replaced = k.roles.find((x) => x.role === 'kontaktlaerer' && x.classId === contactClass.id)!;
  replaced.userId = kontakt.id;
  staffFor.set(contactClass.id, kontakt.id);
  const fag = user(`faglaerer${s}`, adultName(), 'staff', true);

  for (const cls of k.classes) {
    const perDay = lessonsPerDay(cls.trinn);
    const subjects = cls.trinn >= 8 ? SUBJECTS_UNGDOM : SUBJECTS_BARNE;
    const offset = r.int(subjects.length);
    perDay.forEach((count, wd) => {
      for (let period = 1; period <= count; period++) {
        // Kroppsøving twice a week (Tuesday 3–4 and Thursday 1), the rest rotating.
        const gym = (wd === 1 && (period === 3 || period === 4)) || (wd === 3 && period === 1);
        const subject = gym ? 'Kroppsøving' : subjects[(offset + wd * 7 + period) % subjects.length]!;
        const teacherId = gym && ungdom.includes(cls) ? fag.id : (staffFor.get(cls.id) ?? null);
        k.lessons.push({ id: r.uuid(), classId: cls.id, weekday: wd + 1, period, subject, teacherId });
      }
    });
  }
  for (const cls of ungdom)
    k.roles.push({
      id: r.uuid(),
      userId: fag.id,
      role: 'faglaerer',
      schoolId: mainSchool.id,
      classId: cls.id,
      subject: 'Kroppsøving',
    });

  const leaders: [string, Role][] = [
    [`rektor${s}`, 'skoleledelse'],
    [`ressursteam${s}`, 'ressursteam'],
    [`admin${s}`, 'administrator'],
  ];
  for (const [username, role] of leaders) {
    const u = user(username, adultName(), 'staff', true);
    k.roles.push({ id: r.uuid(), userId: u.id, role, schoolId: mainSchool.id });
  }
  const services: [string, Role, ServiceKind][] = [
    [`helsesykepleier${s}`, 'helsesykepleier', 'helsestasjon'],
    [`ppt${s}`, 'ppt', 'ppt'],
    [`barnevern${s}`, 'barnevern', 'barneverntjeneste'],
  ];
  for (const [username, role, kind] of services) {
    const u = user(username, adultName(), 'service', true);
    k.roles.push({
      id: r.uuid(),
      userId: u.id,
      role,
      serviceUnitId: k.services.find((x) => x.kind === kind)!.id,
      // The school health service is given per school: the helsesykepleier serves the main school, whose
      // pupils she may raise an undring about (decision 196).
      ...(role === 'helsesykepleier' ? { schoolId: mainSchool.id } : {}),
    });
  }
  const eier = user(`skoleeier${s}`, adultName(), 'municipal', true);
  k.roles.push({ id: r.uuid(), userId: eier.id, role: 'skoleeier' });

  // Scenario pupils: the first five of the contact teacher's class.
  const classPupils = k.pupils.filter((p) => p.classId === contactClass.id);
  SCENARIO.forEach((sc, i) => Object.assign(classPupils[i]!, sc));
  // Nobody else may share a scenario pupil's name: the demo refers to them by name.
  const scenarioNames = new Set(SCENARIO.map((sc) => `${sc.firstName} ${sc.lastName}`));
  const scenarioPupils = new Set(classPupils.slice(0, SCENARIO.length));
  for (const p of k.pupils) {
    if (scenarioPupils.has(p) || !scenarioNames.has(`${p.firstName} ${p.lastName}`)) continue;
    p.lastName = LAST[(LAST.indexOf(p.lastName) + 1) % LAST.length]!;
  }

  // Guardians: one or two per pupil; siblings share guardians now and then.
  const byLastName = new Map<string, (typeof k.guardians)[number][]>();
  for (const p of k.pupils) {
    const existing = byLastName.get(p.lastName);
    if (existing && r.int(6) === 0) {
      for (const g of existing) g.pupilIds.push(p.id);
      continue;
    }
    const count = r.int(4) === 0 ? 1 : 2;
    const gs = Array.from({ length: count }, () => ({
      id: r.uuid(),
      firstName: r.pick(ADULT_FIRST),
      lastName: p.lastName,
      phone: `4${String(10_000_000 + r.int(89_999_999)).slice(0, 7)}`,
      userId: null as string | null,
      pupilIds: [p.id],
    }));
    k.guardians.push(...gs);
    byLastName.set(p.lastName, gs);
  }
  // The demo guardian is a guardian of the first scenario pupil.
  const henrik = classPupils[0]!;
  const foresatt = k.guardians.find((g) => g.pupilIds.includes(henrik.id))!;
  const fu = user(`foresatt${s}`, `${foresatt.firstName} ${foresatt.lastName}`, 'guardian', true);
  foresatt.userId = fu.id;
  // The avdelingsdirektør for skole (issue 18, decision 123), made last with a fixed name so every draw above
  // (and so every name and id the demo and its journeys know) stays as it was.
  const direktor = user(`avdelingsdirektor${s}`, 'Randi Solvang', 'municipal', true);
  k.roles.push({ id: r.uuid(), userId: direktor.id, role: 'avdelingsdirektor' });
  // Henrik's own account (issue 21 item 2, decision 184): the pupil's page at /meg. Made after every other draw.
  const elev = user(`elev${s}`, `${henrik.firstName} ${henrik.lastName}`, 'pupil', true);
  henrik.userId = elev.id;

  return k;
}
