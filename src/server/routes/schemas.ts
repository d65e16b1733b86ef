// Shared response shapes for the OpenAPI document.
import { z } from 'zod';

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string().describe('Norsk melding til brukeren'), details: z.record(z.string(), z.unknown()).optional() }),
});

/** The error responses every authenticated route can give. */
export const authErrors = { 401: errorBody, 403: errorBody };

export const idParam = z.string().uuid();
