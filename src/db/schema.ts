// Kysely's view of the tables in src/db/migrations. Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Version = ColumnType<number, number | undefined, number>;

export type Role =
  | 'kontaktlaerer'
  | 'faglaerer'
  | 'skoleledelse'
  | 'ressursteam'
  | 'administrator'
  | 'skoleeier'
  | 'helsesykepleier'
  | 'ppt'
  | 'barnevern'
  | 'bup'
  | 'kommunepsykolog';

export type UserKind = 'staff' | 'municipal' | 'service' | 'guardian';
export type ProtectedAddress = 'none' | 'fortrolig' | 'strengt_fortrolig';
export type ServiceKind = 'helsestasjon' | 'ppt' | 'barneverntjeneste' | 'bup' | 'kommunepsykolog';

export interface Database {
  kommune: { id: string; kommunenummer: string; name: string; created_at: Generated<Date>; version: Version };
  school: {
    id: string;
    kommune_id: string;
    name: string;
    organisasjonsnummer: string | null;
    first_trinn: number;
    last_trinn: number;
    rule_profile: string | null;
    created_at: Generated<Date>;
    version: Version;
  };
  service_unit: { id: string; kommune_id: string; name: string; kind: ServiceKind; version: Version };
  class: { id: string; kommune_id: string; school_id: string; name: string; trinn: number; school_year: number; version: Version };
  pupil: {
    id: string;
    kommune_id: string;
    first_name: string;
    last_name: string;
    birth_date: string;
    national_id: string | null;
    protected_address: ColumnType<ProtectedAddress, ProtectedAddress | undefined, ProtectedAddress>;
    created_at: Generated<Date>;
    version: Version;
  };
  class_membership: { id: string; kommune_id: string; pupil_id: string; class_id: string; valid_from: string; valid_to: string | null };
  app_user: {
    id: string;
    kommune_id: string;
    username: string;
    display_name: string;
    kind: UserKind;
    password_hash: string | null;
    totp_secret: string | null;
    oidc_subject: string | null;
    is_demo: Generated<boolean>;
    failed_logins: Generated<number>;
    locked_until: Timestamp | null;
    disabled_at: Timestamp | null;
    created_at: Generated<Date>;
    version: Version;
  };
  guardian: {
    id: string;
    kommune_id: string;
    first_name: string;
    last_name: string;
    phone: string | null;
    email: string | null;
    user_id: string | null;
    version: Version;
  };
  guardian_pupil: { kommune_id: string; guardian_id: string; pupil_id: string; relation: Generated<string> };
  role_assignment: {
    id: string;
    kommune_id: string;
    user_id: string;
    role: Role;
    school_id: string | null;
    class_id: string | null;
    service_unit_id: string | null;
    subject: string | null;
  };
  timetable_lesson: {
    id: string;
    kommune_id: string;
    class_id: string;
    weekday: number;
    period: number;
    subject: string;
    teacher_id: string | null;
  };
  user_session: {
    id: string;
    kommune_id: string;
    user_id: string;
    token_hash: string;
    csrf_token: string;
    created_at: Timestamp;
    last_seen_at: Timestamp;
    second_factor_pending: Generated<boolean>;
    ended_at: Timestamp | null;
  };
  audit_log: {
    id: Generated<number>;
    kommune_id: string;
    at: Timestamp;
    user_id: string | null;
    role: string | null;
    action: string;
    pupil_id: string | null;
    details: ColumnType<unknown, string | undefined, never>;
  };
}

/** Tables holding tenant data, all with kommune_id (or, for kommune, id) under forced RLS. */
export const TENANT_TABLES = [
  'kommune',
  'school',
  'service_unit',
  'class',
  'pupil',
  'class_membership',
  'app_user',
  'guardian',
  'guardian_pupil',
  'role_assignment',
  'timetable_lesson',
  'user_session',
  'audit_log',
] as const;
