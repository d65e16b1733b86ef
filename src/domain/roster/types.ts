// The normalised roster: what a OneRoster bundle or Nærvær's own templates say about a kommune's schools,
// classes, pupils, guardians and staff, keyed by the source system's own stable ids (decision 082).
// Pure data; src/domain/roster/diff.ts compares it with what the database holds.

/** One file of a bundle as rows of text cells; `line` is the line in the file (the header is line 1). */
export type RosterTable = {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
};

/** A bad row, named so the person fixing the export can find it. `reason` is Norwegian. */
export type RosterProblem = { file: string; line: number; column: string; reason: string };

/** The roles a roster can give; the others (service partners) are given by hand in «Brukere». */
export const ROSTER_ROLES = [
  'kontaktlaerer',
  'faglaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
  'skoleeier',
] as const;
export type RosterRoleName = (typeof ROSTER_ROLES)[number];

export type ProtectedAddressValue = 'none' | 'fortrolig' | 'strengt_fortrolig';

export type RosterSchool = {
  sourceId: string;
  name: string;
  orgNumber: string | null;
  firstTrinn: number;
  lastTrinn: number;
};

export type RosterClass = {
  sourceId: string;
  schoolSourceId: string;
  name: string;
  trinn: number;
  /** The calendar year the school year starts in (2026 = 2026–2027), as the class table keeps it. */
  schoolYear: number;
};

export type RosterPupil = {
  sourceId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  nationalId: string | null;
  localId: string | null;
  protectedAddress: ProtectedAddressValue;
  /** The pupil's class (basisgruppe): exactly one. */
  classSourceId: string;
  /**
   * The pupil's Feide username (eduPersonPrincipalName, users.csv `username` of a student), lower case: the
   * sync makes the pupil's own account with it (decision 205). Absent or null: the roster gives no account.
   */
  username?: string | null;
};

export type RosterGuardian = {
  sourceId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  nationalId: string | null;
  /** The guardian's own protected address, when the roster names one (decision 153); absent: not carried. */
  protectedAddress?: ProtectedAddressValue;
  /**
   * `informationRestricted`: the roster records that this parent's right to information about the child is
   * restricted (Nærvær's template only; decision 152). Absent: the roster says nothing.
   */
  children: { pupilSourceId: string; parentalResponsibility: boolean; informationRestricted?: true }[];
};

export type RosterRole = { role: RosterRoleName; schoolSourceId: string | null; classSourceId: string | null };

export type RosterStaff = {
  sourceId: string;
  /** The Feide username (eduPersonPrincipalName), lower case: what sign-in matches on. */
  username: string;
  displayName: string;
  roles: RosterRole[];
};

export type Roster = {
  schools: RosterSchool[];
  classes: RosterClass[];
  pupils: RosterPupil[];
  guardians: RosterGuardian[];
  staff: RosterStaff[];
};

export type RosterParse = { roster: Roster; problems: RosterProblem[]; format: string };

export type RosterParseOptions = {
  /** Accept synthetic national ids (month + 80): demo mode and tests only (decision 055). */
  allowSynthetic: boolean;
  /** The school year a class without a term belongs to (the current one). */
  schoolYear: number;
};
