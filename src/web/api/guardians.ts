// The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133): a guardian's view of a
// child and replies to the school, and the school's «Send til foresatte».
import type {
  GetMyChildResponse,
  ReplyAsGuardianBody,
  ReplyAsGuardianResponse,
  SendToGuardiansBody,
  SendToGuardiansResponse,
} from '../../contract';
import { id, request } from './client';

export type MyChild = GetMyChildResponse;
export type SentDocument = GetMyChildResponse['documents'][number];
export type ComingMeeting = GetMyChildResponse['meetings'][number];
export type SendToGuardiansResult = SendToGuardiansResponse;

const send = (url: string, confirmProtectedAddress: boolean) =>
  request<SendToGuardiansResponse>(url, {
    method: 'POST',
    body: (confirmProtectedAddress ? { confirmProtectedAddress: true } : {}) satisfies SendToGuardiansBody,
  });

export const guardianApi = {
  myChild: (pupilId: string) => request<GetMyChildResponse>(`/api/my-children/${id(pupilId)}`),
  reply: (pupilId: string, body: ReplyAsGuardianBody) =>
    request<ReplyAsGuardianResponse>(`/api/my-children/${id(pupilId)}/replies`, { method: 'POST', body }),
  sendMinutes: (caseId: string, meetingId: string, confirmProtectedAddress = false) =>
    send(`/api/cases/${id(caseId)}/meetings/${id(meetingId)}/send-to-guardians`, confirmProtectedAddress),
  sendPlan: (caseId: string, planId: string, confirmProtectedAddress = false) =>
    send(`/api/cases/${id(caseId)}/plans/${id(planId)}/send-to-guardians`, confirmProtectedAddress),
  sendLetter: (alertId: string, confirmProtectedAddress = false) =>
    send(`/api/alerts/${id(alertId)}/send-to-guardians`, confirmProtectedAddress),
};
