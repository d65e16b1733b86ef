// The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133): a guardian's view of a
// child and replies to the school, and the school's «Send til foresatte».
import type {
  GetMyChildResponse,
  ReplyAsGuardianBody,
  ReplyAsGuardianResponse,
  SendToGuardiansBody,
  SendToGuardiansResponse,
  PupilGuardianDto,
  SetGuardianProtectedAddressBody,
  SetGuardianProtectedAddressResponse,
  SetGuardianRestrictionBody,
  SetGuardianRestrictionResponse,
} from '../../contract';
import { id, request } from './client';

export type MyChild = GetMyChildResponse;
export type SentDocument = GetMyChildResponse['documents'][number];
export type ComingMeeting = GetMyChildResponse['meetings'][number];
export type SendToGuardiansResult = SendToGuardiansResponse;
/** A guardian of the pupil as the school sees them on the pupil page (decisions 152–153). */
export type PupilGuardian = PupilGuardianDto;

/** Where each kind of document sent home is downloaded (decision 154; the aktivitetsplan, decision 211). */
const GUARDIAN_PDF_PATHS: Record<SentDocument['kind'], string> = {
  letter: 'letters',
  minutes: 'minutes',
  plan: 'plans',
  'activity-plan': 'activity-plans',
};

const guardianOf = (pupilId: string, guardianId: string) => `/api/pupils/${id(pupilId)}/guardians/${id(guardianId)}`;

const send = (url: string, confirmProtectedAddress: boolean) =>
  request<SendToGuardiansResponse>(url, {
    method: 'POST',
    body: (confirmProtectedAddress ? { confirmProtectedAddress: true } : {}) satisfies SendToGuardiansBody,
  });

export const guardianApi = {
  myChild: (pupilId: string) => request<GetMyChildResponse>(`/api/my-children/${id(pupilId)}`),
  /** The PDF of a document sent home (decision 154): a plain link, the browser downloads it. */
  documentPdfUrl: (pupilId: string, d: Pick<SentDocument, 'kind' | 'sourceId'>) =>
    `/api/my-children/${id(pupilId)}/${GUARDIAN_PDF_PATHS[d.kind]}/${id(d.sourceId)}/pdf`,
  reply: (pupilId: string, body: ReplyAsGuardianBody) =>
    request<ReplyAsGuardianResponse>(`/api/my-children/${id(pupilId)}/replies`, { method: 'POST', body }),
  sendMinutes: (caseId: string, meetingId: string, confirmProtectedAddress = false) =>
    send(`/api/cases/${id(caseId)}/meetings/${id(meetingId)}/send-to-guardians`, confirmProtectedAddress),
  sendPlan: (caseId: string, planId: string, confirmProtectedAddress = false) =>
    send(`/api/cases/${id(caseId)}/plans/${id(planId)}/send-to-guardians`, confirmProtectedAddress),
  sendActivityPlan: (matterId: string, confirmProtectedAddress = false) =>
    send(`/api/school-environment/${id(matterId)}/send-to-guardians`, confirmProtectedAddress),
  sendLetter: (alertId: string, confirmProtectedAddress = false) =>
    send(`/api/alerts/${id(alertId)}/send-to-guardians`, confirmProtectedAddress),
  setRestriction: (pupilId: string, guardianId: string, body: SetGuardianRestrictionBody) =>
    request<SetGuardianRestrictionResponse>(`${guardianOf(pupilId, guardianId)}/information-restriction`, {
      method: 'PUT',
      body,
    }),
  setProtectedAddress: (pupilId: string, guardianId: string, body: SetGuardianProtectedAddressBody) =>
    request<SetGuardianProtectedAddressResponse>(`${guardianOf(pupilId, guardianId)}/protected-address`, {
      method: 'PUT',
      body,
    }),
};
