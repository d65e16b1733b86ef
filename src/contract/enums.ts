// Every closed list of words the API sends or takes, once, as an `as const` array with its type. The zod
// schemas in this folder, the routes and the web app all read them from here. Where the domain owns a
// list (absence kinds and reasons, referral services, plan kinds …) it is re-exported, not copied
// (decision 092): the contract depends on the domain, never the other way round.
import { OUTCOMES, REFERRAL_SERVICES } from '../domain/ladder/ladder-lists';
import {
  PROTECTED_ADDRESSES,
  type Role,
  ROLES,
  SERVICE_KINDS,
  type ServiceKind,
  USER_KINDS,
} from '../domain/people/accounts';
import { PLAN_KINDS } from '../domain/plans/plan-kinds';
import { INBOX_KINDS, MAIL_MODES, MAIL_STATES } from '../domain/inbox/inbox';
import { ABSENCE_REASONS, ABSENCE_SOURCES } from '../domain/rules/event-store';
import { ABSENCE_KINDS, RULE_BASES } from '../domain/rules/absence-kinds';

export {
  INBOX_KINDS,
  MAIL_MODES,
  MAIL_STATES,
  ABSENCE_KINDS,
  ABSENCE_REASONS,
  ABSENCE_SOURCES,
  OUTCOMES,
  PLAN_KINDS,
  PROTECTED_ADDRESSES,
  REFERRAL_SERVICES,
  ROLES,
  RULE_BASES,
  SERVICE_KINDS,
  USER_KINDS,
};
export type { ProtectedAddress, Role, ServiceKind, UserKind } from '../domain/people/accounts';
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export type AbsenceSource = (typeof ABSENCE_SOURCES)[number];
export type RuleBasis = (typeof RULE_BASES)[number];
export type EvaluationOutcome = (typeof OUTCOMES)[number];
export type PlanKind = (typeof PLAN_KINDS)[number];
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

/** Whether `value` is one of `list`'s words: narrows a string read from a form control without a cast. */
export function isOneOf<const T extends readonly string[]>(list: T, value: string): value is T[number] {
  return (list as readonly string[]).includes(value);
}

/** The roles an administrator gives and takes on «Brukere»: school roles (decision 080). */
export const SCHOOL_ROLES = [
  'kontaktlaerer',
  'faglaerer',
  'skoleledelse',
  'ressursteam',
  'administrator',
] as const satisfies readonly Role[];
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/**
 * The roles a service's staff hold at one of the kommune's service units (decision 111), with the unit
 * kind each belongs to. Given on «Brukere» by a kommune-wide administrator.
 */
export const SERVICE_ROLES = [
  'helsesykepleier',
  'ppt',
  'barnevern',
  'bup',
  'kommunepsykolog',
] as const satisfies readonly Role[];
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export const SERVICE_ROLE_UNITS: Record<ServiceRole, ServiceKind> = {
  helsesykepleier: 'helsestasjon',
  ppt: 'ppt',
  barnevern: 'barneverntjeneste',
  bup: 'bup',
  kommunepsykolog: 'kommunepsykolog',
};

/**
 * Every role «Brukere» can give: the school roles at a school (an administrator without a school is the
 * kommune-wide administrator), the school owner for the whole kommune, the service roles at a unit.
 */
export const ASSIGNABLE_ROLES = [...SCHOOL_ROLES, 'skoleeier', 'avdelingsdirektor', ...SERVICE_ROLES] as const;
export type AssignableRole = SchoolRole | 'skoleeier' | 'avdelingsdirektor' | ServiceRole;

export const ORGANISATION_TYPES = ['skole', 'kommune', 'tjeneste', 'hjem'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const CONTACT_PARTIES = ['elev', 'foresatt', 'helsesykepleier', 'ppt', 'barnevern', 'annen'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];
export const CONTACT_CHANNELS = ['telefon', 'møte', 'melding', 'hjemmebesøk', 'brev'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const OBSERVATION_KINDS = [
  'alvorlig-hendelse',
  'store-vansker-med-oppmøte',
  'familiens-rutiner',
  'tegn',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const ALERT_STATUSES = ['new', 'seen', 'handled', 'dismissed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
/** A concern is open: its alerts are new or seen. */
export const CONCERN_STATUSES = ['new', 'seen'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

/** The reasons a guardian may give when reporting absence (permisjon is the school's to grant). */
export const GUARDIAN_REPORT_REASONS = ['sykdom', 'helse', 'annet'] as const satisfies readonly AbsenceReason[];
export type GuardianReportReason = (typeof GUARDIAN_REPORT_REASONS)[number];
/** How much of a day a guardian reports (decision 133): the whole day, away from a lesson on, or arriving late. */
export const GUARDIAN_REPORT_PARTS = ['day', 'from-period', 'late'] as const;
export type GuardianReportPart = (typeof GUARDIAN_REPORT_PARTS)[number];

export const EVENT_CHANGES = ['created', 'updated', 'deleted'] as const;
export type EventChange = (typeof EVENT_CHANGES)[number];

export const CASE_ORIGINS = ['alert', 'pattern', 'undring'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const TASK_SOURCES = ['ladder', 'team'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];
/** The work in a case that ticks a checklist task by itself (decision 112; src/domain/ladder/work-ticks.ts). */
export const TICKED_BY_KINDS = ['meeting', 'form', 'plan', 'consent', 'referral'] as const;
export type TickedByKind = (typeof TICKED_BY_KINDS)[number];

/** What a case's timeline holds: an action on the ladder, a logged contact, a meeting, an alert for the pupil. */
export const TIMELINE_KINDS = ['action', 'contact', 'meeting', 'alert'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const MEETING_KINDS = [
  'undringssamtale-elev',
  'undringssamtale-foresatte',
  'samarbeidsmote',
  'naervaersteam',
  'ansvarsgruppemote',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const REFERRAL_STATUSES = ['under-arbeid', 'sendt', 'mottatt', 'avsluttet', 'avvist'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const ASSESSMENT_KINDS = ['sakkyndig-vurdering', 'sakkyndig-uttalelse', 'legeerklaering'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Who a case's written notice (from the ladder) can go to. */
export const NOTICE_TARGETS = ['skoleledelse', 'avdelingsdirektor'] as const;
export type NoticeTarget = (typeof NOTICE_TARGETS)[number];

export const CONSENT_DECISIONS = ['granted', 'refused'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export const CONSENT_STATES = ['gyldig', 'avslått', 'trukket', 'utløpt'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const FORM_AUDIENCES = ['elev', 'foresatte', 'elev-og-foresatte', 'skolen'] as const;
export type FormAudience = (typeof FORM_AUDIENCES)[number];
/** What counts as the pupil's own voice in a case: a form they filled, or a trusted person's statement. */
export const VOICE_EVIDENCE_KINDS = ['form', 'trusted-person', 'pupil-checkin'] as const;
export type VoiceEvidenceKind = (typeof VOICE_EVIDENCE_KINDS)[number];

export const PLAN_STATUSES = ['utkast', 'aktiv', 'avsluttet'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_CHANGE_TYPES = ['added', 'removed', 'changed'] as const;
export type PlanChangeType = (typeof PLAN_CHANGE_TYPES)[number];

export const AUDIT_KINDS = ['read', 'create', 'update', 'delete', 'export', 'print'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
/**
 * What an audit row is about (db `audit_log.entity`): the table of the record read or changed. Shown in
 * Norwegian to leadership (Tilgangslogg) and guardians («Hvem har sett»); a test checks every one has a label.
 */
export const AUDIT_ENTITIES = [
  'pupil',
  'pupil_case',
  'absence_event',
  'alert',
  'contact_log',
  'observation',
  'case_task',
  'case_participant',
  'case_referral',
  'case_assessment',
  'case_meeting',
  'case_form',
  'case_plan',
  'case_statement',
  'consent',
  'consent_scan',
  'audit_log',
  'class',
  'school',
  'kommune',
  'app_user',
  'user_session',
  'rule_profile',
  'ladder',
  'oidc_provider',
  'case_notice',
  'pupil_checkin',
  'pupil_meeting_wish',
  'health_concern',
  'partner_checklist_tick',
  'school_environment_case',
  'archive_extract',
  'case_decision',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Where a rule profile comes from: the municipality's own, or shipped with Nærvær. */
export const PROFILE_ORIGINS = ['kommune', 'levert'] as const;
export type ProfileOrigin = (typeof PROFILE_ORIGINS)[number];

/** The character sets an imported CSV can be read in. */
export const IMPORT_ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'Windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** What a measure's suggestion matched: a cause card or one of its details. */
export const MEASURE_REASON_KINDS = ['card', 'detail'] as const;
export type MeasureReasonKind = (typeof MEASURE_REASON_KINDS)[number];

/** The kinds of identity provider a kommune can set up (decision 084). */
export const OIDC_PROVIDER_KINDS = ['feide', 'idporten', 'helseid'] as const;
export type OidcProviderKind = (typeof OIDC_PROVIDER_KINDS)[number];

/** How Nærvær authenticates itself to a provider's token endpoint (HelseID requires private_key_jwt). */
export const OIDC_CLIENT_AUTHS = ['client_secret_basic', 'client_secret_post', 'private_key_jwt'] as const;
export type OidcClientAuth = (typeof OIDC_CLIENT_AUTHS)[number];
