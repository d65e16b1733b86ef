// The health service as a partner (issue 21 item 6, decisions 196–198): the undring to the school, the
// helsestasjon's checklist in a case, and the absence calendar a case shares with her.
import type {
  CaseAbsenceCalendarResponse,
  HealthConcernResponse,
  ListHealthConcernsResponse,
  PartnerChecklistResponse,
  RaiseHealthConcernBody,
  RaiseHealthConcernResponse,
  SearchHealthPupilsResponse,
} from '../../contract';
import { id, request } from './client';

export type { HealthConcern, PartnerChecklistResponse, SearchHealthPupilsResponse } from '../../contract';

export const healthApi = {
  searchPupils: (q: string) =>
    request<SearchHealthPupilsResponse>(`/api/health-concerns/pupils?q=${encodeURIComponent(q)}`),
  raise: (body: RaiseHealthConcernBody) =>
    request<RaiseHealthConcernResponse>('/api/health-concerns', { method: 'POST', body }),
  list: () => request<ListHealthConcernsResponse>('/api/health-concerns'),
  setStatus: (concernId: string, status: 'received' | 'followed-up', version: number) =>
    request<HealthConcernResponse>(`/api/health-concerns/${id(concernId)}/status`, {
      method: 'POST',
      body: { status, version },
    }),
  linkCase: (concernId: string, version: number) =>
    request<HealthConcernResponse>(`/api/health-concerns/${id(concernId)}/case`, { method: 'POST', body: { version } }),
  checklist: (caseId: string) => request<PartnerChecklistResponse>(`/api/cases/${id(caseId)}/partner-checklist`),
  tick: (caseId: string, stepId: string, done: boolean) =>
    request<PartnerChecklistResponse>(`/api/cases/${id(caseId)}/partner-checklist/${encodeURIComponent(stepId)}`, {
      method: 'PUT',
      body: { done },
    }),
  absenceCalendar: (caseId: string) =>
    request<CaseAbsenceCalendarResponse>(`/api/cases/${id(caseId)}/absence-calendar`),
};
