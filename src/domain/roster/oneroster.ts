// OneRoster 1.1 and 1.2 CSV bundles (1EdTech) → the normalised roster (decision 082).
//
//   manifest.csv        propertyName,value: oneroster.version, file.<name> = bulk | absent (delta is refused:
//                       a delta cannot say who has left)
//   orgs.csv            type «school» → a school (identifier = organisasjonsnummer)
//   academicSessions    a class's term gives its school year (the start date's school year)
//   classes.csv         classType «homeroom» → a class (basisgruppe); «scheduled» classes are not Nærvær's
//   users.csv           1.1: role, orgSourcedIds; 1.2: roles in roles.csv. student → pupil (with a username:
//                       the pupil's own account, decision 205), parent/guardian/relative → guardian (linked
//                       through the pupil's agentSourcedIds), staff roles → staff
//   demographics.csv    birthDate (required for pupils: Nærvær never reads a date out of a national id)
//   enrollments.csv     student in a homeroom → the pupil's class; teacher → kontaktlærer (primary) or faglærer
//   roles.csv (1.2)     administrator/principal/siteAdministrator at a school → skoleledelse,
//                       districtAdministrator → skoleeier
//   courses.csv         read for nothing: classes carry their own grades
// Nærvær's own optional columns on users.csv: metadata.naervaer.nationalId (pupils, guardians),
// metadata.naervaer.protectedAddress (pupils, and a guardian's own: decision 153), metadata.naervaer.parentalResponsibility (guardians),
// metadata.naervaer.roles (staff: extra Nærvær roles at the user's schools).
import {
  birthDate,
  list,
  nationalId,
  namePart,
  protectedAddress,
  type Row,
  rowsOf,
  schoolYearOf,
  trinnOf,
  username,
  yesNo,
} from './fields';
import {
  ROSTER_ROLES,
  type RosterClass,
  type RosterGuardian,
  type RosterParse,
  type RosterParseOptions,
  type RosterProblem,
  type RosterPupil,
  type RosterRole,
  type RosterRoleName,
  type RosterSchool,
  type RosterStaff,
  type RosterTable,
} from './types';

const META = {
  nationalId: 'metadata.naervaer.nationalId',
  protectedAddress: 'metadata.naervaer.protectedAddress',
  parentalResponsibility: 'metadata.naervaer.parentalResponsibility',
  roles: 'metadata.naervaer.roles',
} as const;

export const ONEROSTER_FILES = [
  'manifest.csv',
  'orgs.csv',
  'users.csv',
  'classes.csv',
  'enrollments.csv',
  'academicSessions.csv',
  'demographics.csv',
  'courses.csv',
  'roles.csv',
] as const;

const GUARDIAN_ROLES = new Set(['parent', 'guardian', 'relative']);
const LEADER_ROLES = new Set(['administrator', 'principal', 'siteadministrator']);
const OWNER_ROLES = new Set(['districtadministrator']);

/** True when the tables look like a OneRoster bundle (it has users.csv and orgs.csv). */
export function isOneRoster(tables: ReadonlyMap<string, RosterTable>): boolean {
  return tables.has('users.csv') && tables.has('orgs.csv');
}

/** A row is gone when its status says so (1.1 «tobedeleted»; 1.2 bulk files leave status empty). */
function deleted(row: Row): boolean {
  return row.get('status').toLowerCase() === 'tobedeleted';
}

export function parseOneRoster(tables: ReadonlyMap<string, RosterTable>, options: RosterParseOptions): RosterParse {
  const problems: RosterProblem[] = [];
  const t = (name: string) => tables.get(name);

  // manifest.csv: the version, and no delta files.
  let version = tables.has('roles.csv') ? '1.2' : '1.1';
  for (const row of rowsOf(t('manifest.csv'), ['propertyName', 'value'], problems)) {
    const name = row.get('propertyName');
    const value = row.get('value').toLowerCase();
    if (name === 'oneroster.version') {
      if (value !== '1.1' && value !== '1.2') row.problem('value', `OneRoster ${value} leses ikke; bare 1.1 og 1.2`);
      else version = value;
    } else if (name.startsWith('file.') && value === 'delta') {
      row.problem(
        'value',
        'bare hele uttrekk («bulk») kan synkroniseres; et deltauttrekk kan ikke si hvem som har sluttet',
      );
    }
  }

  for (const needed of ['orgs.csv', 'users.csv', 'classes.csv', 'enrollments.csv'])
    if (!tables.has(needed)) problems.push({ file: needed, line: 0, column: '', reason: 'fila mangler i pakken' });

  // Duplicate sourcedIds in one file are always an error: the sync could not tell the rows apart.
  const seen = new Map<string, Set<string>>();
  const unique = (row: Row): string | null => {
    const id = row.required('sourcedId');
    if (id === null) return null;
    const ids = seen.get(row.table.file) ?? new Set<string>();
    seen.set(row.table.file, ids);
    if (ids.has(id)) {
      row.problem('sourcedId', `«${id}» står to ganger`);
      return null;
    }
    ids.add(id);
    return id;
  };

  // orgs.csv
  const schools = new Map<string, RosterSchool & { line: number }>();
  const districts = new Set<string>();
  for (const row of rowsOf(t('orgs.csv'), ['sourcedId', 'name', 'type'], problems)) {
    const id = unique(row);
    if (id === null || deleted(row)) continue;
    const type = row.get('type').toLowerCase();
    if (type === 'district' || type === 'local' || type === 'municipality') districts.add(id);
    if (type !== 'school') continue;
    const name = row.required('name');
    const orgnr = row.get('identifier').replace(/\s/g, '');
    if (orgnr && !/^\d{9}$/.test(orgnr)) row.problem('identifier', 'organisasjonsnummeret må være ni sifre');
    if (name === null) continue;
    schools.set(id, {
      sourceId: id,
      name,
      orgNumber: /^\d{9}$/.test(orgnr) ? orgnr : null,
      firstTrinn: 10,
      lastTrinn: 1,
      line: row.line,
    });
  }

  // academicSessions.csv: sourcedId → school year.
  const sessionYear = new Map<string, number>();
  for (const row of rowsOf(t('academicSessions.csv'), ['sourcedId', 'startDate'], problems)) {
    const id = unique(row);
    if (id === null) continue;
    const start = row.get('startDate');
    if (!/^\d{4}-\d{2}-\d{2}/.test(start)) {
      row.problem('startDate', 'er ikke en dato (ÅÅÅÅ-MM-DD)');
      continue;
    }
    sessionYear.set(id, schoolYearOf(start));
  }

  // classes.csv: homerooms only.
  const classes = new Map<string, RosterClass>();
  const scheduled = new Set<string>();
  for (const row of rowsOf(t('classes.csv'), ['sourcedId', 'title', 'classType', 'schoolSourcedId'], problems)) {
    const id = unique(row);
    if (id === null || deleted(row)) continue;
    if (row.get('classType').toLowerCase() !== 'homeroom') {
      scheduled.add(id);
      continue;
    }
    const title = row.required('title');
    const school = row.required('schoolSourcedId');
    if (school !== null && !schools.has(school))
      row.problem('schoolSourcedId', `skolen «${school}» finnes ikke i orgs.csv`);
    const trinn = trinnOf(row.get('grades'));
    if (trinn === null) row.problem('grades', 'trinnet må være 1–10 (som «05»)');
    const terms = list(row.get('termSourcedIds'));
    let year = options.schoolYear;
    if (terms.length) {
      const y = sessionYear.get(terms[0]!);
      if (y === undefined) row.problem('termSourcedIds', `terminen «${terms[0]}» finnes ikke i academicSessions.csv`);
      else year = y;
    }
    if (title === null || school === null || !schools.has(school) || trinn === null) continue;
    classes.set(id, { sourceId: id, schoolSourceId: school, name: title, trinn, schoolYear: year });
    const s = schools.get(school)!;
    s.firstTrinn = Math.min(s.firstTrinn, trinn);
    s.lastTrinn = Math.max(s.lastTrinn, trinn);
  }

  // demographics.csv: birth dates.
  const births = new Map<string, string>();
  for (const row of rowsOf(t('demographics.csv'), ['sourcedId', 'birthDate'], problems)) {
    const id = unique(row);
    if (id === null || !row.get('birthDate')) continue;
    const d = birthDate(row, 'birthDate');
    if (d) births.set(id, d);
  }

  // roles.csv (1.2): role per user and org.
  const orgRoles = new Map<string, { role: string; org: string }[]>();
  const addOrgRole = (user: string, role: string, org: string) => {
    const list = orgRoles.get(user) ?? [];
    list.push({ role: role.toLowerCase(), org });
    orgRoles.set(user, list);
  };
  if (version === '1.2') {
    for (const row of rowsOf(t('roles.csv'), ['userSourcedId', 'role', 'orgSourcedId'], problems)) {
      if (deleted(row)) continue;
      const user = row.required('userSourcedId');
      const role = row.required('role');
      const org = row.required('orgSourcedId');
      if (user && role && org) addOrgRole(user, role, org);
    }
  }

  // users.csv
  type UserRow = { row: Row; id: string };
  const pupilRows: UserRow[] = [];
  const guardianRows = new Map<string, UserRow>();
  const staffRows: UserRow[] = [];
  const userColumns =
    version === '1.1' ? ['sourcedId', 'role', 'givenName', 'familyName'] : ['sourcedId', 'givenName', 'familyName'];
  for (const row of rowsOf(t('users.csv'), userColumns, problems)) {
    const id = unique(row);
    if (id === null || deleted(row)) continue;
    if (row.get('enabledUser').toLowerCase() === 'false') continue;
    if (version === '1.1') for (const org of list(row.get('orgSourcedIds'))) addOrgRole(id, row.get('role'), org);
    const roles = new Set((orgRoles.get(id) ?? []).map((r) => r.role));
    if (version === '1.1') roles.add(row.get('role').toLowerCase());
    if (roles.has('student')) pupilRows.push({ row, id });
    else if ([...roles].some((r) => GUARDIAN_ROLES.has(r))) guardianRows.set(id, { row, id });
    else if (roles.size) staffRows.push({ row, id });
    else row.problem(version === '1.1' ? 'role' : 'sourcedId', 'brukeren har ingen rolle');
  }

  // enrollments.csv
  const pupilClass = new Map<string, { classId: string; row: Row }>();
  const teacherClasses = new Map<string, { classId: string; primary: boolean }[]>();
  const pupilIds = new Set(pupilRows.map((p) => p.id));
  const staffIds = new Set(staffRows.map((s) => s.id));
  for (const row of rowsOf(t('enrollments.csv'), ['classSourcedId', 'userSourcedId', 'role'], problems)) {
    if (deleted(row)) continue;
    const classId = row.required('classSourcedId');
    const user = row.required('userSourcedId');
    if (classId === null || user === null) continue;
    if (!classes.has(classId) && !scheduled.has(classId)) {
      row.problem('classSourcedId', `klassen «${classId}» finnes ikke i classes.csv`);
      continue;
    }
    const role = row.get('role').toLowerCase();
    if (role === 'student') {
      if (!pupilIds.has(user)) {
        row.problem('userSourcedId', `eleven «${user}» finnes ikke i users.csv`);
        continue;
      }
      if (!classes.has(classId)) continue;
      const before = pupilClass.get(user);
      if (before && before.classId !== classId)
        row.problem(
          'classSourcedId',
          `eleven står allerede i basisgruppen «${before.classId}» (linje ${before.row.line})`,
        );
      else pupilClass.set(user, { classId, row });
    } else if (role === 'teacher' || role === 'aide') {
      if (!staffIds.has(user)) {
        row.problem('userSourcedId', `den ansatte «${user}» finnes ikke i users.csv`);
        continue;
      }
      if (!classes.has(classId)) continue;
      const list = teacherClasses.get(user) ?? [];
      list.push({ classId, primary: role === 'teacher' && yesNo(row, 'primary', false) });
      teacherClasses.set(user, list);
    }
  }

  // Pupils.
  const pupils: RosterPupil[] = [];
  const nationalIds = new Map<string, number>();
  // Feide usernames are one person's each: a pupil's and an employee's are checked together.
  const usernames = new Map<string, number>();
  const sameUsername = (row: Row, name: string | null) => {
    if (!name) return;
    const before = usernames.get(name);
    if (before !== undefined) row.problem('username', `samme brukernavn som på linje ${before}`);
    else usernames.set(name, row.line);
  };
  for (const { row, id } of pupilRows) {
    const firstName = namePart(row, 'givenName');
    const lastName = namePart(row, 'familyName');
    const nid = nationalId(row, META.nationalId, options.allowSynthetic);
    if (nid) {
      const before = nationalIds.get(nid);
      if (before !== undefined) row.problem(META.nationalId, `samme fødselsnummer som eleven på linje ${before}`);
      else nationalIds.set(nid, row.line);
    }
    const protection = protectedAddress(row, META.protectedAddress);
    const birth = births.get(id);
    if (!birth) row.problem('sourcedId', 'eleven har ingen fødselsdato (birthDate) i demographics.csv');
    const klass = pupilClass.get(id);
    if (!klass) row.problem('sourcedId', 'eleven er ikke med i noen basisgruppe (homeroom) i enrollments.csv');
    const middle = row.get('middleName');
    // The pupil's own account (decision 205): only where the export names the pupil's Feide username.
    const login = row.get('username') ? username(row, 'username') : null;
    sameUsername(row, login);
    if (firstName === null || lastName === null || nid === false || !birth || !klass) continue;
    pupils.push({
      sourceId: id,
      firstName: middle ? `${firstName} ${middle}` : firstName,
      lastName,
      birthDate: birth,
      nationalId: nid,
      localId: row.get('identifier') || null,
      protectedAddress: protection,
      classSourceId: klass.classId,
      ...(login ? { username: login } : {}),
    });
  }

  // Guardians, through the pupils' agentSourcedIds.
  const children = new Map<string, string[]>();
  for (const { row, id } of pupilRows) {
    for (const agent of list(row.get('agentSourcedIds'))) {
      if (!guardianRows.has(agent)) {
        row.problem('agentSourcedIds', `den foresatte «${agent}» finnes ikke i users.csv`);
        continue;
      }
      children.set(agent, [...(children.get(agent) ?? []), id]);
    }
  }
  const pupilSet = new Set(pupils.map((p) => p.sourceId));
  const guardians: RosterGuardian[] = [];
  for (const { row, id } of guardianRows.values()) {
    const firstName = namePart(row, 'givenName');
    const lastName = namePart(row, 'familyName');
    const nid = nationalId(row, META.nationalId, options.allowSynthetic);
    const responsibility = yesNo(row, META.parentalResponsibility, true);
    // A guardian's own protection, in Nærvær's metadata column; empty names none (decision 153).
    const protection = row.get(META.protectedAddress) ? protectedAddress(row, META.protectedAddress) : 'none';
    const kids = (children.get(id) ?? []).filter((p) => pupilSet.has(p));
    if (firstName === null || lastName === null || nid === false || kids.length === 0) continue;
    guardians.push({
      sourceId: id,
      firstName,
      lastName,
      email: row.get('email') || null,
      phone: row.get('phone') || row.get('sms') || null,
      nationalId: nid,
      ...(protection !== 'none' ? { protectedAddress: protection } : {}),
      children: kids.map((pupilSourceId) => ({ pupilSourceId, parentalResponsibility: responsibility })),
    });
  }

  // Staff: roles from the orgs they have a role at and the classes they teach.
  const staff: RosterStaff[] = [];
  for (const { row, id } of staffRows) {
    const name = username(row, 'username');
    sameUsername(row, name);
    const given = namePart(row, 'givenName');
    const family = namePart(row, 'familyName');
    const roles: RosterRole[] = [];
    const add = (r: RosterRole) => {
      if (
        !roles.some(
          (x) => x.role === r.role && x.schoolSourceId === r.schoolSourceId && x.classSourceId === r.classSourceId,
        )
      )
        roles.push(r);
    };
    const orgs = orgRoles.get(id) ?? [];
    for (const { role, org } of orgs) {
      if (LEADER_ROLES.has(role) && schools.has(org))
        add({ role: 'skoleledelse', schoolSourceId: org, classSourceId: null });
      else if ((OWNER_ROLES.has(role) || LEADER_ROLES.has(role)) && districts.has(org))
        add({ role: 'skoleeier', schoolSourceId: null, classSourceId: null });
    }
    for (const { classId, primary } of teacherClasses.get(id) ?? []) {
      const c = classes.get(classId)!;
      add({ role: primary ? 'kontaktlaerer' : 'faglaerer', schoolSourceId: c.schoolSourceId, classSourceId: classId });
    }
    for (const extra of list(row.get(META.roles))) {
      const role = extra.toLowerCase() as RosterRoleName;
      if (!(ROSTER_ROLES as readonly string[]).includes(role)) {
        row.problem(META.roles, `ukjent rolle «${extra}» (${ROSTER_ROLES.join(', ')})`);
        continue;
      }
      if (role === 'skoleeier') add({ role, schoolSourceId: null, classSourceId: null });
      else for (const { org } of orgs) if (schools.has(org)) add({ role, schoolSourceId: org, classSourceId: null });
    }
    if (name === null || given === null || family === null) continue;
    staff.push({ sourceId: id, username: name, displayName: `${given} ${family}`, roles });
  }

  // A school without classes keeps the widest range.
  const schoolList = [...schools.values()].map(({ line: _line, ...s }) =>
    s.firstTrinn > s.lastTrinn ? { ...s, firstTrinn: 1, lastTrinn: 10 } : s,
  );
  return {
    format: `OneRoster ${version}`,
    roster: { schools: schoolList, classes: [...classes.values()], pupils, guardians, staff },
    problems: sortProblems(problems),
  };
}

/** Problems by file, then line: the order someone fixing the export goes through them. */
export function sortProblems(problems: RosterProblem[]): RosterProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
