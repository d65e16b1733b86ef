// Kysely's view of the tables in src/db/migrations. Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';
import type { AlertEvidence } from '../domain/absence/alert-episodes';
import type { HealthConcernBasis, HealthConcernState } from '../domain/health/health-concern';
import type { InboxKind, MailMode, MailState } from '../domain/inbox/inbox';
import type { Language, Malform } from '../domain/language/language';
import type { ReferralService } from '../domain/ladder/ladder-schema';
import type { AssignedRole, ProtectedAddress, ServiceKind, UserKind } from '../domain/people/accounts';
import type { PlanKind } from '../domain/plans/plan-schema';
import type { SchoolEnvironmentStart, SchoolEnvironmentStatus } from '../domain/school-environment/activity-plan';
import type { DecisionStatus, DeliveryChannel, FinalOutcome, ReassessmentOutcome } from '../domain/decisions/states';
import type { AbsenceReason, AbsenceSource } from '../domain/rules/event-store';
import type { AbsenceKind } from '../domain/rules/profile-schema';
import type { AlertFacts } from '../domain/rules/explain';
import type {
  AlertStatus,
  AssessmentKind,
  AuditKind,
  CaseOrigin,
  CaseStatus,
  ConsentDecision,
  ContactChannel,
  EventChange,
  FormAudience,
  NoticeTarget,
  ObservationKind,
  OidcProviderKind,
  PlanStatus,
  ReferralStatus,
  TaskSource,
} from '../contract/enums';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Version = ColumnType<number, number | undefined, number>;

// The closed lists are the domain's (src/domain/people/accounts.ts, src/domain/rules, src/domain/plans …) or,
// for those only the API names, the contract's (src/contract/enums.ts), so the table types, the domain and the
// API contract cannot disagree; the migrations' CHECKs say them in SQL.
/** A role of `role_assignment` (a guardian's account has none: it is «foresatt» by its kind). */
export type Role = AssignedRole;
export type { ProtectedAddress, ServiceKind, UserKind };

export type GuardianDocumentKind = 'letter' | 'minutes' | 'plan' | 'activity-plan';

export interface Database {
  /** An «undring» from the helsesykepleier to the school about a pupil (migration 0048, decision 196). */
  health_concern: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    school_id: string;
    class_id: string;
    raised_by: string;
    raised_at: Timestamp;
    text: string;
    basis: HealthConcernBasis;
    consent_on: string;
    consent_by: string;
    status: ColumnType<HealthConcernState, HealthConcernState | undefined, HealthConcernState>;
    received_by: string | null;
    received_at: Timestamp | null;
    followed_up_by: string | null;
    followed_up_at: Timestamp | null;
    case_id: string | null;
    version: Version;
  };
  /** A step of a partner's own checklist in a case, ticked by the partner (migration 0048, decision 197). */
  partner_checklist_tick: {
    id: string;
    kommune_id: string;
    case_id: string;
    checklist_id: string;
    step_id: string;
    ticked_by: string;
    ticked_at: Timestamp;
  };
  /** A letter, minutes or plan sent to the guardians with «Send til foresatte» (migration 0034, decision 130). */
  guardian_document: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    case_id: string | null;
    kind: GuardianDocumentKind;
    source_id: string;
    sent_by: string;
    sent_at: Timestamp;
    /** The languages it went out in, one per language among the guardians (migration 0042, decision 178). */
    languages: ColumnType<Language[], Language[] | undefined, Language[]>;
  };
  /** A written notice sent from a case, with its PDF as sent (migration 0033, decision 123). */
  case_notice: {
    id: string;
    kommune_id: string;
    case_id: string;
    pupil_id: string;
    recipient: NoticeTarget;
    level: number;
    file_name: string;
    pdf: Uint8Array;
    sent_by: string;
    sent_at: Timestamp;
  };
  /** One thing waiting for one user, named by ids only (migration 0033, decision 124). */
  inbox_item: {
    id: string;
    kommune_id: string;
    user_id: string;
    kind: InboxKind;
    case_id: string | null;
    pupil_id: string | null;
    notice_id: string | null;
    task_id: string | null;
    dedupe_key: string;
    created_at: Timestamp;
    read_at: Timestamp | null;
    done_at: Timestamp | null;
  };
  /** A user's choice of e-mail per inbox kind; no row means at once (migration 0033, decision 125). */
  notice_preference: {
    kommune_id: string;
    user_id: string;
    kind: InboxKind;
    mode: MailMode;
    hour: number | null;
  };
  /** An e-mail to send, written with what caused it; sent by the mail worker (migration 0033, decision 126). */
  mail_outbox: {
    id: string;
    kommune_id: string;
    /** Null for an SMS to a guardian without an account. */
    user_id: string | null;
    kind: InboxKind | 'summary';
    dedupe_key: string;
    message_id: string;
    /** E-mail to the user, or an SMS to the guardian's mobile number (migration 0035, decision 136). */
    channel: ColumnType<'email' | 'sms', 'email' | 'sms' | undefined, 'email' | 'sms'>;
    guardian_id: ColumnType<string | null, string | null | undefined, string | null>;
    state: Generated<MailState>;
    attempts: Generated<number>;
    next_attempt_at: Timestamp;
    last_error: string | null;
    created_at: Timestamp;
    sent_at: Timestamp | null;
  };
  kommune: {
    id: string;
    kommunenummer: string;
    name: string;
    /** Password log-in for everyone (false: only emergency admins; migration 0026, decision 084). */
    password_login: Generated<boolean>;
    /** The administrative written standard (språklova): its staff's default language (migration 0041). */
    malform: ColumnType<Malform, Malform | undefined, Malform>;
    created_at: Generated<Date>;
    version: Version;
  };
  school: {
    id: string;
    kommune_id: string;
    name: string;
    organisasjonsnummer: string | null;
    first_trinn: number;
    last_trinn: number;
    rule_profile: string | null;
    ladder: ColumnType<string | null, string | null | undefined, string | null>;
    /** The roster's id for the school (migration 0025). */
    source_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** The same-day notice's time, HH:MM; null: the content's default (migration 0035, decision 134). */
    same_day_notice_at: ColumnType<string | null, string | null | undefined, string | null>;
    created_at: Generated<Date>;
    version: Version;
  };
  service_unit: { id: string; kommune_id: string; name: string; kind: ServiceKind; version: Version };
  class: {
    id: string;
    kommune_id: string;
    school_id: string;
    name: string;
    trinn: number;
    school_year: number;
    source_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** Guardians get the same-day notice for this class (migration 0035, decision 134). */
    same_day_notice: ColumnType<boolean, boolean | undefined, boolean>;
    version: Version;
  };
  pupil: {
    id: string;
    kommune_id: string;
    first_name: string;
    last_name: string;
    birth_date: string;
    national_id: string | null;
    local_id: ColumnType<string | null, string | null | undefined, string | null>;
    national_id_hash: ColumnType<string | null, string | null | undefined, string | null>;
    protected_address: ColumnType<ProtectedAddress, ProtectedAddress | undefined, ProtectedAddress>;
    source_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** The day the pupil left the kommune's schools by the roster (migration 0025). */
    left_on: ColumnType<string | null, string | null | undefined, string | null>;
    /** The pupil's own account, kind 'pupil' (migration 0044, decision 184). */
    user_id: ColumnType<string | null, string | null | undefined, string | null>;
    created_at: Generated<Date>;
    version: Version;
  };
  /** A pupil's weekly check-in on 001's scaling tool, one per ISO week (migration 0044, decision 184). */
  pupil_checkin: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    case_id: string;
    /** «2026-W49». */
    iso_week: string;
    score: number;
    one_step_better: string;
    written_by: string;
    written_at: Timestamp;
    version: Version;
  };
  /** What a pupil wants the adults to know before a meeting and who they want there (migration 0044). */
  pupil_meeting_wish: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    case_id: string;
    want_adults_to_know: string;
    who: string[];
    who_else: string;
    written_by: string;
    written_at: Timestamp;
  };
  class_membership: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    valid_from: string;
    valid_to: string | null;
  };
  app_user: {
    id: string;
    kommune_id: string;
    username: string;
    display_name: string;
    kind: UserKind;
    password_hash: string | null;
    totp_secret: string | null;
    totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
    last_login_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    oidc_subject: string | null;
    is_demo: Generated<boolean>;
    failed_logins: Generated<number>;
    locked_until: Timestamp | null;
    disabled_at: Timestamp | null;
    emergency_admin: Generated<boolean>;
    source_id: ColumnType<string | null, string | null | undefined, string | null>;
    left_on: ColumnType<string | null, string | null | undefined, string | null>;
    /** Where the user's e-mail notices go (migration 0033, decision 125). */
    email: ColumnType<string | null, string | null | undefined, string | null>;
    /** The interface language the user chose; null: the kommune's målform (migration 0041). */
    language: ColumnType<Language | null, Language | null | undefined, Language | null>;
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
    /** HMAC-SHA-256 of the national id (nationalIdHash), for ID-porten's pid (migration 0026). */
    national_id_hash: ColumnType<string | null, string | null | undefined, string | null>;
    source_id: ColumnType<string | null, string | null | undefined, string | null>;
    national_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** The guardian's own protected address (migration 0036, decision 153). */
    protected_address: ColumnType<ProtectedAddress, ProtectedAddress | undefined, ProtectedAddress>;
    /** The language the family reads letters and its pages in; null: the kommune's målform (migration 0041). */
    language: ColumnType<Language | null, Language | null | undefined, Language | null>;
    version: Version;
  };
  guardian_pupil: {
    kommune_id: string;
    guardian_id: string;
    pupil_id: string;
    relation: Generated<string>;
    parental_responsibility: Generated<boolean>;
    /** The school has restricted this parent's right to information (barnelova § 47; migration 0034, decision 131). */
    information_restricted: Generated<boolean>;
    /** Why, when, by whom and from where the restriction was set (migration 0036, decision 152). */
    information_restricted_reason: ColumnType<string | null, string | null | undefined, string | null>;
    information_restricted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    information_restricted_by: ColumnType<string | null, string | null | undefined, string | null>;
    information_restricted_source: ColumnType<
      'school' | 'roster' | null,
      'school' | 'roster' | null | undefined,
      'school' | 'roster' | null
    >;
    version: Version;
  };
  role_assignment: {
    id: string;
    kommune_id: string;
    user_id: string;
    role: Role;
    school_id: string | null;
    class_id: string | null;
    service_unit_id: string | null;
    subject: string | null;
    /** Given by the roster sync, which also takes it back (migration 0025). */
    from_roster: Generated<boolean>;
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
    totp_enrol_secret: ColumnType<string | null, string | null | undefined, string | null>;
    totp_attempts: Generated<number>;
    seq: ColumnType<number, never, never>;
    ended_at: Timestamp | null;
    oidc_provider_id: ColumnType<string | null, string | null | undefined, string | null>;
    oidc_id_token: ColumnType<string | null, string | null | undefined, string | null>;
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
    kind: ColumnType<AuditKind | null, AuditKind | null | undefined, never>;
    entity: ColumnType<string | null, string | null | undefined, never>;
    entity_id: ColumnType<string | null, string | null | undefined, never>;
    case_id: ColumnType<string | null, string | null | undefined, never>;
    organisation: ColumnType<string | null, string | null | undefined, never>;
    client_ip: ColumnType<string | null, string | null | undefined, never>;
    outcome: ColumnType<'allowed' | 'denied', 'allowed' | 'denied' | undefined, never>;
    /** Set by the sealer (migration 0021, decision 050), never by the application: null until sealed. */
    seq: ColumnType<number | null, never, never>;
    prev_hash: ColumnType<string | null, never, never>;
    hash: ColumnType<string | null, never, never>;
    sealed_at: ColumnType<Date | null, never, never>;
  };
}

export type { AbsenceKind, AbsenceReason, AbsenceSource };
export type { AlertStatus };
export type { ContactChannel };
export type { ObservationKind };

export interface Database {
  school_calendar: {
    id: string;
    kommune_id: string;
    school_id: string;
    school_year: number;
    first_day: string;
    last_day: string;
    spring_starts: string;
    closed: ColumnType<{ from: string; to: string; name: string }[], string, string>;
    version: Version;
  };
  absence_event: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    date: string;
    kind: AbsenceKind;
    subject: string | null;
    period: number | null;
    minutes: number | null;
    documented: boolean;
    reason: AbsenceReason | null;
    source: AbsenceSource;
    note: string | null;
    registered_by: string;
    registered_at: Timestamp;
    version: Version;
    deleted_at: Timestamp | null;
  };
  absence_event_history: {
    id: Generated<number>;
    kommune_id: string;
    event_id: string;
    version: number;
    change: EventChange;
    changed_by: string;
    changed_at: Timestamp;
    snapshot: ColumnType<Record<string, unknown>, string, never>;
  };
  observation: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    kind: ObservationKind;
    rule_id: string | null;
    observed_on: string;
    description: string;
    recorded_by: string;
    recorded_at: Timestamp;
    version: Version;
  };
  alert: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    school_id: string;
    profile: string;
    rule_id: string;
    started_on: string;
    ended_on: string | null;
    status: ColumnType<AlertStatus, AlertStatus | undefined, AlertStatus>;
    explanation: ColumnType<AlertExplanation, string, string>;
    dismiss_reason: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    version: Version;
    /** Set when the school's current rules no longer compute this episode (migration 0017); the status is kept. */
    retired_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    retired_reason: ColumnType<string | null, string | null | undefined, string | null>;
    /** The alert of earlier rules whose status this one carried on. */
    continues_alert_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** The contact that handled it (one contact can handle every alert of a concern). */
    handled_contact_id: ColumnType<string | null, string | null | undefined, string | null>;
  };
  contact_log: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    alert_id: string | null;
    contacted_at: Timestamp;
    with_whom: string[];
    channel: ContactChannel;
    summary: string;
    agreed: string | null;
    /** Null: written by Nærvær itself, the same-day notice (migration 0035). */
    recorded_by: string | null;
    recorded_at: Timestamp;
    version: Version;
    restricted_to: ColumnType<ServiceKind | null, ServiceKind | null | undefined, ServiceKind | null>;
    case_id: ColumnType<string | null, string | null | undefined, string | null>;
    /** The school day a same-day notice concerns; one per pupil and day (migration 0035, decision 134). */
    notice_on: ColumnType<string | null, string | null | undefined, string | null>;
  };
}

export interface Database {
  kommune_rule_profile: {
    id: string;
    kommune_id: string;
    profile_id: string;
    definition: ColumnType<unknown, string, string>;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}

export interface Database {
  pupil_case: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    school_id: string;
    ladder: string;
    state: ColumnType<unknown, string, string>;
    status: CaseStatus;
    level: number;
    evaluation_due: string | null;
    stafettholder_id: string;
    opened_from: CaseOrigin;
    origin_alert_id: string | null;
    opened_by: string;
    opened_at: Timestamp;
    last_activity_at: Timestamp;
    version: Version;
    /** The team's weekly contact: null as the ladder says, true on since `weekly_contact_since`, false off (0047). */
    weekly_contact: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
    weekly_contact_since: ColumnType<string | null, string | null | undefined, string | null>;
  };
  case_action: {
    id: Generated<number>;
    kommune_id: string;
    case_id: string;
    action: ColumnType<unknown, string, never>;
    state_after: ColumnType<unknown, string, never>;
    acted_by: string;
    acted_at: Timestamp;
  };
  case_task: {
    id: string;
    kommune_id: string;
    case_id: string;
    level: number;
    ladder_task_id: string | null;
    text: string;
    responsible: string[];
    owner_id: string | null;
    due_on: string | null;
    done_on: string | null;
    done_by: string | null;
    completion: ColumnType<unknown, string | null, string | null>;
    source: TaskSource;
    version: Version;
  };
}

export type MeetingKind =
  | 'undringssamtale-elev'
  | 'undringssamtale-foresatte'
  | 'samarbeidsmote'
  | 'naervaersteam'
  | 'ansvarsgruppemote';

export interface Database {
  case_meeting: {
    id: string;
    kommune_id: string;
    case_id: string;
    kind: MeetingKind;
    scheduled_on: string;
    participants: string[];
    agenda: string;
    anonymised: boolean;
    held_on: string | null;
    minutes: string | null;
    next_meeting_on: string | null;
    /** «09:30» (Norwegian wall-clock time), or null for the day (migration 0031). */
    scheduled_time: ColumnType<string | null, string | null | undefined, string | null>;
    place: ColumnType<string, string | undefined, string>;
    /** The planned meeting «neste møte» created (decision 116). */
    next_meeting_id: ColumnType<string | null, string | null | undefined, string | null>;
    recorded_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}

export type { ReferralStatus };
export type { AssessmentKind };

export interface Database {
  case_referral: {
    id: string;
    kommune_id: string;
    case_id: string;
    service: ReferralService;
    status: ReferralStatus;
    sent_on: string | null;
    answered_on: string | null;
    guardians_signed: boolean;
    note: string | null;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
  case_assessment: {
    id: string;
    kommune_id: string;
    case_id: string;
    kind: AssessmentKind;
    issued_on: string;
    issued_by: string;
    recommendations: string;
    valid_until: string | null;
    recorded_by: string;
    recorded_at: Timestamp;
    version: Version;
  };
}

export interface Database {
  record_history: {
    id: Generated<number>;
    kommune_id: string;
    table_name: string;
    record_id: string;
    version: number;
    snapshot: ColumnType<Record<string, unknown>, string, never>;
    changed_by: string | null;
    changed_at: Timestamp;
  };
}

export interface Database {
  kommune_ladder: {
    id: string;
    kommune_id: string;
    ladder_id: string;
    definition: ColumnType<unknown, string, string>;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}

export interface Database {
  case_participant: {
    id: string;
    kommune_id: string;
    case_id: string;
    name: string;
    role: string;
    user_id: string | null;
    added_by: string;
    added_at: Timestamp;
    removed_at: Timestamp | null;
  };
}

export interface Database {
  consent: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    case_id: string;
    decision: ConsentDecision;
    services: string[];
    specialist_services: string | null;
    other_services: string | null;
    guardian_ids: string[];
    pupil_consented: boolean;
    information_given: string;
    scope: string;
    held_back_matters: string | null;
    excluded_services: ColumnType<string[], string[] | undefined, string[]>;
    excluded_user_ids: ColumnType<string[], string[] | undefined, string[]>;
    excluded_persons: string | null;
    stafettlogg: boolean;
    place: string | null;
    consent_date: string;
    collected_by: string;
    collected_at_service: string;
    recorded_at: Timestamp;
    expired_on: ColumnType<string | null, string | null | undefined, string | null>;
    withdrawn_on: ColumnType<string | null, string | null | undefined, string | null>;
    withdrawn_by: ColumnType<string | null, string | null | undefined, string | null>;
    withdrawal_reason: ColumnType<string | null, string | null | undefined, string | null>;
    version: Version;
  };
  consent_scan: {
    id: string;
    kommune_id: string;
    consent_id: string;
    case_id: string;
    file_name: string;
    mime: 'application/pdf' | 'image/png' | 'image/jpeg';
    data: Uint8Array;
    uploaded_by: string;
    uploaded_at: Timestamp;
  };
}

export type { AuditKind };

export interface Database {
  /** The end of each kommune's sealed chain (position 0, no row, before the first seal). */
  audit_anchor: {
    kommune_id: string;
    last_id: number | null;
    last_hash: string | null;
    last_seq: number | null;
    sealed_at: Timestamp | null;
  };
}

export interface Database {
  /** Anonymous counts left by erased cases (migration 0014, decision 054). */
  case_statistics: {
    id: string;
    kommune_id: string;
    school_id: string;
    school_year: number;
    level: number;
    opened_from: CaseOrigin;
    cases: number;
    days_open: number;
    meetings: number;
  };
}

export type { PlanStatus };

export interface Database {
  /** A plan in a case (migration 0016, decision 064); `content` is the domain's Plan. */
  case_plan: {
    id: string;
    kommune_id: string;
    case_id: string;
    pupil_id: string;
    kind: PlanKind;
    status: PlanStatus;
    content: ColumnType<unknown, string, string>;
    activated_on: string | null;
    activated_by: string | null;
    /** «Elevens stemme og barnets beste» recorded with the activation (migration 0049, decision 204). */
    activation_heard: ColumnType<unknown, string | null | undefined, string | null>;
    closed_on: string | null;
    created_by: string;
    created_at: Timestamp;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}

export type { FormAudience };

export interface Database {
  /** A form filled in a case (migration 0015, decision 063): answers to one version of a form in content/forms. */
  case_form: {
    id: string;
    kommune_id: string;
    case_id: string;
    pupil_id: string;
    form_id: string;
    form_version: number;
    audience: FormAudience;
    meeting_id: string | null;
    answers: ColumnType<unknown, string, string>;
    filled_on: string;
    recorded_by: string;
    updated_at: Timestamp;
    version: Version;
  };
  /** The statement of a trusted person the pupil chose (004 §3; migration 0015). */
  case_statement: {
    id: string;
    kommune_id: string;
    case_id: string;
    pupil_id: string;
    person_name: string;
    relation: string;
    chosen_by_pupil: boolean;
    statement: string;
    given_on: string;
    recorded_by: string;
    recorded_at: Timestamp;
    version: Version;
  };
}

/** What an alert row keeps of the engine's explanation (as of the last evaluation). */
export type AlertExplanation = {
  title: string;
  severity: string;
  explanation: string;
  action: string;
  source: string;
  evidence: AlertEvidence[];
  /** The facts `explanation` is made of, to say it in the reader's language (absent in alerts made before issue 20). */
  facts?: AlertFacts;
  /** «kommune» when the rule is the municipality's own choice, not its source's (decision 021). */
  basis?: 'kommune';
};

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
  'school_calendar',
  'absence_event',
  'absence_event_history',
  'observation',
  'alert',
  'contact_log',
  'kommune_rule_profile',
  'pupil_case',
  'case_action',
  'case_task',
  'case_meeting',
  'case_referral',
  'case_assessment',
  'record_history',
  'kommune_ladder',
  'case_participant',
  'audit_anchor',
  'case_statistics',
  'consent',
  'consent_scan',
  'case_form',
  'case_statement',
  'case_plan',
  'password_setup',
  'oidc_provider',
  'oidc_login',
  'class_register',
  'case_notice',
  'inbox_item',
  'notice_preference',
  'mail_outbox',
  'guardian_document',
  'pupil_day_absence',
  'class_month_absence',
  'pupil_day_dirty',
  'class_day_calendar',
  'pupil_checkin',
  'pupil_meeting_wish',
  'measure_confirmation',
  'class_substitute',
  'health_concern',
  'partner_checklist_tick',
  'school_environment_case',
  'archive_extract',
  'archive_extract_case',
  'case_decision',
] as const;

/** Tenant tables the application may only insert into and read: history that must not change. */
export const APPEND_ONLY_TABLES: readonly string[] = [
  'audit_log',
  'absence_event_history',
  'case_action',
  'record_history',
];

export interface Database {
  /**
   * «Fulgt i dag»: a teacher confirmed a measure marked for teaching was followed on a day (migration 0046,
   * decision 191); one row per teacher, measure and day.
   */
  measure_confirmation: {
    id: string;
    kommune_id: string;
    case_id: string;
    plan_id: string;
    pupil_id: string;
    class_id: string;
    measure_id: string;
    date: string;
    confirmed_by: string;
    confirmed_at: Timestamp;
  };
  /** The substitute of the day: a teacher the leadership named to take a class on a date (migration 0046, decision 192). */
  class_substitute: {
    id: string;
    kommune_id: string;
    class_id: string;
    date: string;
    user_id: string;
    assigned_by: string;
    assigned_at: Timestamp;
  };
  /** A class's register for a day, taken («Resten er til stede»): the latest confirmation (migration 0029, decision 105). */
  class_register: {
    kommune_id: string;
    class_id: string;
    date: string;
    taken_by: string;
    taken_at: Timestamp;
  };
  /** A one-time link to set a password (migration 0024, decision 080): only the token's SHA-256 is kept. */
  password_setup: {
    id: string;
    kommune_id: string;
    user_id: string;
    token_hash: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Timestamp | null;
  };
}

export type { OidcProviderKind };
export type OidcClientAuth = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';

export interface Database {
  /** An identity provider of a kommune (migration 0026, decision 084); the secret itself stays in the environment. */
  oidc_provider: {
    id: string;
    kommune_id: string;
    slug: string;
    display_name: string;
    kind: OidcProviderKind;
    issuer: string;
    client_id: string;
    client_auth: OidcClientAuth;
    secret_ref: string;
    scopes: string;
    identity_claim: string;
    roles: string[];
    strong_acr: ColumnType<string[], string[] | undefined, string[]>;
    strong_amr: ColumnType<string[], string[] | undefined, string[]>;
    enabled: Generated<boolean>;
    created_at: Timestamp;
    version: Version;
  };
  /** A sign-in under way: state (its SHA-256), nonce and PKCE verifier, used once. */
  oidc_login: {
    id: string;
    kommune_id: string;
    provider_id: string;
    state_hash: string;
    nonce: string;
    code_verifier: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Timestamp | null;
  };
}

export interface Database {
  /** A pupil's absence on one school day in one class, as the rule engine counts it (migration 0038, decision 161). */
  pupil_day_absence: {
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    date: string;
    units_all: number;
    units_documented: number;
    units_undocumented: number;
    whole_day: number;
    lessons: number;
    late: number;
  };
  /** A class's month summed from its pupil-days, for the owner's overview (migration 0038, decision 161). */
  class_month_absence: {
    kommune_id: string;
    class_id: string;
    month: string;
    school_days: number;
    over_5: number;
    over_10: number;
    over_20: number;
    units_all: string;
    units_documented: string;
    units_undocumented: string;
    whole_days: number;
    lessons: number;
    late: number;
    outsiders: string[];
  };
  /** Pupil-days an absence_event statement touched since the last refresh (written by a trigger only). */
  pupil_day_dirty: {
    seq: Generated<string>;
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    date: string;
  };
  /** A class whose day rows are computed on its present skolerute and timetable (triggers remove the mark). */
  class_day_calendar: {
    class_id: string;
    kommune_id: string;
    lessons_per_weekday: number[];
    computed_at: Timestamp;
  };
}

export type { SchoolEnvironmentStart, SchoolEnvironmentStatus };

export interface Database {
  /**
   * A matter about a pupil's school environment under opplæringslova kapittel 12 (migration 0045, decision
   * 187): apart from the absence case, optionally linked to it; `plan` is the domain's ActivityPlan.
   */
  school_environment_case: {
    id: string;
    kommune_id: string;
    pupil_id: string;
    school_id: string;
    case_id: string | null;
    status: SchoolEnvironmentStatus;
    started_from: SchoolEnvironmentStart;
    observation_id: string | null;
    adult_involved: boolean;
    reported_by: string;
    reported_at: Timestamp;
    known_on: string;
    report: string;
    leader_notified_at: Timestamp;
    owner_notified_at: Timestamp | null;
    investigated_on: string | null;
    findings: string | null;
    plan: ColumnType<unknown, string | null, string | null>;
    plan_made_on: string | null;
    evaluation_due: string | null;
    evaluated_on: string | null;
    evaluation: string | null;
    closed_on: string | null;
    closing: string | null;
    created_at: Timestamp;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}

export type ArchiveExtractScope = 'case' | 'school' | 'matter';
export type ArchiveExtractReason = 'closed' | 'on-demand';

export interface Database {
  /** A Noark 5 arkivuttrekk as made, its tar file kept until handed over (migration 0053, decisions 221–224). */
  archive_extract: {
    id: string;
    kommune_id: string;
    school_id: string;
    scope: ArchiveExtractScope;
    reason: ArchiveExtractReason;
    period_from: string;
    period_to: string;
    file_name: string;
    bytes: Uint8Array;
    sha256: string;
    size_bytes: number;
    documents: number;
    made_at: Timestamp;
    made_by: string;
    handed_over_on: string | null;
    handed_over_by: string | null;
    handed_over_at: Timestamp | null;
    /** The archive it was handed over to, as written when it was marked (migration 0056, decision 237). */
    handed_over_to: string | null;
    version: Version;
  };
  /** Which cases an extract holds (migration 0053), or which school environment matters (0055, decision 231). */
  archive_extract_case: {
    id: string;
    kommune_id: string;
    extract_id: string;
    case_id: string | null;
    matter_id: ColumnType<string | null, string | null | undefined, string | null>;
    pupil_id: string;
  };
}

export interface Database {
  /**
   * An individual decision (enkeltvedtak) in a case (migration 0052, decisions 213–217): its draft and every step
   * after it with its date; `heard` is decision 181's record.
   */
  case_decision: {
    id: string;
    kommune_id: string;
    case_id: string;
    pupil_id: string;
    kind: string;
    status: ColumnType<DecisionStatus, DecisionStatus | undefined, DecisionStatus>;
    facts: ColumnType<string, string | undefined, string>;
    legal_basis: ColumnType<string[], string[] | undefined, string[]>;
    reasons: ColumnType<string, string | undefined, string>;
    heard: ColumnType<unknown, string | null | undefined, string | null>;
    weighed: ColumnType<string, string | undefined, string>;
    decision: ColumnType<string, string | undefined, string>;
    valid_from: string | null;
    valid_to: string | null;
    assessment_id: string | null;
    consent_on: string | null;
    consent_by: string | null;
    temporary_evaluate_on: string | null;
    temporary_considerations: string | null;
    notice_sent_on: string | null;
    reply_by: string | null;
    reply_on: string | null;
    reply: string | null;
    /** How the reply came (migration 0054, decision 228): a guardian in Nærvær, or recorded by the school. */
    reply_channel: 'naervaer' | 'school' | null;
    /** The guardian's account that sent the reply in Nærvær. */
    reply_user_id: string | null;
    reply_sent_at: Timestamp | null;
    decided_on: string | null;
    decided_by: string | null;
    delivery_channel: DeliveryChannel | null;
    delivered_on: string | null;
    received_on: string | null;
    receipt: 'opened' | 'entered' | null;
    appeal_received_on: string | null;
    appeal: string | null;
    reassessed_on: string | null;
    reassessment: ReassessmentOutcome | null;
    reassessment_reasons: string | null;
    forwarded_on: string | null;
    forwarded_documents: string[] | null;
    outcome_on: string | null;
    outcome: FinalOutcome | null;
    outcome_text: string | null;
    /** The decision this one replaces: the school changed it after an appeal (migration 0055, decision 230). */
    replaces_decision_id: ColumnType<string | null, string | null | undefined, string | null>;
    created_by: string;
    created_at: Timestamp;
    updated_by: string;
    updated_at: Timestamp;
    version: Version;
  };
}
