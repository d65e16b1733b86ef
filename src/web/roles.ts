import type { Me, RoleAssignment, RoleName } from './api';

// What the home page shows for whom. Pure, so the decisions are tested without a browser.

/** Roles of the interdisciplinary services: they see a pupil only when consent exists. */
export const SERVICE_ROLES = [
  'helsesykepleier',
  'ppt',
  'barnevern',
  'bup',
  'kommunepsykolog',
] as const satisfies readonly RoleName[];

/** Keys under `roleInfo` in the resource files. */
export type RoleInfoKey = Exclude<RoleName, (typeof SERVICE_ROLES)[number]> | 'service';

export type HomePlan = {
  /** School staff: load /api/classes and list the classes. */
  showClasses: boolean;
  /** Contact teachers get "Mine klasser" (even when empty, so they learn why). */
  showMyClasses: boolean;
  /** Guardians: load /api/my-children. */
  showChildren: boolean;
  /** One explanation per kind of role, in the order the roles came, without duplicates. */
  info: RoleInfoKey[];
};

function infoKey(role: RoleName): RoleInfoKey {
  return (SERVICE_ROLES as readonly RoleName[]).includes(role) ? 'service' : (role as RoleInfoKey);
}

export function homePlan(me: Pick<Me, 'kind' | 'roles'>): HomePlan {
  const roles = me.roles.map((r) => r.role);
  const info = [...new Set(roles.map(infoKey))];
  // Service users may have been registered without a role row yet; they still need the consent note.
  if (me.kind === 'service' && !info.includes('service')) info.push('service');
  return {
    showClasses: me.kind === 'staff',
    showMyClasses: me.kind === 'staff' && roles.includes('kontaktlaerer'),
    showChildren: me.kind === 'guardian' || roles.includes('foresatt'),
    info,
  };
}

export type RoleDescription =
  | { key: 'class'; role: RoleName; className: string; schoolName: string }
  | { key: 'subject'; role: RoleName; subject: string; schoolName: string }
  | { key: 'school'; role: RoleName; schoolName: string }
  | { key: 'plain'; role: RoleName };

/** Which sentence describes a role assignment ("Kontaktlærer for 10A, Nordvik skole"). */
export function describeRole(assignment: RoleAssignment): RoleDescription {
  const { role, className, schoolName, subject } = assignment;
  if (className && schoolName) return { key: 'class', role, className, schoolName };
  if (subject && schoolName) return { key: 'subject', role, subject, schoolName };
  if (schoolName) return { key: 'school', role, schoolName };
  return { key: 'plain', role };
}

/**
 * Roles that see the list of new and unhandled alerts (/varsler): every role of the server's policy
 * 'alerts.read', each over its own classes or school (decision 114: the menu shows every page a role may use).
 */
export const ALERT_LIST_ROLES = [
  'kontaktlaerer',
  'faglaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];
/** Roles that read alerts (the server's policy 'alerts.read'): the school's staff, for their own classes or school. */
export const ALERT_READ_ROLES = [
  'kontaktlaerer',
  'faglaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];
/** Roles that mark alerts seen, handle and dismiss them (policy 'alerts.act'). */
export const ALERT_ACT_ROLES = [
  'kontaktlaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];
/** Roles that make the letter to guardians (policy 'alerts.letter'). */
export const LETTER_ROLES = ['kontaktlaerer', 'skoleledelse', 'administrator'] as const satisfies readonly RoleName[];
/** Roles that open cases (policy 'cases.write'). */
export const CASE_WRITE_ROLES = [
  'kontaktlaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];

/**
 * What a concern card offers the user: `read` (the front page's «Nye bekymringer»), `act` (seen, handle,
 * dismiss), `letter` and `openCase`. A faglærer reads the class's concerns but acts through the contact teacher.
 */
export function concernPlan(me: Pick<Me, 'roles'>): {
  read: boolean;
  act: boolean;
  letter: boolean;
  openCase: boolean;
} {
  const roles = me.roles.map((r) => r.role);
  const has = (list: readonly RoleName[]) => roles.some((r) => list.includes(r));
  return {
    read: has(ALERT_READ_ROLES),
    act: has(ALERT_ACT_ROLES),
    letter: has(LETTER_ROLES),
    openCase: has(CASE_WRITE_ROLES),
  };
}

/**
 * Roles that see the «tilrettelegging» notes on a class's register and confirm «Fulgt i dag» (the server's
 * 'adaptations.read' and 'adaptations.confirm', decisions 190–192): the class's teachers and the leadership.
 */
export const ADAPTATION_ROLES = ['kontaktlaerer', 'faglaerer', 'skoleledelse'] as const satisfies readonly RoleName[];

/** Whether the register shows the class's «tilrettelegging» notes to this user. */
export function seesAdaptations(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((r) => (ADAPTATION_ROLES as readonly RoleName[]).includes(r.role));
}

/** Who names the substitute of the day on the register (policy 'class.substitutes.manage', decisions 192 and 207). */
export const SUBSTITUTE_NAMING_ROLES = ['skoleledelse'] as const satisfies readonly RoleName[];

/** Roles that may import absence files for their school (/import). */
export const IMPORT_ROLES = ['administrator', 'skoleledelse'] as const satisfies readonly RoleName[];

/** Roles that see the rule profiles (/regelprofiler); only skoleeier edits them. */
export const PROFILE_ROLES = ['skoleeier', 'skoleledelse', 'administrator'] as const satisfies readonly RoleName[];

/**
 * Roles that see the board of cases by level (/saker): the school's staff of the policy 'cases.read', the
 * contact teacher over the own classes (decision 114). Service partners find their consented cases on the front page.
 */
export const CASE_BOARD_ROLES = [
  'kontaktlaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];

/**
 * The aktivitetsplikt (decision 187), as the policy table says: everyone at the school starts it
 * ('school-environment.start'), the contact teacher and the leadership read it ('…read'), the leadership works in
 * it ('…write').
 */
export const SCHOOL_ENVIRONMENT_READ_ROLES = [
  'kontaktlaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];
export const SCHOOL_ENVIRONMENT_WRITE_ROLES = [
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];

/** Whether the user reads school environment matters (the section on the pupil page and the case, the board's list). */
export function readsSchoolEnvironment(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((r) => (SCHOOL_ENVIRONMENT_READ_ROLES as readonly RoleName[]).includes(r.role));
}

/**
 * Roles that see the decisions' deadlines on the board («Frister i vedtak», decision 219): the school leadership
 * a decision is delegated to and those beside it, as the server's 'decision.deadlines' says.
 */
export const DECISION_DEADLINE_ROLES = [
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];

/** Whether the board shows the user the decisions' deadlines. */
export function seesDecisionDeadlines(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((r) => (DECISION_DEADLINE_ROLES as readonly RoleName[]).includes(r.role));
}

/** Roles that take over a case when its pupil starts at their school ("Saker å overta" on /saker). */
export const TAKE_OVER_ROLES = ['skoleledelse', 'administrator'] as const satisfies readonly RoleName[];

/**
 * Which case views the user gets: "Mine saker" on the front page (contact teachers, usually the stafettholder
 * at levels 0–1), "Mine oppgaver" (contact teachers and leadership: the in-app reminders), the board, and the
 * cases to take over.
 */
export function casePlan(me: Pick<Me, 'kind' | 'roles'>): {
  myCases: boolean;
  myTasks: boolean;
  board: boolean;
  takeOver: boolean;
} {
  const roles = me.roles.map((r) => r.role);
  const staff = me.kind === 'staff';
  return {
    myCases: staff && roles.includes('kontaktlaerer'),
    // A service partner ticks the tasks assigned to them in the cases a consent opens (decision 112).
    myTasks: (staff && (roles.includes('kontaktlaerer') || roles.includes('skoleledelse'))) || me.kind === 'service',
    board: roles.some((r) => (CASE_BOARD_ROLES as readonly RoleName[]).includes(r)),
    takeOver: roles.some((r) => (TAKE_OVER_ROLES as readonly RoleName[]).includes(r)),
  };
}

/** Which pages beyond the front page the main menu offers. */
/** Roles that review their school's Tilgangslogg (the server's policy 'audit.review'). */
export const AUDIT_REVIEW_ROLES = ['skoleledelse', 'administrator'] as const satisfies readonly RoleName[];
/** Roles that make, download and hand over the school's Noark 5 archive extracts (policies 'archive.extract.*', decision 223). */
export const ARCHIVE_ROLES = ['skoleledelse', 'administrator'] as const satisfies readonly RoleName[];

/** Roles that review and manage the municipality's accounts (/brukere; the server's policy 'users.manage'). */
export const USER_ADMIN_ROLES = ['administrator'] as const satisfies readonly RoleName[];

/** Roles that sync the kommune's roster (/elevregister; the server's policy 'roster.manage'). */
export const ROSTER_ROLES = ['administrator', 'skoleeier'] as const satisfies readonly RoleName[];

/** Roles that set up the kommune's identity providers (/innloggingstjenester; the server's 'identity.manage'). */
export const IDENTITY_ROLES = ['administrator', 'skoleeier'] as const satisfies readonly RoleName[];

/** The school owner's figures (/oversikt, decision 128): aggregates only. */
export const OVERSIGHT_ROLES = ['skoleeier'] as const satisfies readonly RoleName[];

/** The reviews of 004 §1.1 (3) (decisions 139–140), each with the server's policy action's roles. */
export const WEEKLY_REVIEW_ROLES = ['skoleledelse', 'administrator'] as const satisfies readonly RoleName[];
export const MONTHLY_REVIEW_ROLES = [
  'ressursteam',
  'skoleledelse',
  'administrator',
] as const satisfies readonly RoleName[];
export const TRINN_MEETING_ROLES = [
  'kontaktlaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly RoleName[];

/** Which reviews the user may open (/gjennomganger). */
export function reviewPlan(me: Pick<Me, 'roles'>) {
  const roles = me.roles.map((r) => r.role);
  const any = (list: readonly RoleName[]) => roles.some((r) => list.includes(r));
  return {
    weekly: any(WEEKLY_REVIEW_ROLES),
    trinn: any(TRINN_MEETING_ROLES),
    monthly: any(MONTHLY_REVIEW_ROLES),
    semester: any(WEEKLY_REVIEW_ROLES),
  };
}

export function navPlan(me: Pick<Me, 'roles'>): {
  /** The schools whose settings (skolerute and rule profile) the user may see (policy 'school.settings.read'). */
  settings: { id: string; name: string }[];
  alerts: boolean;
  board: boolean;
  import: boolean;
  profiles: boolean;
  auditLog: boolean;
  /** «Arkivuttrekk»: the school's Noark 5 extracts (decision 223). */
  archive: boolean;
  users: boolean;
  roster: boolean;
  identity: boolean;
  oversight: boolean;
  reviews: boolean;
  /** «Meld undring»: the helsesykepleier's undring to the school (policy 'health-concern.raise', decision 196). */
  healthConcern: boolean;
  /** «Timeplan»: the teacher's week with the pupils' «tilrettelegging» notes (policy 'adaptations.read', decision 209). */
  timetable: boolean;
} {
  const roles = me.roles.map((r) => r.role);
  return {
    settings: settingsSchools(me).map(({ id, name }) => ({ id, name })),
    alerts: roles.some((r) => (ALERT_LIST_ROLES as readonly RoleName[]).includes(r)),
    board: roles.some((r) => (CASE_BOARD_ROLES as readonly RoleName[]).includes(r)),
    import: roles.some((r) => (IMPORT_ROLES as readonly RoleName[]).includes(r)),
    profiles: roles.some((r) => (PROFILE_ROLES as readonly RoleName[]).includes(r)),
    auditLog: roles.some((r) => (AUDIT_REVIEW_ROLES as readonly RoleName[]).includes(r)),
    archive: roles.some((r) => (ARCHIVE_ROLES as readonly RoleName[]).includes(r)),
    users: roles.some((r) => (USER_ADMIN_ROLES as readonly RoleName[]).includes(r)),
    roster: roles.some((r) => (ROSTER_ROLES as readonly RoleName[]).includes(r)),
    identity: roles.some((r) => (IDENTITY_ROLES as readonly RoleName[]).includes(r)),
    oversight: roles.some((r) => (OVERSIGHT_ROLES as readonly RoleName[]).includes(r)),
    reviews: Object.values(reviewPlan(me)).some(Boolean),
    healthConcern: roles.some((r) => (HEALTH_CONCERN_RAISE_ROLES as readonly RoleName[]).includes(r)),
    timetable: seesAdaptations(me),
  };
}

/** Who raises an undring to the school (policy 'health-concern.raise') and who receives and follows it up ('health-concern.handle'). */
export const HEALTH_CONCERN_RAISE_ROLES = ['helsesykepleier'] as const satisfies readonly RoleName[];
export const HEALTH_CONCERN_HANDLE_ROLES = ['kontaktlaerer', 'skoleledelse'] as const satisfies readonly RoleName[];
/** Who ticks the helsestasjon's checklist in a case ('cases.partner-checklist.tick') and reads the absence calendar there. */
export const HEALTH_PARTNER_ROLES = ['helsesykepleier'] as const satisfies readonly RoleName[];

/** Whether the user has one of `roles`. */
export function hasAnyRole(me: Pick<Me, 'roles'>, roles: readonly RoleName[]): boolean {
  return me.roles.some((r) => roles.includes(r.role));
}

/** The schools the user may import for, once each, in the order the roles came. */
export function importSchools(me: Pick<Me, 'roles'>): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of me.roles) {
    if ((IMPORT_ROLES as readonly RoleName[]).includes(r.role) && r.schoolId && !seen.has(r.schoolId))
      seen.set(r.schoolId, r.schoolName ?? r.schoolId);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Roles that see a school's settings (/skole/:id/innstillinger); only administrator edits them. */
export const SETTINGS_ROLES = ['administrator', 'skoleledelse'] as const satisfies readonly RoleName[];

/** The schools whose settings the user may see, once each in the order the roles came; `canEdit` for the school's administrator. */
export function settingsSchools(me: Pick<Me, 'roles'>): { id: string; name: string; canEdit: boolean }[] {
  const seen = new Map<string, { id: string; name: string; canEdit: boolean }>();
  for (const r of me.roles) {
    if (!(SETTINGS_ROLES as readonly RoleName[]).includes(r.role) || !r.schoolId) continue;
    const school = seen.get(r.schoolId) ?? { id: r.schoolId, name: r.schoolName ?? r.schoolId, canEdit: false };
    if (r.role === 'administrator') school.canEdit = true;
    seen.set(r.schoolId, school);
  }
  return [...seen.values()];
}
