// The pupil's file as a Noark 5 arkivuttrekk (issue 22 items 3–4, decisions 221–224): extracts made when a case
// closes or on demand, listed for the school's leadership and administrator, downloaded as one tar file, and
// marked as handed over to the kommune's archive.
import { z } from 'zod';
import { idParam, isoDate } from './common';

export const archiveExtract = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  scope: z.enum(['case', 'school', 'matter']),
  reason: z.enum(['closed', 'on-demand']),
  periodFrom: z.string(),
  periodTo: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  documents: z.number().int(),
  /** The pupils' names, so the leader knows whose file it is (the list is the school's, never a guardian's). */
  pupils: z.array(z.string()),
  cases: z.number().int(),
  /** The closed school environment matters it holds, each its own saksmappe (decision 231). */
  matters: z.number().int(),
  madeAt: z.string(),
  madeBy: z.string(),
  handedOverOn: z.string().nullable(),
  handedOverBy: z.string().nullable(),
  /** The archive it was handed over to, when named (decision 237). */
  handedOverTo: z.string().nullable(),
  version: z.number().int(),
});
export type ArchiveExtract = z.infer<typeof archiveExtract>;

// GET /api/archive-extracts
export const listArchiveExtractsQuery = z.object({
  schoolId: idParam.optional(),
  /** Only the extracts that hold this case (the closed case's «Arkivuttrekk», decision 235). */
  caseId: idParam.optional(),
  /** Only the extracts that hold this school environment matter. */
  matterId: idParam.optional(),
});
export type ListArchiveExtractsQuery = z.infer<typeof listArchiveExtractsQuery>;
export const listArchiveExtractsResponse = z.object({
  extracts: z.array(archiveExtract),
  /**
   * The schools the reader may make a period's extract for. Asked for one case or matter: its school, if the reader
   * may make an extract of it, or none.
   */
  schools: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ListArchiveExtractsResponse = z.infer<typeof listArchiveExtractsResponse>;

// POST /api/cases/:caseId/archive-extracts
export const makeCaseArchiveExtractParams = z.object({ caseId: idParam });
/** The case's extract is made from what the case holds: nothing to send. */
export const makeCaseArchiveExtractBody = z.object({}).strict();
export const archiveExtractResponse = z.object({ extract: archiveExtract });
export type ArchiveExtractResponse = z.infer<typeof archiveExtractResponse>;

// POST /api/school-environment/:matterId/archive-extracts
export const makeMatterArchiveExtractParams = z.object({ matterId: idParam });
/** The matter's extract is made from what the matter holds: nothing to send. */
export const makeMatterArchiveExtractBody = z.object({}).strict();

// POST /api/schools/:schoolId/archive-extracts
export const makeSchoolArchiveExtractParams = z.object({ schoolId: idParam });
export const makeSchoolArchiveExtractBody = z
  .object({ from: isoDate, to: isoDate })
  .refine((b) => b.from <= b.to, { error: 'Til-datoen kommer før fra-datoen.', path: ['to'] });
export type MakeSchoolArchiveExtractBody = z.infer<typeof makeSchoolArchiveExtractBody>;

// GET /api/archive-extracts/:extractId/file
export const archiveExtractParams = z.object({ extractId: idParam });

// POST /api/archive-extracts/:extractId/hand-over
export const handOverArchiveExtractBody = z.object({
  handedOverOn: isoDate,
  version: z.number().int(),
  /** The archive it went to — the kommune's arkivdepot or an interkommunalt arkiv (decision 237); may be left out. */
  archive: z.string().trim().min(1, 'Skriv navnet på arkivet, eller la feltet stå tomt.').max(200).optional(),
});
export type HandOverArchiveExtractBody = z.infer<typeof handOverArchiveExtractBody>;
