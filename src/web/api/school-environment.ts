// The aktivitetsplikt (issue 21 item 3, decisions 187–189): a pupil's school environment matters, one matter
// with its steps and aktivitetsplan, the leadership's list, and the plan as a PDF.
import type {
  ActivityPlanDto,
  GetMatterResponse,
  ListMattersResponse,
  MatterResponse,
  PupilMattersResponse,
  RecordMatterStepBody,
  StartMatterBody,
  StartMatterResponse,
} from '../../contract';
import { download, id, query, request } from './client';

export type { ActivityPlanDto, Matter, MatterSummary } from '../../contract';
// From the domain, not the contract: the contract's zod would come with every screen's first load.
export { MATTER_FLAGS, MATTER_STEPS } from '../../domain/school-environment/activity-plan';

const base = (matterId: string) => `/api/school-environment/${id(matterId)}`;

export const schoolEnvironmentApi = {
  ofPupil: (pupilId: string) => request<PupilMattersResponse>(`/api/pupils/${id(pupilId)}/school-environment`),
  start: (pupilId: string, body: StartMatterBody) =>
    request<StartMatterResponse>(`/api/pupils/${id(pupilId)}/school-environment`, { method: 'POST', body }),
  list: () => request<ListMattersResponse>('/api/school-environment'),
  get: (matterId: string) => request<GetMatterResponse>(base(matterId)),
  savePlan: (matterId: string, version: number, plan: ActivityPlanDto) =>
    request<MatterResponse>(`${base(matterId)}/plan`, { method: 'PUT', body: { version, plan } }),
  step: (matterId: string, body: RecordMatterStepBody) =>
    request<MatterResponse>(`${base(matterId)}/steps`, { method: 'POST', body }),
  /** The aktivitetsplan as a PDF: in a guardian's language, or (none) the kommune's målform — the school's copy. */
  pdf: async (matterId: string, language: 'nb' | 'nn' | 'en' | null) => {
    const { file, fileName } = await download(`${base(matterId)}/plan/pdf${language ? query({ language }) : ''}`);
    return { pdf: file, fileName: fileName ?? 'aktivitetsplan.pdf' };
  },
};
