import { z } from 'zod';
import { LANGUAGES } from '../domain/language/language';
import {
  ABSENCE_KINDS,
  ABSENCE_REASONS,
  ABSENCE_SOURCES,
  ALERT_STATUSES,
  CONCERN_STATUSES,
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  EVENT_CHANGES,
  GUARDIAN_REPORT_PARTS,
  GUARDIAN_REPORT_REASONS,
  OBSERVATION_KINDS,
  PROTECTED_ADDRESSES,
  RULE_BASES,
  SERVICE_KINDS,
} from './enums';
import { idParam, isoDate, isoDateTime } from './common';
import { pupilGuardianDto } from './pupils';

const kind = z.enum(ABSENCE_KINDS);

const reason = z.enum(ABSENCE_REASONS);

const channel = z.enum(CONTACT_CHANNELS);

const withWhom = z.array(z.enum(CONTACT_PARTIES)).min(1, 'Velg hvem kontakten var med');

export const eventDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  date: z.string(),
  kind,
  subject: z.string().nullable(),
  period: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  documented: z.boolean(),
  reason: reason.nullable(),
  source: z.enum(ABSENCE_SOURCES),
  note: z.string().nullable(),
  registeredByName: z.string(),
  registeredAt: z.string(),
  version: z.number().int(),
});
export type AbsenceEvent = z.infer<typeof eventDto>;

export const alertDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  classId: z.string(),
  className: z.string(),
  profile: z.string(),
  ruleId: z.string(),
  ruleTitle: z.string(),
  severity: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  status: z.enum(ALERT_STATUSES),
  explanation: z.string(),
  nextStep: z.string(),
  countedEvents: z.array(
    z.object({ date: z.string(), kind, subject: z.string().nullable(), period: z.number().nullable() }),
  ),
  dismissReason: z.string().nullable(),
  retiredAt: z
    .string()
    .nullable()
    .describe(
      'Satt når skolens gjeldende regler ikke lenger gir varselet (regelsett byttet, regel eller skolerute endret); statusen beholdes',
    ),
  retiredReason: z.string().nullable(),
  handledContactId: z.string().nullable(),
  openCaseId: z
    .string()
    .nullable()
    .describe('Elevens åpne sak, om det finnes en: varselet følges opp der («Gå til saken»), ikke i en ny sak'),
  basis: z.enum(RULE_BASES).describe('«kommune»: en regel kommunen har valgt selv, ikke fra kildedokumentet'),
  version: z.number().int(),
});
export type Alert = z.infer<typeof alertDto>;

export const concernDto = z
  .object({
    id: z.string().describe('Det alvorligste varselets id'),
    pupilId: z.string(),
    pupilName: z.string(),
    classId: z.string(),
    className: z.string(),
    severity: z.string(),
    startedOn: z.string(),
    latestStart: z.string(),
    status: z.enum(CONCERN_STATUSES),
    nextStep: z.string(),
    alerts: z.array(alertDto).describe('Reglene som slår til på overlappende dager, alvorligste først'),
    case: z
      .object({ id: z.string(), level: z.number().int(), stafettholderName: z.string() })
      .nullable()
      .describe('Elevens åpne sak: varselet følges opp der'),
  })
  .describe('Én bekymring: åpne varsler for samme elev på overlappende dager');
export type Concern = z.infer<typeof concernDto>;

const alertRefs = z
  .array(z.object({ id: idParam, version: z.number().int().positive() }))
  .min(1, 'Velg minst ett varsel')
  .max(50);

export const contactDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  alertId: z.string().nullable(),
  contactedAt: z.string(),
  withWhom: z.array(z.string()),
  channel,
  summary: z.string(),
  agreed: z.string().nullable(),
  restrictedTo: z.enum(SERVICE_KINDS).nullable().describe('Skjermet notat: bare for denne tjenesten og stafettholder'),
  recordedByName: z.string(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactDto>;

const observationKind = z.enum(OBSERVATION_KINDS);

export const observationDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  kind: observationKind,
  ruleId: z.string().nullable(),
  observedOn: z.string(),
  description: z.string(),
  recordedByName: z.string(),
  version: z.number().int(),
});
export type Observation = z.infer<typeof observationDto>;

const protectedAddress = z.enum(PROTECTED_ADDRESSES);

const eventBody = z.object({
  date: isoDate,
  kind,
  subject: z.string().max(100).nullish(),
  period: z.number().int().min(1).max(12).nullish(),
  minutes: z.number().int().min(1).max(600).nullish(),
  documented: z.boolean(),
  reason: reason.nullish(),
  note: z.string().max(2000).nullish(),
});

export const contactBody = z.object({
  contactedAt: isoDateTime,
  withWhom,
  channel,
  summary: z.string().trim().min(1, 'Skriv kort hva kontakten gjaldt').max(4000),
  agreed: z.string().max(4000).nullish(),
});
export type ContactInput = z.input<typeof contactBody>;

const versionBody = z.object({ version: z.number().int().positive() });

export const withAlerts = z.object({ event: eventDto, alerts: z.array(alertDto), concerns: z.array(concernDto) });
export type EventResult = z.infer<typeof withAlerts>;

/** Who ended a class's register for a day with «Resten er til stede», and when. */
export const registerTaken = z.object({ at: z.string(), byName: z.string() });
export type RegisterTaken = z.infer<typeof registerTaken>;

// GET /api/classes/:classId/register
export const getClassRegisterParams = z.object({ classId: idParam });
export type GetClassRegisterParams = z.input<typeof getClassRegisterParams>;
export const getClassRegisterQuery = z.object({ date: isoDate.optional() });
export type GetClassRegisterQuery = z.infer<typeof getClassRegisterQuery>;
export const getClassRegisterResponse = z.object({
  class: z.object({ id: z.string(), name: z.string(), schoolName: z.string() }),
  date: z.string(),
  schoolDay: z.boolean(),
  future: z.boolean().describe('Dagen har ikke kommet: bare innvilget permisjon registreres på forhånd'),
  past: z.boolean().describe('Dagen er før i dag: ingen «ring hjem i dag»'),
  closedReason: z.string().nullable(),
  taken: registerTaken.nullable().describe('Registreringen er ført («Resten er til stede»): av hvem og når'),
  lessons: z.array(z.object({ period: z.number().int(), subject: z.string() })),
  pupils: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      protectedAddress,
      events: z.array(eventDto),
      guardianReported: z.boolean(),
      needsCall: z.boolean(),
      openAlerts: z.number().int(),
      openConcerns: z.number().int().describe('Åpne varsler på overlappende dager telles som én bekymring'),
    }),
  ),
});
export type GetClassRegisterResponse = z.infer<typeof getClassRegisterResponse>;

// POST /api/absence-events
export const recordAbsenceBody = eventBody.extend({
  pupilId: idParam,
  periodTo: z
    .number()
    .int()
    .min(1)
    .max(12)
    .nullish()
    .describe('Bare for en time: siste time i en dobbelttime (3.–4. time); én registrering per time, lagret sammen'),
});
export type RecordAbsenceBody = z.input<typeof recordAbsenceBody>;
export const recordAbsenceResponse = withAlerts.extend({
  events: z.array(eventDto).describe('Alle registreringene (flere ved en dobbelttime); `event` er den første'),
});
export type RecordAbsenceResponse = z.infer<typeof recordAbsenceResponse>;

// POST /api/classes/:classId/register/taken
export const takeRegisterParams = z.object({ classId: idParam });
export type TakeRegisterParams = z.input<typeof takeRegisterParams>;
export const takeRegisterBody = z.object({ date: isoDate });
export type TakeRegisterBody = z.input<typeof takeRegisterBody>;
export const takeRegisterResponse = z.object({ taken: registerTaken });
export type TakeRegisterResponse = z.infer<typeof takeRegisterResponse>;

// PUT /api/absence-events/:eventId
export const correctAbsenceParams = z.object({ eventId: idParam });
export type CorrectAbsenceParams = z.input<typeof correctAbsenceParams>;
export const correctAbsenceBody = eventBody.extend({ version: z.number().int().positive() });
export type CorrectAbsenceBody = z.input<typeof correctAbsenceBody>;
export const correctAbsenceResponse = withAlerts;
export type CorrectAbsenceResponse = z.infer<typeof correctAbsenceResponse>;

// DELETE /api/absence-events/:eventId
export const deleteAbsenceParams = z.object({ eventId: idParam });
export type DeleteAbsenceParams = z.input<typeof deleteAbsenceParams>;
export const deleteAbsenceQuery = z.object({ version: z.coerce.number().int().positive() });
export type DeleteAbsenceQuery = z.infer<typeof deleteAbsenceQuery>;
export const deleteAbsenceResponse = z.object({ alerts: z.array(alertDto), concerns: z.array(concernDto) });
export type DeleteAbsenceResponse = z.infer<typeof deleteAbsenceResponse>;

// GET /api/absence-events/:eventId/history
export const getAbsenceHistoryParams = z.object({ eventId: idParam });
export type GetAbsenceHistoryParams = z.input<typeof getAbsenceHistoryParams>;
export const getAbsenceHistoryResponse = z.object({
  history: z.array(
    z.object({
      version: z.number().int(),
      change: z.enum(EVENT_CHANGES),
      changedByName: z.string(),
      changedAt: z.string(),
      event: eventDto,
    }),
  ),
});
export type GetAbsenceHistoryResponse = z.infer<typeof getAbsenceHistoryResponse>;

// GET /api/pupils/:pupilId/absence
export const getPupilAbsenceParams = z.object({ pupilId: idParam });
export type GetPupilAbsenceParams = z.input<typeof getPupilAbsenceParams>;
export const getPupilAbsenceResponse = z.object({
  today: z.string().describe('Dagens dato etter tjenerens klokke: dagene etter er fram i tid'),
  pupil: z.object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    classId: z.string(),
    className: z.string(),
    schoolName: z.string(),
    protectedAddress,
  }),
  calendar: z.object({
    firstDay: z.string(),
    lastDay: z.string(),
    schoolDays: z.array(z.object({ date: z.string(), lessons: z.number().int() })),
    closedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
  }),
  events: z.array(eventDto),
  patterns: z.array(z.object({ kind: z.string(), title: z.string(), description: z.string() })),
  diploma: z
    .object({
      schoolDays: z.number().int().describe('Skoledager hittil i skoleåret, til og med i dag'),
      absentDays: z.number().int(),
      absentLessons: z.number().int(),
      leaveOffCandidates: z.array(z.object({ date: z.string(), reason: z.string() })),
      maxLeaveOff: z.number().int(),
      daysIfLeftOff: z.number().int(),
    })
    .nullable(),
  alerts: z.array(alertDto),
  concerns: z.array(concernDto),
  observations: z.array(observationDto),
  contacts: z.array(contactDto),
  observationRules: z.array(z.object({ id: z.string(), title: z.string() })),
  openCaseId: z.string().nullable(),
  guardians: z.array(pupilGuardianDto).describe('Elevens foresatte, med begrenset rett til informasjon'),
  lettersSent: z
    .array(
      z.object({
        alertId: z.string(),
        sentAt: z.string(),
        languages: z.array(z.enum(LANGUAGES)).describe('Språkene brevet gikk ut på (beslutning 178)'),
      }),
    )
    .describe('Brev om bekymringsfullt fravær sendt til foresatte i Nærvær'),
});
export type GetPupilAbsenceResponse = z.infer<typeof getPupilAbsenceResponse>;

// GET /api/alerts
export const listAlertsQuery = z.object({
  status: z.enum(['open', 'all']).default('open'),
  classId: idParam.optional(),
});
export type ListAlertsQuery = z.infer<typeof listAlertsQuery>;
export const listAlertsResponse = z.object({ alerts: z.array(alertDto), concerns: z.array(concernDto) });
export type ListAlertsResponse = z.infer<typeof listAlertsResponse>;

// POST /api/alerts/seen
export const markAlertsSeenBody = z.object({ alerts: alertRefs });
export type MarkAlertsSeenBody = z.input<typeof markAlertsSeenBody>;
export const markAlertsSeenResponse = z.object({ alerts: z.array(alertDto) });
export type MarkAlertsSeenResponse = z.infer<typeof markAlertsSeenResponse>;

// POST /api/alerts/dismiss
export const dismissAlertsBody = z.object({
  alerts: alertRefs,
  reason: z.string().trim().min(1, 'Skriv hvorfor varselet avvises').max(2000),
});
export type DismissAlertsBody = z.input<typeof dismissAlertsBody>;
export const dismissAlertsResponse = z.object({ alerts: z.array(alertDto) });
export type DismissAlertsResponse = z.infer<typeof dismissAlertsResponse>;

// POST /api/alerts/handle
export const handleAlertsBody = z.object({ alerts: alertRefs, contact: contactBody });
export type HandleAlertsBody = z.input<typeof handleAlertsBody>;
export const handleAlertsResponse = z.object({ alerts: z.array(alertDto), contact: contactDto });
export type HandleAlertsResponse = z.infer<typeof handleAlertsResponse>;

// POST /api/alerts/:alertId/seen
export const markAlertSeenParams = z.object({ alertId: idParam });
export type MarkAlertSeenParams = z.input<typeof markAlertSeenParams>;
export const markAlertSeenBody = versionBody;
export type MarkAlertSeenBody = z.input<typeof markAlertSeenBody>;
export const markAlertSeenResponse = z.object({ alert: alertDto });
export type MarkAlertSeenResponse = z.infer<typeof markAlertSeenResponse>;

// POST /api/alerts/:alertId/dismiss
export const dismissAlertParams = z.object({ alertId: idParam });
export type DismissAlertParams = z.input<typeof dismissAlertParams>;
export const dismissAlertBody = versionBody.extend({
  reason: z.string().trim().min(1, 'Skriv hvorfor varselet avvises').max(2000),
});
export type DismissAlertBody = z.input<typeof dismissAlertBody>;
export const dismissAlertResponse = z.object({ alert: alertDto });
export type DismissAlertResponse = z.infer<typeof dismissAlertResponse>;

// POST /api/alerts/:alertId/handle
export const handleAlertParams = z.object({ alertId: idParam });
export type HandleAlertParams = z.input<typeof handleAlertParams>;
export const handleAlertBody = versionBody.extend({ contact: contactBody });
export type HandleAlertBody = z.input<typeof handleAlertBody>;
export const handleAlertResponse = z.object({ alert: alertDto, contact: contactDto });
export type HandleAlertResponse = z.infer<typeof handleAlertResponse>;

// POST /api/pupils/:pupilId/contacts
export const logContactParams = z.object({ pupilId: idParam });
export type LogContactParams = z.input<typeof logContactParams>;
export const logContactBody = contactBody.extend({ alertId: idParam.nullish() });
export type LogContactBody = z.input<typeof logContactBody>;
export const logContactResponse = z.object({ contact: contactDto });
export type LogContactResponse = z.infer<typeof logContactResponse>;

// POST /api/pupils/:pupilId/observations
export const recordObservationParams = z.object({ pupilId: idParam });
export type RecordObservationParams = z.input<typeof recordObservationParams>;
export const recordObservationBody = z.object({
  kind: observationKind,
  observedOn: isoDate,
  description: z.string().trim().min(1, 'Beskriv det du har observert').max(4000),
  ruleId: z.string().nullish(),
  /** It points to bullying, violence, harassment or other violations: starts the aktivitetsplikt (decision 187). */
  schoolEnvironment: z.boolean().optional(),
  /** An adult working at the school is involved (opplæringslova § 12-5): starts it too, and tells the owner. */
  adultInvolved: z.boolean().optional(),
});
export type RecordObservationBody = z.input<typeof recordObservationBody>;
export const recordObservationResponse = z.object({
  observation: observationDto,
  alerts: z.array(alertDto),
  concerns: z.array(concernDto),
  /** The school environment matter the observation started, if it did (decision 187). */
  schoolEnvironmentMatterId: z.string().nullable(),
});
export type RecordObservationResponse = z.infer<typeof recordObservationResponse>;

// POST /api/my-children/:pupilId/reports
export const reportAbsenceAsGuardianParams = z.object({ pupilId: idParam });
export type ReportAbsenceAsGuardianParams = z.input<typeof reportAbsenceAsGuardianParams>;
export const reportAbsenceAsGuardianBody = z.object({
  from: isoDate,
  to: isoDate,
  reason: z.enum(GUARDIAN_REPORT_REASONS),
  note: z.string().max(1000).nullish(),
  /**
   * Part of one day (decision 133): «day» (default) the whole day; «from-period» away from `period` on (a
   * doctor's appointment from 3rd period: leaves school); «late» arrives `minutes` late.
   */
  part: z.enum(GUARDIAN_REPORT_PARTS).optional(),
  period: z.number().int().min(1).max(12).nullish(),
  minutes: z.number().int().min(1).max(600).nullish(),
});
export type ReportAbsenceAsGuardianBody = z.input<typeof reportAbsenceAsGuardianBody>;
export const reportAbsenceAsGuardianResponse = z.object({
  created: z.number().int(),
  skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
});
export type ReportAbsenceAsGuardianResponse = z.infer<typeof reportAbsenceAsGuardianResponse>;

// GET /api/my-children/:pupilId/reports
export const listGuardianReportsParams = z.object({ pupilId: idParam });
export type ListGuardianReportsParams = z.input<typeof listGuardianReportsParams>;
export const listGuardianReportsResponse = z.object({ today: z.string(), reports: z.array(eventDto) });
export type ListGuardianReportsResponse = z.infer<typeof listGuardianReportsResponse>;

// POST /api/alerts/:alertId/letter
export const writeGuardianLetterParams = z.object({ alertId: idParam });
export type WriteGuardianLetterParams = z.input<typeof writeGuardianLetterParams>;
export const writeGuardianLetterBody = z.object({ confirmProtectedAddress: z.boolean().optional() });
export type WriteGuardianLetterBody = z.input<typeof writeGuardianLetterBody>;
