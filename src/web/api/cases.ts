// Cases along the tiltakstrapp (issue 5): the board, a case and everything in it, the pupil's file,
// one's tasks, cases to take over, and consent (decision 051).
import type {
  ActOnCaseResponse,
  AddCaseTaskBody,
  AddCaseTaskResponse,
  AddParticipantBody,
  AddParticipantResponse,
  AddReferralBody,
  AddReferralResponse,
  AttachConsentScanBody,
  AttachConsentScanResponse,
  CaseAction,
  CaseState,
  CaseStaffResponse,
  CompleteCaseTaskBody,
  CompleteCaseTaskResponse,
  Consent,
  ConsentInput,
  ExpertAssessment,
  CasePart,
  GetCasePartsResponse,
  GetCaseResponse,
  GetPupilFileResponse,
  HandOverCaseBody,
  HeardInput,
  SetWeeklyContactBody,
  SetWeeklyContactResponse,
  HandOverCaseResponse,
  ListCasePeopleResponse,
  ListCasesResponse,
  ListCasesToTakeOverResponse,
  ListMyTasksResponse,
  Meeting,
  NoticeTarget,
  OpenCaseBody,
  OpenCaseResponse,
  PlanMeetingBody,
  PlanMeetingResponse,
  RecordAssessmentBody,
  RecordAssessmentResponse,
  RecordConsentResponse,
  RecordMeetingBody,
  RecordMeetingResponse,
  Referral,
  TakeOverCaseResponse,
  UpdateReferralBody,
  UpdateReferralResponse,
  WithdrawConsentBody,
  WithdrawConsentResponse,
} from '../../contract';
import { download, id, query, request } from './client';
import type { Language } from '../../domain/language/language';

export {
  ASSESSMENT_KINDS,
  MEETING_KINDS,
  REFERRAL_SERVICES as REFERRAL_SERVICE_NAMES,
  REFERRAL_STATUSES,
  type AssessmentKind,
  type CaseOrigin,
  type ConsentDecision,
  type ConsentState,
  type EvaluationOutcome,
  type MeetingKind,
  type NoticeTarget,
  type ReferralService,
  type ReferralStatus,
} from '../../contract/enums';
export type { CaseAction, CaseState, Consent, ConsentInput, ExpertAssessment, Meeting, Referral };

export type CaseDetail = GetCaseResponse;
export type CaseTask = CaseDetail['tasks'][number];
/** A ladder task's action as the content describes it (null for a plain task). */
export type TaskAction = NonNullable<CaseTask['action']>;
export type AbsencePeriod = NonNullable<NonNullable<CaseDetail['beforeAfter']>['before']>;
export type CaseParticipant = CaseDetail['participants'][number];
export type MappedCauses = NonNullable<CaseDetail['mappedCauses']>;
export type ConsentFormFacts = NonNullable<CaseDetail['consentForm']>;
export type CaseListEntry = ListCasesResponse['cases'][number];
export type OpenCaseInput = OpenCaseBody;
export type MeetingInput = PlanMeetingBody;
export type MeetingUpdate = RecordMeetingBody;
export type ReferralInput = AddReferralBody;
export type AssessmentInput = RecordAssessmentBody;
export type { HeardInput };
export type HolisticAssessmentInput = NonNullable<CompleteCaseTaskBody['holisticAssessment']>;
export type CaseActionType = CaseAction['type'];
export type StaffMember = CaseStaffResponse['staff'][number];
/** Someone with an account who can take part in a case, with the ladder role their account suggests. */
export type CasePerson = ListCasePeopleResponse['people'][number];
export type MyTask = ListMyTasksResponse['tasks'][number];
export type CaseToTakeOver = ListCasesToTakeOverResponse['cases'][number];
/** The pupil's file (elevmappe) for absence follow-up. `openedAt` and `contactedAt` are instants. */
export type PupilFile = GetPupilFileResponse;

const base = (caseId: string) => `/api/cases/${id(caseId)}`;

/** A PDF the server writes (and logs), with the file name it suggests (if any). */
async function pdf(path: string, body?: unknown): Promise<{ pdf: Blob; fileName: string | null }> {
  const { file, fileName } = await download(path, body === undefined ? {} : { method: 'POST', body });
  return { pdf: file, fileName };
}

export const caseApi = {
  open: (body: OpenCaseInput) => request<OpenCaseResponse>('/api/cases', { method: 'POST', body }),
  list: (params: { mine: boolean; status: 'open' | 'all' }) =>
    request<ListCasesResponse>(`/api/cases${query({ mine: String(params.mine), status: params.status })}`),
  get: (caseId: string) => request<GetCaseResponse>(base(caseId)),
  /** Only the parts of the case an action can have changed (decision 117). */
  parts: (caseId: string, parts: readonly CasePart[]) =>
    request<GetCasePartsResponse>(`${base(caseId)}/parts${query({ include: parts.join(',') })}`),
  act: (caseId: string, action: CaseAction, version: number) =>
    request<ActOnCaseResponse>(`${base(caseId)}/actions`, { method: 'POST', body: { action, version } }),
  addTask: (caseId: string, body: AddCaseTaskBody) =>
    request<AddCaseTaskResponse>(`${base(caseId)}/tasks`, { method: 'POST', body }),
  completeTask: (caseId: string, taskId: string, body: CompleteCaseTaskBody) =>
    request<CompleteCaseTaskResponse>(`${base(caseId)}/tasks/${id(taskId)}/done`, { method: 'POST', body }),
  addMeeting: (caseId: string, body: MeetingInput) =>
    request<PlanMeetingResponse>(`${base(caseId)}/meetings`, { method: 'POST', body }),
  updateMeeting: (caseId: string, meetingId: string, body: MeetingUpdate) =>
    request<RecordMeetingResponse>(`${base(caseId)}/meetings/${id(meetingId)}`, { method: 'PUT', body }),
  /** The minutes (referat) as a PDF, with the file name the server suggests (if any). */
  minutes: (caseId: string, meetingId: string, confirmProtectedAddress: boolean, language?: Language) =>
    pdf(
      `${base(caseId)}/meetings/${id(meetingId)}/minutes${language ? query({ language }) : ''}`,
      confirmProtectedAddress ? { confirmProtectedAddress: true } : {},
    ),
  addReferral: (caseId: string, body: ReferralInput) =>
    request<AddReferralResponse>(`${base(caseId)}/referrals`, { method: 'POST', body }),
  updateReferral: (caseId: string, referralId: string, body: UpdateReferralBody) =>
    request<UpdateReferralResponse>(`${base(caseId)}/referrals/${id(referralId)}`, { method: 'PUT', body }),
  addAssessment: (caseId: string, body: AssessmentInput) =>
    request<RecordAssessmentResponse>(`${base(caseId)}/assessments`, { method: 'POST', body }),
  /** The ladder's written notice (logged by the server) as a PDF, with the file name the server suggests (if any). */
  notice: (caseId: string, to: NoticeTarget) => pdf(`${base(caseId)}/notices`, { to }),
  staff: (caseId: string) => request<CaseStaffResponse>(`${base(caseId)}/staff`),
  people: (caseId: string) => request<ListCasePeopleResponse>(`${base(caseId)}/people`),
  addParticipant: (caseId: string, body: AddParticipantBody) =>
    request<AddParticipantResponse>(`${base(caseId)}/participants`, { method: 'POST', body }),
  removeParticipant: (caseId: string, participantId: string) =>
    request<void>(`${base(caseId)}/participants/${id(participantId)}`, { method: 'DELETE' }),
  /** The team's switch for the case's weekly contact (decision 193). */
  setWeeklyContact: (caseId: string, body: SetWeeklyContactBody) =>
    request<SetWeeklyContactResponse>(`${base(caseId)}/weekly-contact`, { method: 'PUT', body }),
  passBaton: (caseId: string, body: HandOverCaseBody) =>
    request<HandOverCaseResponse>(`${base(caseId)}/stafettholder`, { method: 'PUT', body }),
  myTasks: () => request<ListMyTasksResponse>('/api/tasks/mine'),
  toTakeOver: () => request<ListCasesToTakeOverResponse>('/api/cases/to-take-over'),
  takeOver: (caseId: string) =>
    request<TakeOverCaseResponse>(`${base(caseId)}/take-over`, { method: 'POST', body: {} }),
  pupilFile: (pupilId: string) => request<GetPupilFileResponse>(`/api/pupils/${id(pupilId)}/file`),
  recordConsent: (caseId: string, body: ConsentInput) =>
    request<RecordConsentResponse>(`${base(caseId)}/consents`, { method: 'POST', body }),
  withdrawConsent: (caseId: string, consentId: string, body: WithdrawConsentBody) =>
    request<WithdrawConsentResponse>(`${base(caseId)}/consents/${id(consentId)}/withdraw`, { method: 'POST', body }),
  /** The consent form with signature lines as a PDF (the server logs the print). */
  consentPdf: (caseId: string, consentId: string, language?: Language) =>
    pdf(`${base(caseId)}/consents/${id(consentId)}/pdf${language ? query({ language }) : ''}`),
  attachConsentScan: (caseId: string, consentId: string, body: AttachConsentScanBody) =>
    request<AttachConsentScanResponse>(`${base(caseId)}/consents/${id(consentId)}/scan`, { method: 'POST', body }),
  /** A plain link: the browser downloads the scan with the session cookie. */
  consentScanUrl: (caseId: string, consentId: string) => `${base(caseId)}/consents/${id(consentId)}/scan`,
};
