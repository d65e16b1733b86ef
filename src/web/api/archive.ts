// The pupil's file as a Noark 5 arkivuttrekk (decisions 221–224): the school's extracts, making one for a period,
// downloading one, and marking one as handed over to the kommune's archive.
import type {
  ArchiveExtract,
  ArchiveExtractResponse,
  ListArchiveExtractsQuery,
  ListArchiveExtractsResponse,
} from '../../contract';
import { download, id, query, request } from './client';

export type { ArchiveExtract };

export const archiveApi = {
  listExtracts: (params: ListArchiveExtractsQuery = {}) =>
    request<ListArchiveExtractsResponse>(`/api/archive-extracts${query(params)}`),
  makeSchoolExtract: (schoolId: string, from: string, to: string) =>
    request<ArchiveExtractResponse>(`/api/schools/${id(schoolId)}/archive-extracts`, {
      method: 'POST',
      body: { from, to },
    }),
  makeCaseExtract: (caseId: string) =>
    request<ArchiveExtractResponse>(`/api/cases/${id(caseId)}/archive-extracts`, { method: 'POST', body: {} }),
  makeMatterExtract: (matterId: string) =>
    request<ArchiveExtractResponse>(`/api/school-environment/${id(matterId)}/archive-extracts`, {
      method: 'POST',
      body: {},
    }),
  downloadExtract: (extractId: string) =>
    download(`/api/archive-extracts/${id(extractId)}/file`, { accept: 'application/x-tar' }),
  handOver: (extractId: string, handedOverOn: string, version: number, archive?: string) =>
    request<ArchiveExtractResponse>(`/api/archive-extracts/${id(extractId)}/hand-over`, {
      method: 'POST',
      body: { handedOverOn, version, ...(archive ? { archive } : {}) },
    }),
};
