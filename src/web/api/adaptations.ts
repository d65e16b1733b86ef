// Measures that reach every lesson (decisions 190–192): a class's «tilrettelegging» notes and «Fulgt i dag».
import type { AdaptationNote, GetClassAdaptationsResponse, SetAdaptationFollowedBody } from '../../contract';
import { id, query, request } from './client';

export type { AdaptationNote };
export type ClassAdaptations = GetClassAdaptationsResponse;

export const adaptationApi = {
  adaptations: (classId: string, date?: string) =>
    request<GetClassAdaptationsResponse>(`/api/classes/${id(classId)}/adaptations${query({ date })}`),
  /** «Fulgt i dag», or taking it back the same day. */
  setAdaptationFollowed: (classId: string, body: SetAdaptationFollowedBody) =>
    request<AdaptationNote>(`/api/classes/${id(classId)}/adaptations/followed`, { method: 'PUT', body }),
};
