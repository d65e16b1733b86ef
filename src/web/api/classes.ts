// Classes, their pupils, and a guardian's children.
import type {
  ClassSummary,
  ListClassPupilsResponse,
  ListMyChildrenResponse,
  ListMyClassesResponse,
  ProtectedAddress,
  Pupil,
} from '../../contract';
import { id, request } from './client';

export type { ClassSummary, ProtectedAddress, Pupil };
export type ClassPupils = ListClassPupilsResponse;
export type Child = ListMyChildrenResponse['children'][number];

export const classApi = {
  classes: () => request<ListMyClassesResponse>('/api/classes'),
  classPupils: (classId: string) => request<ListClassPupilsResponse>(`/api/classes/${id(classId)}/pupils`),
  myChildren: () => request<ListMyChildrenResponse>('/api/my-children'),
};
