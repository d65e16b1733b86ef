import { z } from 'zod';
import { IMPORT_ENCODINGS } from './enums';
import { idParam } from './common';

// POST /api/imports
export const importAbsenceQuery = z.object({ schoolId: idParam });
export type ImportAbsenceQuery = z.infer<typeof importAbsenceQuery>;
export const importAbsenceResponse = z.object({
  imported: z.number().int(),
  alreadyPresent: z.number().int(),
  encoding: z.enum(IMPORT_ENCODINGS).optional(),
});
export type ImportAbsenceResponse = z.infer<typeof importAbsenceResponse>;

// POST /api/imports/problems
export const importProblemsQuery = z.object({ schoolId: idParam });
export type ImportProblemsQuery = z.infer<typeof importProblemsQuery>;
export const importProblemsResponse = z.string().describe('CSV: Linje;Felt;Feil');
export type ImportProblemsResponse = z.infer<typeof importProblemsResponse>;
