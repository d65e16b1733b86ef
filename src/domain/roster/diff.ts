// What a roster sync would change (decision 083): the roster compared with what the database holds,
// matched by the source's stable ids. Pure: the server loads `CurrentRoster`, shows the plan's summary as
// the dry run, and applies the plan's lists in one transaction.
//
// Matching: a row with the same source id is the same; a row made by hand (no source id) is adopted by
// its natural key the first time (a school by name, a class by school + name + year, a pupil or guardian
// by national id, an account by username), so the first sync does not duplicate what was set up.
// Nothing is deleted: a pupil missing from the roster leaves (left_on, class membership ended, the case
// stays), a guardian missing loses the links to the children, an employee missing is disabled with the
// roster's roles taken away. Schools and classes missing from the roster stay as they are (history).
import type {
  ProtectedAddressValue,
  Roster,
  RosterClass,
  RosterGuardian,
  RosterProblem,
  RosterPupil,
  RosterRoleName,
  RosterSchool,
  RosterStaff,
} from './types';

export type CurrentRoster = {
  schools: {
    id: string;
    sourceId: string | null;
    name: string;
    orgNumber: string | null;
    firstTrinn: number;
    lastTrinn: number;
  }[];
  classes: { id: string; sourceId: string | null; schoolId: string; name: string; trinn: number; schoolYear: number }[];
  pupils: {
    id: string;
    sourceId: string | null;
    firstName: string;
    lastName: string;
    birthDate: string;
    nationalId: string | null;
    localId: string | null;
    protectedAddress: ProtectedAddressValue;
    /** The current class (open membership), or null. */
    classId: string | null;
    leftOn: string | null;
    /** The pupil's own account (`pupil.user_id`, decision 205), or none. */
    account?: { userId: string; username: string; disabled: boolean } | null;
  }[];
  guardians: {
    id: string;
    sourceId: string | null;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    nationalId: string | null;
    protectedAddress?: ProtectedAddressValue;
    /** `rosterRestricted`: a restriction the roster set (the school's own are not the roster's to compare). */
    children: { pupilId: string; parentalResponsibility: boolean; rosterRestricted?: boolean }[];
  }[];
  staff: {
    id: string;
    sourceId: string | null;
    username: string;
    displayName: string;
    leftOn: string | null;
    disabled: boolean;
    /** The roles the roster gave (from_roster); roles given by hand are not compared. */
    roles: { role: string; schoolId: string | null; classId: string | null }[];
  }[];
};

export type ChangeKind = 'new' | 'changed' | 'leaving';
export type Counts = { classes: number; pupils: number; guardians: number; staff: number };
export type ChangeRow = { what: 'klasse' | 'elev' | 'foresatt' | 'ansatt'; name: string; detail: string };
export type SchoolChanges = {
  school: string;
  counts: Record<ChangeKind, Counts>;
  /** The first rows of each change, for the preview. */
  rows: Record<ChangeKind, ChangeRow[]>;
};

export type RosterPlan = {
  schools: { create: RosterSchool[]; update: { id: string; school: RosterSchool }[] };
  classes: { create: RosterClass[]; update: { id: string; klass: RosterClass }[] };
  pupils: {
    create: RosterPupil[];
    update: { id: string; pupil: RosterPupil }[];
    /** A new open membership: a class change, or the first class of a returning pupil. */
    move: { id: string; fromClassId: string | null; toClassSourceId: string }[];
    leave: { id: string; classId: string | null }[];
  };
  guardians: {
    create: RosterGuardian[];
    update: { id: string; guardian: RosterGuardian }[];
    leave: { id: string }[];
  };
  staff: {
    create: RosterStaff[];
    update: { id: string; staff: RosterStaff; returning: boolean }[];
    leave: { id: string }[];
  };
  /**
   * The pupils' own accounts (decision 205): made for a pupil the roster gives a Feide username, linked by
   * `pupil.user_id`; renamed or enabled again as the roster says; disabled when the pupil leaves.
   */
  pupilAccounts: {
    create: { pupilSourceId: string; username: string; displayName: string }[];
    update: { userId: string; username: string; displayName: string; enable: boolean }[];
    disable: { userId: string }[];
  };
  summary: SchoolChanges[];
  totals: Record<ChangeKind, Counts>;
  /** Rows the database cannot take (a username another account has). */
  problems: RosterProblem[];
};

const FIRST_ROWS = 5;
const KOMMUNE = 'Hele kommunen';

const zero = (): Counts => ({ classes: 0, pupils: 0, guardians: 0, staff: 0 });
const COUNT_KEY = { klasse: 'classes', elev: 'pupils', foresatt: 'guardians', ansatt: 'staff' } as const;

const ROLE_NAMES: Record<RosterRoleName, string> = {
  kontaktlaerer: 'kontaktlærer',
  faglaerer: 'faglærer',
  skoleledelse: 'skoleledelse',
  ressursteam: 'ressursteam',
  administrator: 'administrator',
  skoleeier: 'skoleeier',
};

/** The plan that makes the database say what the roster says. */
export function diffRoster(current: CurrentRoster, roster: Roster): RosterPlan {
  const problems: RosterProblem[] = [];
  const summary = new Map<string, SchoolChanges>();
  const note = (school: string, kind: ChangeKind, row: ChangeRow) => {
    let s = summary.get(school);
    if (!s) {
      s = {
        school,
        counts: { new: zero(), changed: zero(), leaving: zero() },
        rows: { new: [], changed: [], leaving: [] },
      };
      summary.set(school, s);
    }
    s.counts[kind][COUNT_KEY[row.what]]++;
    if (s.rows[kind].length < FIRST_ROWS) s.rows[kind].push(row);
  };

  // Schools.
  const schoolBySource = new Map(current.schools.filter((s) => s.sourceId).map((s) => [s.sourceId!, s]));
  const schoolByName = new Map(current.schools.filter((s) => !s.sourceId).map((s) => [s.name, s]));
  const schoolIdOf = new Map<string, string>(); // roster source id → database id
  const schoolSourceOfId = new Map<string, string>();
  const schoolName = new Map<string, string>(); // source id → name (new name when renamed)
  const plan: RosterPlan = {
    schools: { create: [], update: [] },
    classes: { create: [], update: [] },
    pupils: { create: [], update: [], move: [], leave: [] },
    guardians: { create: [], update: [], leave: [] },
    staff: { create: [], update: [], leave: [] },
    pupilAccounts: { create: [], update: [], disable: [] },
    summary: [],
    totals: { new: zero(), changed: zero(), leaving: zero() },
    problems,
  };
  for (const s of roster.schools) {
    schoolName.set(s.sourceId, s.name);
    const have = schoolBySource.get(s.sourceId) ?? schoolByName.get(s.name);
    if (!have) {
      plan.schools.create.push(s);
      continue;
    }
    schoolIdOf.set(s.sourceId, have.id);
    schoolSourceOfId.set(have.id, s.sourceId);
    if (
      have.sourceId !== s.sourceId ||
      have.name !== s.name ||
      have.orgNumber !== s.orgNumber ||
      have.firstTrinn !== s.firstTrinn ||
      have.lastTrinn !== s.lastTrinn
    )
      plan.schools.update.push({ id: have.id, school: s });
  }
  const currentSchoolName = new Map(current.schools.map((s) => [s.id, s.name]));

  // Classes.
  const classBySource = new Map(current.classes.filter((c) => c.sourceId).map((c) => [c.sourceId!, c]));
  const classByKey = new Map(
    current.classes.filter((c) => !c.sourceId).map((c) => [`${c.schoolId}|${c.name}|${c.schoolYear}`, c]),
  );
  const classSourceOfId = new Map<string, string>();
  const classById = new Map(current.classes.map((c) => [c.id, c]));
  const incomingClass = new Map(roster.classes.map((c) => [c.sourceId, c]));
  for (const c of roster.classes) {
    const schoolId = schoolIdOf.get(c.schoolSourceId);
    const have =
      classBySource.get(c.sourceId) ?? (schoolId ? classByKey.get(`${schoolId}|${c.name}|${c.schoolYear}`) : undefined);
    const school = schoolName.get(c.schoolSourceId)!;
    if (!have) {
      plan.classes.create.push(c);
      note(school, 'new', { what: 'klasse', name: c.name, detail: `${c.trinn}. trinn` });
      continue;
    }
    classSourceOfId.set(have.id, c.sourceId);
    const changes: string[] = [];
    if (have.name !== c.name) changes.push(`nytt navn (før ${have.name})`);
    if (have.trinn !== c.trinn) changes.push(`${c.trinn}. trinn (før ${have.trinn}.)`);
    if (have.schoolYear !== c.schoolYear) changes.push(`skoleår ${c.schoolYear}`);
    if (have.schoolId !== schoolId) changes.push('annen skole');
    if (changes.length) note(school, 'changed', { what: 'klasse', name: c.name, detail: changes.join(', ') });
    if (changes.length || have.sourceId !== c.sourceId) plan.classes.update.push({ id: have.id, klass: c });
  }
  const classLabel = (sourceId: string) => {
    const c = incomingClass.get(sourceId)!;
    return { school: schoolName.get(c.schoolSourceId)!, name: c.name };
  };
  const currentClassLabel = (id: string | null) => {
    const c = id ? classById.get(id) : undefined;
    return c ? { school: currentSchoolName.get(c.schoolId) ?? KOMMUNE, name: c.name } : { school: KOMMUNE, name: '' };
  };

  // Pupils.
  const pupilBySource = new Map(current.pupils.filter((p) => p.sourceId).map((p) => [p.sourceId!, p]));
  const pupilByNid = new Map(current.pupils.filter((p) => !p.sourceId && p.nationalId).map((p) => [p.nationalId!, p]));
  const pupilSourceOfId = new Map<string, string>();
  const pupilSchool = new Map<string, string>(); // pupil source id → school name, for the guardians
  const matchedPupils = new Set<string>();
  // A pupil's username may not be an employee's or another pupil's account (usernames are one person's each).
  const staffUsernames = new Set(current.staff.map((x) => x.username.toLowerCase()));
  const accountOwner = new Map(
    current.pupils.filter((p) => p.account).map((p) => [p.account!.username.toLowerCase(), p.id]),
  );
  /** The account change the roster asks for, or null; a word for the preview when there is one. */
  const pupilAccount = (p: RosterPupil, have: CurrentRoster['pupils'][number] | undefined): string | null => {
    const username = p.username ?? null;
    if (username === null) return null;
    const displayName = `${p.firstName} ${p.lastName}`;
    const owner = accountOwner.get(username);
    if (staffUsernames.has(username) || (owner !== undefined && owner !== have?.id)) {
      problems.push({
        file: 'users.csv',
        line: 0,
        column: 'username',
        reason: `brukernavnet «${username}» til eleven «${p.sourceId}» har allerede en annen bruker i Nærvær`,
      });
      return null;
    }
    const account = have?.account;
    if (!account) {
      plan.pupilAccounts.create.push({ pupilSourceId: p.sourceId, username, displayName });
      return 'får elevkonto';
    }
    const renamed = account.username !== username;
    if (renamed || account.disabled)
      plan.pupilAccounts.update.push({ userId: account.userId, username, displayName, enable: account.disabled });
    return renamed ? 'nytt brukernavn' : account.disabled ? 'elevkontoen åpnes igjen' : null;
  };
  for (const p of roster.pupils) {
    const to = classLabel(p.classSourceId);
    pupilSchool.set(p.sourceId, to.school);
    const name = `${p.firstName} ${p.lastName}`;
    const have = pupilBySource.get(p.sourceId) ?? (p.nationalId ? pupilByNid.get(p.nationalId) : undefined);
    const accountChange = pupilAccount(p, have);
    if (!have) {
      plan.pupils.create.push(p);
      note(to.school, 'new', { what: 'elev', name, detail: accountChange ? `${to.name}, ${accountChange}` : to.name });
      continue;
    }
    matchedPupils.add(have.id);
    pupilSourceOfId.set(have.id, p.sourceId);
    const changes: string[] = [];
    if (have.firstName !== p.firstName || have.lastName !== p.lastName) changes.push('nytt navn');
    if (have.birthDate !== p.birthDate) changes.push('ny fødselsdato');
    if (have.nationalId !== p.nationalId) changes.push('nytt fødselsnummer');
    if (have.localId !== p.localId) changes.push('nytt elevnummer');
    if (have.protectedAddress !== p.protectedAddress) changes.push('ny adressesperre');
    if (have.leftOn) changes.push('tilbake');
    const fromSource = have.classId ? classSourceOfId.get(have.classId) : undefined;
    if (have.leftOn || fromSource !== p.classSourceId) {
      plan.pupils.move.push({
        id: have.id,
        fromClassId: have.leftOn ? null : have.classId,
        toClassSourceId: p.classSourceId,
      });
      if (!have.leftOn) {
        const from = currentClassLabel(have.classId);
        changes.push(
          from.school === to.school || !from.name
            ? `flyttes fra ${from.name || 'ingen klasse'} til ${to.name}`
            : `flyttes fra ${from.name} (${from.school}) til ${to.name}`,
        );
      }
    }
    // The account is the user's row, not the pupil's: it is noted, but does not rewrite the pupil.
    const noted = accountChange ? [...changes, accountChange] : changes;
    if (noted.length) note(to.school, 'changed', { what: 'elev', name, detail: noted.join(', ') });
    if (changes.length || have.sourceId !== p.sourceId) plan.pupils.update.push({ id: have.id, pupil: p });
  }
  for (const p of current.pupils) {
    if (!p.sourceId || p.leftOn || matchedPupils.has(p.id)) continue;
    plan.pupils.leave.push({ id: p.id, classId: p.classId });
    // A pupil who leaves cannot sign in to the page of a school they no longer attend.
    if (p.account && !p.account.disabled) plan.pupilAccounts.disable.push({ userId: p.account.userId });
    const from = currentClassLabel(p.classId);
    note(from.school, 'leaving', {
      what: 'elev',
      name: `${p.firstName} ${p.lastName}`,
      detail: `slutter (${from.name})`,
    });
  }

  // Guardians.
  const guardianBySource = new Map(current.guardians.filter((g) => g.sourceId).map((g) => [g.sourceId!, g]));
  const guardianByNid = new Map(
    current.guardians.filter((g) => !g.sourceId && g.nationalId).map((g) => [g.nationalId!, g]),
  );
  const matchedGuardians = new Set<string>();
  const currentPupil = new Map(current.pupils.map((p) => [p.id, p]));
  for (const g of roster.guardians) {
    const school = pupilSchool.get(g.children[0]!.pupilSourceId) ?? KOMMUNE;
    const name = `${g.firstName} ${g.lastName}`;
    const have = guardianBySource.get(g.sourceId) ?? (g.nationalId ? guardianByNid.get(g.nationalId) : undefined);
    if (!have) {
      plan.guardians.create.push(g);
      note(school, 'new', { what: 'foresatt', name, detail: `${g.children.length} barn` });
      continue;
    }
    matchedGuardians.add(have.id);
    const changes: string[] = [];
    if (have.firstName !== g.firstName || have.lastName !== g.lastName) changes.push('nytt navn');
    if (have.email !== g.email || have.phone !== g.phone) changes.push('ny kontaktinformasjon');
    if (have.nationalId !== g.nationalId) changes.push('nytt fødselsnummer');
    if (g.protectedAddress && g.protectedAddress !== (have.protectedAddress ?? 'none'))
      changes.push('ny adressesperre');
    const before = new Set(
      have.children.map(
        (c) =>
          `${pupilSourceOfId.get(c.pupilId) ?? c.pupilId}|${c.parentalResponsibility}|${c.rosterRestricted === true}`,
      ),
    );
    const after = new Set(
      g.children.map((c) => `${c.pupilSourceId}|${c.parentalResponsibility}|${c.informationRestricted === true}`),
    );
    if (before.size !== after.size || [...after].some((k) => !before.has(k)))
      changes.push('endret barn eller foreldreansvar');
    if (changes.length) note(school, 'changed', { what: 'foresatt', name, detail: changes.join(', ') });
    if (changes.length || have.sourceId !== g.sourceId) plan.guardians.update.push({ id: have.id, guardian: g });
  }
  for (const g of current.guardians) {
    if (!g.sourceId || matchedGuardians.has(g.id) || g.children.length === 0) continue;
    plan.guardians.leave.push({ id: g.id });
    const child = currentPupil.get(g.children[0]!.pupilId);
    note(currentClassLabel(child?.classId ?? null).school, 'leaving', {
      what: 'foresatt',
      name: `${g.firstName} ${g.lastName}`,
      detail: 'ikke lenger foresatt i elevregisteret',
    });
  }

  // Staff.
  const staffBySource = new Map(current.staff.filter((s) => s.sourceId).map((s) => [s.sourceId!, s]));
  const staffByUsername = new Map(current.staff.map((s) => [s.username.toLowerCase(), s]));
  const matchedStaff = new Set<string>();
  const roleKey = (r: { role: string; school: string | null; klass: string | null }) =>
    `${r.role}|${r.school ?? ''}|${r.klass ?? ''}`;
  const roleSchool = (s: RosterStaff) => {
    const r = s.roles.find((x) => x.schoolSourceId);
    return r ? schoolName.get(r.schoolSourceId!)! : KOMMUNE;
  };
  const roleText = (s: RosterStaff) =>
    s.roles
      .map((r) => (r.classSourceId ? `${ROLE_NAMES[r.role]} ${classLabel(r.classSourceId).name}` : ROLE_NAMES[r.role]))
      .join(', ') || 'ingen rolle';
  for (const s of roster.staff) {
    let have = staffBySource.get(s.sourceId);
    if (!have) {
      const byName = staffByUsername.get(s.username);
      if (byName && byName.sourceId && byName.sourceId !== s.sourceId && !byName.leftOn) {
        problems.push({
          file: 'ansatte',
          line: 0,
          column: 'username',
          reason: `brukernavnet «${s.username}» har allerede en annen ansatt fra elevregisteret (id «${byName.sourceId}»)`,
        });
        continue;
      }
      if (byName && !byName.sourceId) have = byName;
    }
    const school = roleSchool(s);
    if (!have) {
      plan.staff.create.push(s);
      note(school, 'new', { what: 'ansatt', name: s.displayName, detail: roleText(s) });
      continue;
    }
    matchedStaff.add(have.id);
    const changes: string[] = [];
    if (have.displayName !== s.displayName) changes.push('nytt navn');
    if (have.username !== s.username) changes.push('nytt brukernavn');
    if (have.leftOn) changes.push('tilbake');
    const before = new Set(
      have.roles.map((r) =>
        roleKey({
          role: r.role,
          school: r.schoolId ? (schoolSourceOfId.get(r.schoolId) ?? r.schoolId) : null,
          klass: r.classId ? (classSourceOfId.get(r.classId) ?? r.classId) : null,
        }),
      ),
    );
    const after = new Set(
      s.roles.map((r) => roleKey({ role: r.role, school: r.schoolSourceId, klass: r.classSourceId })),
    );
    if (before.size !== after.size || [...after].some((k) => !before.has(k))) changes.push(`roller: ${roleText(s)}`);
    if (changes.length) note(school, 'changed', { what: 'ansatt', name: s.displayName, detail: changes.join(', ') });
    if (changes.length || have.sourceId !== s.sourceId)
      plan.staff.update.push({ id: have.id, staff: s, returning: have.leftOn !== null });
  }
  for (const s of current.staff) {
    if (!s.sourceId || s.leftOn || matchedStaff.has(s.id)) continue;
    plan.staff.leave.push({ id: s.id });
    const first = s.roles.find((r) => r.schoolId);
    note(first ? (currentSchoolName.get(first.schoolId!) ?? KOMMUNE) : KOMMUNE, 'leaving', {
      what: 'ansatt',
      name: s.displayName,
      detail: 'slutter: mister tilgangen nå',
    });
  }

  plan.summary = [...summary.values()].sort((a, b) => a.school.localeCompare(b.school, 'nb'));
  for (const s of plan.summary)
    for (const kind of ['new', 'changed', 'leaving'] as const)
      for (const k of Object.keys(s.counts[kind]) as (keyof Counts)[]) plan.totals[kind][k] += s.counts[kind][k];
  return plan;
}

/** True when the plan writes nothing. */
export function planIsEmpty(plan: RosterPlan): boolean {
  return (
    plan.schools.create.length +
      plan.schools.update.length +
      plan.classes.create.length +
      plan.classes.update.length +
      plan.pupils.create.length +
      plan.pupils.update.length +
      plan.pupils.move.length +
      plan.pupils.leave.length +
      plan.guardians.create.length +
      plan.guardians.update.length +
      plan.guardians.leave.length +
      plan.staff.create.length +
      plan.staff.update.length +
      plan.staff.leave.length +
      plan.pupilAccounts.create.length +
      plan.pupilAccounts.update.length +
      plan.pupilAccounts.disable.length ===
    0
  );
}
