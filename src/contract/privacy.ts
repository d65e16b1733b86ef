import { z } from 'zod';
import { idParam } from './common';

const explained = { id: z.string(), title: z.string(), law: z.string(), why: z.string() };

// GET /api/pupils/:pupilId/privacy-export
export const exportPupilDataParams = z.object({ pupilId: idParam });
export type ExportPupilDataParams = z.input<typeof exportPupilDataParams>;
export const exportPupilDataQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });
export type ExportPupilDataQuery = z.infer<typeof exportPupilDataQuery>;

// DELETE /api/pupils/:pupilId/case-data
export const erasePupilCaseDataParams = z.object({ pupilId: idParam });
export type ErasePupilCaseDataParams = z.input<typeof erasePupilCaseDataParams>;
export const erasePupilCaseDataResponse = z.object({
  erased: z.record(z.string(), z.number().int()),
  matters: z
    .array(
      z.object({
        id: z.string(),
        knownOn: z.string(),
        /** The first handover to the archive of an extract holding the matter (decision 231), if any. */
        handedOverOn: z.string().nullable(),
      }),
    )
    .describe('Skolemiljøsakene som ble slettet, med datoen skolen fikk vite om saken (beslutning 210)'),
  kept: z.array(z.object({ rule: z.string(), what: z.string(), title: z.string(), why: z.string(), law: z.string() })),
  statistics: z.object({ cases: z.number().int() }),
  /** The erased cases that had been handed over to the archive, and the day (decision 224). */
  archived: z.array(z.object({ caseId: z.string(), handedOverOn: z.string() })),
  message: z.string(),
});
export type ErasePupilCaseDataResponse = z.infer<typeof erasePupilCaseDataResponse>;

// GET /api/privacy/retention
export const retentionSettingsResponse = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  description: z.string(),
  keep: z.array(z.object({ ...explained, records: z.string() }).catchall(z.unknown())), // why: each retention rule carries its own fields
  delete: z.array(z.object({ ...explained, records: z.string(), afterYears: z.number().int() })),
  interpretation: z.array(z.string()),
});
export type RetentionSettingsResponse = z.infer<typeof retentionSettingsResponse>;
