import { z } from 'zod';
import { PROTECTED_ADDRESSES, ROLES } from './enums';
import { idParam } from './common';

export const classSummary = z.object({
  id: z.string(),
  name: z.string(),
  trinn: z.number().int(),
  schoolYear: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  pupilCount: z.number().int(),
  myRole: z.enum(ROLES),
});
export type ClassSummary = z.infer<typeof classSummary>;

export const pupil = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  protectedAddress: z.enum(PROTECTED_ADDRESSES),
  version: z.number().int(),
});
export type Pupil = z.infer<typeof pupil>;

// GET /api/classes
export const listMyClassesResponse = z.object({ classes: z.array(classSummary) });
export type ListMyClassesResponse = z.infer<typeof listMyClassesResponse>;

// GET /api/classes/:classId/pupils
export const listClassPupilsParams = z.object({ classId: idParam });
export type ListClassPupilsParams = z.input<typeof listClassPupilsParams>;
export const listClassPupilsResponse = z.object({
  class: z.object({
    id: z.string(),
    name: z.string(),
    trinn: z.number().int(),
    schoolYear: z.string(),
    schoolName: z.string(),
  }),
  pupils: z.array(pupil),
});
export type ListClassPupilsResponse = z.infer<typeof listClassPupilsResponse>;
