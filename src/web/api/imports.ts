// Importing absence from a CSV or XLSX file, and the report of every bad row.
import type { ImportAbsenceResponse } from '../../contract';
import { query, send } from './client';

export type ImportResult = ImportAbsenceResponse;
/** One bad row as the server lists it in `error.details.rows`. */
export type ImportRowError = { line: number; field: string; reason: string };

export const importApi = {
  /** Uploads a CSV or XLSX file as it is; the server validates it as a whole. */
  async importFile(schoolId: string, file: Blob, type: string): Promise<ImportResult> {
    const response = await send(`/api/imports${query({ schoolId })}`, 'POST', true, 'application/json', {
      data: file,
      type,
    });
    return (await response.json()) as ImportResult;
  },
  /** Every bad row of the same file as a CSV report (Linje;Felt;Feil); the server keeps nothing, so the file is sent again. */
  async importProblemsReport(schoolId: string, file: Blob, type: string): Promise<Blob> {
    const response = await send(`/api/imports/problems${query({ schoolId })}`, 'POST', true, 'text/csv', {
      data: file,
      type,
    });
    return response.blob();
  },
};
