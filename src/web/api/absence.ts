// Absence: the morning register, a pupil's absence page, alerts and concerns, the contact log,
// observations, the guardian's reports and the letter to the guardians.
import type {
  AbsenceEvent,
  AddCaseNoteBody,
  AddCaseNoteResponse,
  Alert,
  Concern,
  Contact,
  ContactInput,
  DeleteAbsenceResponse,
  DismissAlertsResponse,
  EventResult,
  GetAbsenceHistoryResponse,
  GetClassRegisterResponse,
  RecordAbsenceResponse,
  TakeRegisterResponse,
  GetPupilAbsenceResponse,
  HandleAlertsResponse,
  ListAlertsQuery,
  ListAlertsResponse,
  ListGuardianReportsResponse,
  LogContactBody,
  LogContactResponse,
  MarkAlertsSeenBody,
  MarkAlertsSeenResponse,
  Observation,
  RecordAbsenceBody,
  RecordObservationBody,
  RecordObservationResponse,
  ReportAbsenceAsGuardianBody,
  ReportAbsenceAsGuardianResponse,
} from '../../contract';
import { download, id, query, request } from './client';

export {
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  OBSERVATION_KINDS,
  type AbsenceKind,
  type AbsenceReason,
  type AbsenceSource,
  type AlertStatus,
  type ContactChannel,
  type ContactParty,
  type GuardianReportReason,
  type ObservationKind,
} from '../../contract/enums';
export type { AbsenceEvent, Alert, Concern, Contact, ContactInput, EventResult, Observation };

export type EventInput = RecordAbsenceBody;
/** An alert at the version the user saw, for the concern actions. */
export type AlertRef = MarkAlertsSeenBody['alerts'][number];
/** The open case a concern goes into: the stafettholder follows it up there. */
export type ConcernCase = NonNullable<Concern['case']>;
export type EventHistoryEntry = GetAbsenceHistoryResponse['history'][number];
/** `ruleId`: the observation rule of the school's profile this observation makes fire, if any. */
export type ObservationInput = RecordObservationBody;
export type Register = GetClassRegisterResponse;
export type RegisterPupil = Register['pupils'][number];
export type Lesson = Register['lessons'][number];
export type PupilAbsence = GetPupilAbsenceResponse;
export type ObservationRule = PupilAbsence['observationRules'][number];
export type GuardianReportInput = ReportAbsenceAsGuardianBody;
export type GuardianReportResult = ReportAbsenceAsGuardianResponse;

export const absenceApi = {
  register: (classId: string, date?: string) =>
    request<GetClassRegisterResponse>(`/api/classes/${id(classId)}/register${query({ date })}`),
  /** One registration; `periodTo` makes a lesson a run (3.–4. time), saved as one event per lesson. */
  createEvent: (body: EventInput) => request<RecordAbsenceResponse>('/api/absence-events', { method: 'POST', body }),
  /** «Resten er til stede»: the class's register for the day is taken. */
  takeRegister: (classId: string, date: string) =>
    request<TakeRegisterResponse>(`/api/classes/${id(classId)}/register/taken`, { method: 'POST', body: { date } }),
  updateEvent: (eventId: string, body: Omit<EventInput, 'pupilId'> & { version: number }) =>
    request<EventResult>(`/api/absence-events/${id(eventId)}`, { method: 'PUT', body }),
  deleteEvent: (eventId: string, version: number) =>
    request<DeleteAbsenceResponse>(`/api/absence-events/${id(eventId)}${query({ version })}`, { method: 'DELETE' }),
  eventHistory: (eventId: string) => request<GetAbsenceHistoryResponse>(`/api/absence-events/${id(eventId)}/history`),

  pupilAbsence: (pupilId: string) => request<GetPupilAbsenceResponse>(`/api/pupils/${id(pupilId)}/absence`),
  /** The alerts the user may see (`status=open`: new or seen, not retired) and the open ones as concerns, newest and most severe first. */
  alerts: (params: ListAlertsQuery) => request<ListAlertsResponse>(`/api/alerts${query(params)}`),
  /** Every alert of a concern as seen (decision 026). */
  markConcernSeen: (alerts: AlertRef[]) =>
    request<MarkAlertsSeenResponse>('/api/alerts/seen', { method: 'POST', body: { alerts } }),
  /** Every alert of a concern dismissed with one reason. */
  dismissConcern: (alerts: AlertRef[], reason: string) =>
    request<DismissAlertsResponse>('/api/alerts/dismiss', { method: 'POST', body: { alerts, reason } }),
  /** Every alert of a concern handled by one logged contact. */
  handleConcern: (alerts: AlertRef[], contact: ContactInput) =>
    request<HandleAlertsResponse>('/api/alerts/handle', { method: 'POST', body: { alerts, contact } }),
  /** A note in the case's log (the school, or a partner the consent lets in), restricted to one service or not. */
  createCaseNote: (caseId: string, body: AddCaseNoteBody) =>
    request<AddCaseNoteResponse>(`/api/cases/${id(caseId)}/contacts`, { method: 'POST', body }),
  createContact: (pupilId: string, body: LogContactBody) =>
    request<LogContactResponse>(`/api/pupils/${id(pupilId)}/contacts`, { method: 'POST', body }),
  createObservation: (pupilId: string, body: ObservationInput) =>
    request<RecordObservationResponse>(`/api/pupils/${id(pupilId)}/observations`, { method: 'POST', body }),
  /** The letter to the guardians as a PDF, with the file name the server suggests (if any). */
  async letter(alertId: string, confirmProtectedAddress: boolean): Promise<{ pdf: Blob; fileName: string | null }> {
    const { file, fileName } = await download(`/api/alerts/${id(alertId)}/letter`, {
      method: 'POST',
      body: confirmProtectedAddress ? { confirmProtectedAddress: true } : {},
    });
    return { pdf: file, fileName };
  },

  reportAbsence: (pupilId: string, body: GuardianReportInput) =>
    request<GuardianReportResult>(`/api/my-children/${id(pupilId)}/reports`, { method: 'POST', body }),
  /** `today` is the server's date: the guardian's "i dag" and "i morgen" follow the server's clock, not the browser's. */
  myReports: (pupilId: string) => request<ListGuardianReportsResponse>(`/api/my-children/${id(pupilId)}/reports`),
};
