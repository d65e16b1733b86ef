import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/language/language';
import { idParam } from './common';

// The documents in the family's language (issue 20 item 2, decision 178).

/**
 * Each language named in itself, as a language choice lists them so that anyone finds their own whatever the
 * page's language: not translated, as a name is not (decision 178).
 */
export const LANGUAGE_OWN_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** bokmål, nynorsk or English; anything else refused in Norwegian, naming what was sent. */
export const documentLanguage = z.enum(LANGUAGES, {
  error: (i) => `Ukjent språk «${String(i.input)}» i «language»: bruk nb (bokmål), nn (nynorsk) eller en (engelsk).`,
});

// ?language= on the print routes: the letter, the minutes, the plan and the consent form
export const printLanguageQuery = z.object({
  language: documentLanguage
    .optional()
    .describe('Språket dokumentet skrives ut på; uten: kommunens målform (det skolen tar vare på)'),
});
export type PrintLanguageQuery = z.input<typeof printLanguageQuery>;

// PUT /api/pupils/:pupilId/guardians/:guardianId/language
export const setGuardianLanguageParams = z.object({ pupilId: idParam, guardianId: idParam });
export type SetGuardianLanguageParams = z.input<typeof setGuardianLanguageParams>;
export const setGuardianLanguageBody = z.object({
  language: documentLanguage.nullable().describe('Familiens språk; null: kommunens målform'),
  version: z.number().int().positive(),
});
export type SetGuardianLanguageBody = z.input<typeof setGuardianLanguageBody>;
export const setGuardianLanguageResponse = z.object({
  guardianId: z.string(),
  language: documentLanguage.nullable(),
  version: z.number().int(),
});
export type SetGuardianLanguageResponse = z.infer<typeof setGuardianLanguageResponse>;

// GET and PUT /api/my-language: the guardian's own choice of language for letters and their pages
export const getMyFamilyLanguageResponse = z.object({
  language: documentLanguage.nullable().describe('Valgt språk; null: kommunens målform'),
  malform: z.enum(['nb', 'nn']).describe('Kommunens målform'),
  version: z.number().int(),
});
export type GetMyFamilyLanguageResponse = z.infer<typeof getMyFamilyLanguageResponse>;
export const setMyFamilyLanguageBody = z.object({
  language: documentLanguage.nullable(),
  version: z.number().int().positive(),
});
export type SetMyFamilyLanguageBody = z.input<typeof setMyFamilyLanguageBody>;
export const setMyFamilyLanguageResponse = getMyFamilyLanguageResponse;
export type SetMyFamilyLanguageResponse = GetMyFamilyLanguageResponse;
