// A synthetic OneRoster bundle of any size: the tests' rosters, `naervaer demo --size oslo` and
// `npm run bench:roster` (issue 16 item 6). Deterministic (a seeded PRNG); every person invented, every
// national id in the synthetic range (month + 80), so production refuses them (decision 055).
import { completeNationalId } from '../people/national-id';

export type BundleOptions = {
  /** Pupils in the whole kommune (spread over the schools). */
  pupils: number;
  schools: number;
  /** The calendar year the school year starts in. */
  schoolYear: number;
  version?: '1.1' | '1.2';
  seed?: number;
};

/** A bundle as tables of cells (header first); `bundleCsv` writes them as files. */
export type Bundle = Record<string, string[][]>;

const GIVEN = [
  'Emma',
  'Nora',
  'Ella',
  'Sofie',
  'Olivia',
  'Ingrid',
  'Sara',
  'Maja',
  'Frida',
  'Astrid',
  'Selma',
  'Hedda',
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
  'Sander',
  'Amir',
  'Yusuf',
  'Aisha',
  'Zainab',
  'Oskar',
  'Liam',
  'Vilde',
  'Eira',
  'Tuva',
  'Linnea',
  'Mohammed',
  'Ali',
];
const FAMILY = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Henriksen',
  'Lund',
  'Sørensen',
  'Jakobsen',
  'Moen',
  'Gundersen',
  'Iversen',
  'Strand',
  'Ahmed',
  'Ali',
  'Nguyen',
  'Khan',
  'Solberg',
  'Bakken',
];
const SCHOOL_PART = [
  'Nord',
  'Sør',
  'Øst',
  'Vest',
  'Bakke',
  'Dal',
  'Haug',
  'Lia',
  'Vik',
  'Berg',
  'Skog',
  'Strand',
  'Eng',
];

/** Mulberry32: small, fast, good enough for made-up people. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic national id for a date, unique within `used`: month + 80, individual digits searched. */
function syntheticId(date: string, used: Set<string>, start: number): string {
  const [y, m, d] = date.split('-');
  const prefix = `${d}${String(Number(m) + 80).padStart(2, '0')}${y!.slice(2)}`;
  // 2000–2039: individual numbers 500–999; 1900–1999: 000–499 (the classic century rule).
  const base = Number(y) >= 2000 ? 500 : 0;
  for (let i = 0; i < 500; i++) {
    const id = completeNationalId(prefix + String(base + ((start + i) % 500)).padStart(3, '0'));
    if (id && !used.has(id)) {
      used.add(id);
      return id;
    }
  }
  throw new Error(`Ingen ledige syntetiske fødselsnumre for ${date}`);
}

function isoDate(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

const KIND = [
  [1, 7],
  [8, 10],
  [1, 10],
] as const;

/** A kommune's roster as a OneRoster bundle: schools of 1–7, 8–10 and 1–10, classes of about 25. */
export function syntheticBundle(options: BundleOptions): Bundle {
  const version = options.version ?? '1.2';
  const random = prng(options.seed ?? 3033);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const year = options.schoolYear;
  const stamp = `${year}-08-01T00:00:00Z`;
  const used = new Set<string>();
  const meta = [
    'metadata.naervaer.nationalId',
    'metadata.naervaer.protectedAddress',
    'metadata.naervaer.parentalResponsibility',
  ];

  const orgs: string[][] = [
    ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  ];
  const sessions: string[][] = [
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'title',
      'type',
      'startDate',
      'endDate',
      'parentSourcedId',
      'schoolYear',
    ],
    [
      `sy-${year}`,
      '',
      stamp,
      `Skoleåret ${year}–${year + 1}`,
      'schoolYear',
      `${year}-08-15`,
      `${year + 1}-06-20`,
      '',
      String(year + 1),
    ],
  ];
  const courses: string[][] = [
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'schoolYearSourcedId',
      'title',
      'courseCode',
      'grades',
      'orgSourcedId',
      'subjects',
      'subjectCodes',
    ],
  ];
  const classes: string[][] = [
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'title',
      'grades',
      'courseSourcedId',
      'classCode',
      'classType',
      'location',
      'schoolSourcedId',
      'termSourcedIds',
      'subjects',
      'subjectCodes',
      'periods',
    ],
  ];
  const userHeader =
    version === '1.1'
      ? [
          'sourcedId',
          'status',
          'dateLastModified',
          'enabledUser',
          'orgSourcedIds',
          'role',
          'username',
          'userIds',
          'givenName',
          'familyName',
          'middleName',
          'identifier',
          'email',
          'sms',
          'phone',
          'agentSourcedIds',
          'grades',
          'password',
          ...meta,
        ]
      : [
          'sourcedId',
          'status',
          'dateLastModified',
          'enabledUser',
          'username',
          'userIds',
          'givenName',
          'familyName',
          'middleName',
          'identifier',
          'email',
          'sms',
          'phone',
          'agentSourcedIds',
          'grades',
          'password',
          'userMasterIdentifier',
          'resourceSourcedIds',
          'preferredGivenName',
          'preferredMiddleName',
          'preferredFamilyName',
          'primaryOrgSourcedId',
          'pronouns',
          ...meta,
        ];
  const users: string[][] = [userHeader];
  const roles: string[][] = [
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'userSourcedId',
      'roleType',
      'role',
      'beginDate',
      'endDate',
      'orgSourcedId',
      'userProfileSourcedId',
    ],
  ];
  const enrollments: string[][] = [
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'classSourcedId',
      'schoolSourcedId',
      'userSourcedId',
      'role',
      'primary',
      'beginDate',
      'endDate',
    ],
  ];
  const demographics: string[][] = [['sourcedId', 'status', 'dateLastModified', 'birthDate', 'sex']];
  const status = version === '1.1' ? 'active' : '';

  /** One users.csv row in the bundle's version; `role` and `org` go to users.csv (1.1) or roles.csv (1.2). */
  const user = (u: {
    id: string;
    role: string;
    org: string;
    username: string;
    given: string;
    family: string;
    identifier?: string;
    email?: string;
    phone?: string;
    agents?: string;
    grades?: string;
    nationalId?: string;
    responsibility?: string;
  }) => {
    const m = [u.nationalId ?? '', '', u.responsibility ?? ''];
    if (version === '1.1')
      users.push([
        u.id,
        status,
        stamp,
        'true',
        u.org,
        u.role,
        u.username,
        '',
        u.given,
        u.family,
        '',
        u.identifier ?? '',
        u.email ?? '',
        '',
        u.phone ?? '',
        u.agents ?? '',
        u.grades ?? '',
        '',
        ...m,
      ]);
    else {
      users.push([
        u.id,
        status,
        stamp,
        'true',
        u.username,
        '',
        u.given,
        u.family,
        '',
        u.identifier ?? '',
        u.email ?? '',
        '',
        u.phone ?? '',
        u.agents ?? '',
        u.grades ?? '',
        '',
        '',
        '',
        '',
        '',
        '',
        u.org,
        '',
        ...m,
      ]);
      roles.push([`r-${u.id}`, '', stamp, u.id, 'primary', u.role, '', '', u.org, '']);
    }
  };

  orgs.push(['kommune', status, stamp, 'Kommunen', 'district', '', '']);
  user({
    id: 'eier-1',
    role: version === '1.1' ? 'administrator' : 'districtAdministrator',
    org: 'kommune',
    username: 'skoleeier@kommune.example',
    given: 'Siri',
    family: 'Skoleeier',
  });

  const perSchool = Math.max(1, Math.floor(options.pupils / options.schools));
  let pupilNo = 0;
  for (let s = 0; s < options.schools; s++) {
    const [first, last] = KIND[s % 3]!;
    const schoolId = `skole-${s + 1}`;
    const name = `${SCHOOL_PART[s % SCHOOL_PART.length]}${s >= SCHOOL_PART.length ? ` ${Math.floor(s / SCHOOL_PART.length) + 1}` : ''} ${last === 7 ? 'barneskole' : last - first === 2 ? 'ungdomsskole' : 'skole'}`;
    orgs.push([schoolId, status, stamp, name, 'school', String(970000000 + s), 'kommune']);
    user({
      id: `rektor-${s + 1}`,
      role: version === '1.1' ? 'administrator' : 'principal',
      org: schoolId,
      username: `rektor${s + 1}@kommune.example`,
      given: pick(GIVEN),
      family: pick(FAMILY),
    });
    const trinns = last - first + 1;
    const pupils = s === options.schools - 1 ? options.pupils - pupilNo : perSchool;
    const perTrinn = Math.ceil(pupils / trinns);
    const groups = Math.max(1, Math.round(perTrinn / 25));
    let left = pupils;
    for (let trinn = first; trinn <= last && left > 0; trinn++) {
      const inTrinn = Math.min(left, perTrinn);
      left -= inTrinn;
      const courseId = `${schoolId}-trinn-${trinn}`;
      courses.push([
        courseId,
        status,
        stamp,
        `sy-${year}`,
        `${trinn}. trinn`,
        `T${trinn}`,
        String(trinn).padStart(2, '0'),
        schoolId,
        '',
        '',
      ]);
      for (let g = 0; g < groups; g++) {
        const classId = `${schoolId}-${trinn}${'ABCDEFGH'[g]}`;
        classes.push([
          classId,
          status,
          stamp,
          `${trinn}${'ABCDEFGH'[g]}`,
          String(trinn).padStart(2, '0'),
          courseId,
          '',
          'homeroom',
          '',
          schoolId,
          `sy-${year}`,
          '',
          '',
          '',
        ]);
        const teacher = `laerer-${classId}`;
        user({
          id: teacher,
          role: 'teacher',
          org: schoolId,
          username: `${teacher}@kommune.example`.toLowerCase(),
          given: pick(GIVEN),
          family: pick(FAMILY),
        });
        enrollments.push([`e-${teacher}`, status, stamp, classId, schoolId, teacher, 'teacher', 'true', '', '']);
        const inClass = Math.floor(inTrinn / groups) + (g < inTrinn % groups ? 1 : 0);
        for (let p = 0; p < inClass; p++) {
          pupilNo++;
          const id = `elev-${pupilNo}`;
          const family = pick(FAMILY);
          const birth = isoDate(year - 5 - trinn, Math.floor(random() * 365));
          const agents = [`foresatt-${pupilNo}a`];
          if (pupilNo % 2 === 0) agents.push(`foresatt-${pupilNo}b`);
          user({
            id,
            role: 'student',
            org: schoolId,
            username: `${id}@elev.kommune.example`,
            given: pick(GIVEN),
            family,
            identifier: String(100000 + pupilNo),
            agents: agents.join(','),
            grades: String(trinn).padStart(2, '0'),
            nationalId: syntheticId(birth, used, pupilNo),
          });
          demographics.push([id, status, stamp, birth, pupilNo % 2 ? 'female' : 'male']);
          enrollments.push([`e-${id}`, status, stamp, classId, schoolId, id, 'student', 'false', '', '']);
          for (const agent of agents) {
            const gBirth = isoDate(1975 + Math.floor(random() * 20), Math.floor(random() * 365));
            user({
              id: agent,
              role: 'parent',
              org: schoolId,
              username: '',
              given: pick(GIVEN),
              family,
              phone: `4${String(1000000 + pupilNo).slice(-7)}`,
              nationalId: syntheticId(gBirth, used, pupilNo),
              responsibility: 'ja',
            });
          }
        }
      }
    }
  }
  const bundle: Bundle = {
    'manifest.csv': [
      ['propertyName', 'value'],
      ['manifest.version', '1.0'],
      ['oneroster.version', version],
      ...['academicSessions', 'classes', 'courses', 'demographics', 'enrollments', 'orgs', 'users'].map((f) => [
        `file.${f}`,
        'bulk',
      ]),
      ...(version === '1.2' ? [['file.roles', 'bulk']] : []),
    ],
    'orgs.csv': orgs,
    'academicSessions.csv': sessions,
    'courses.csv': courses,
    'classes.csv': classes,
    'users.csv': users,
    'enrollments.csv': enrollments,
    'demographics.csv': demographics,
  };
  if (version === '1.2') bundle['roles.csv'] = roles;
  return bundle;
}

/** A table of cells as CSV text (RFC 4180 quoting, CRLF like most exports). */
export function toCsv(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
}

/** The bundle's tables as the parser reads them (line 1 is the header). */
export function bundleTables(
  bundle: Bundle,
): Map<string, { file: string; header: string[]; rows: { line: number; cells: string[] }[] }> {
  return new Map(
    Object.entries(bundle).map(([file, [header, ...rows]]) => [
      file,
      { file, header: header!, rows: rows.map((cells, i) => ({ line: i + 2, cells })) },
    ]),
  );
}
