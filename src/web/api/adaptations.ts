// Measures that reach every lesson (decisions 190–192): a class's «tilrettelegging» notes and «Fulgt i dag».
import type {
  AdaptationNote,
  GetClassAdaptationsResponse,
  GetClassSubstitutesResponse,
  GetMyTimetableResponse,
  SetAdaptationFollowedBody,
  SetClassSubstitutesResponse,
} from '../../contract';
import { id, query, request } from './client';

export type { AdaptationNote };
export type ClassAdaptations = GetClassAdaptationsResponse;
export type ClassSubstitutes = GetClassSubstitutesResponse;
export type MyTimetable = GetMyTimetableResponse;

export const adaptationApi = {
  adaptations: (classId: string, date?: string) =>
    request<GetClassAdaptationsResponse>(`/api/classes/${id(classId)}/adaptations${query({ date })}`),
  /** «Fulgt i dag», or taking it back the same day. */
  setAdaptationFollowed: (classId: string, body: SetAdaptationFollowedBody) =>
    request<AdaptationNote>(`/api/classes/${id(classId)}/adaptations/followed`, { method: 'PUT', body }),
  /** «Timeplan» (decision 209): the reader's lessons of the week holding `week`, with the pupils' notes. */
  myTimetable: (week?: string) => request<GetMyTimetableResponse>(`/api/timetable/mine${query({ week })}`),
  /** «Vikar i dag» (decision 207): who is named for the class on the date, and the school's teachers to choose from. */
  classSubstitutes: (classId: string, date: string) =>
    request<GetClassSubstitutesResponse>(`/api/classes/${id(classId)}/substitutes/${id(date)}`),
  /** Replaces the date's substitutes with `userIds`. */
  setClassSubstitutes: (classId: string, date: string, userIds: string[]) =>
    request<SetClassSubstitutesResponse>(`/api/classes/${id(classId)}/substitutes/${id(date)}`, {
      method: 'PUT',
      body: { userIds },
    }),
};
