// Shapes every area of the contract shares: the error body, ids, dates, and required free text.
import { z } from 'zod';
import { parseIsoDate } from '../domain/calendar/dates';

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('Norsk melding til brukeren'),
    details: z.record(z.string(), z.unknown()).optional(), // why: each error code carries its own details (fields, rows, conflicts …)
  }),
});

export const idParam = z.string().uuid();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEARS = 'år 1900–2999';

/** A calendar date as ÅÅÅÅ-MM-DD that exists (no 2026-02-30, no 0000-00-00), in the years the domain takes. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'Bruk ÅÅÅÅ-MM-DD')
  .refine((s) => !ISO_DATE.test(s) || parseIsoDate(s) !== null, {
    error: (issue) => `Datoen ${String(issue.input)} finnes ikke (bruk ÅÅÅÅ-MM-DD, ${YEARS})`,
  });

/** A moment with its UTC offset (ISO 8601), on a date that exists, in the years the domain takes. */
export const isoDateTime = z
  .string()
  .datetime({ offset: true, error: 'Bruk ÅÅÅÅ-MM-DDTtt:mm:ss med tidssone, for eksempel 2026-11-24T08:00:00+01:00' })
  .refine((s) => !ISO_DATE.test(s.slice(0, 10)) || parseIsoDate(s.slice(0, 10)) !== null, {
    error: (issue) => `Tidspunktet ${String(issue.input)} er utenfor kalenderen (${YEARS})`,
  });

/** Required free text: trimmed, not empty (the message says what to write), at most 4000 characters. */
export const text = (message: string) => z.string().trim().min(1, message).max(4000);

/** A file sent or answered as it is (a PDF, a scan, a CSV or XLSX upload); `type` names its content types for OpenAPI. */
export const fileBody = (type: string) => z.any().describe(type); // why: the body is a file's bytes, not JSON, so there is no shape to check

/** The answer of a route that answers with a redirect (303 See Other) the browser follows. */
export const redirect = z.null();

/** The answer of a route that answers 204 No Content. */
export const noContent = z.null();
