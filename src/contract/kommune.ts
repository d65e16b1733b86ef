import { z } from 'zod';
import { MALFORMER } from '../domain/language/language';

// The kommune's own settings (decision 176): today its målform, the administrative written standard
// (språklova § 5) its staff read by default and the pupil's file is kept in.
export const kommuneSettingsResponse = z.object({
  id: z.string(),
  name: z.string(),
  malform: z.enum(MALFORMER),
  version: z.number().int().describe('Sendes med ved endring (optimistisk samtidighet)'),
});
export type KommuneSettings = z.infer<typeof kommuneSettingsResponse>;

// PUT /api/kommune/malform
export const setKommuneMalformBody = z.object({
  malform: z.enum(MALFORMER, { error: 'Målformen må være «nb» (bokmål) eller «nn» (nynorsk)' }),
  version: z.number().int().min(1),
});
export type SetKommuneMalformBody = z.input<typeof setKommuneMalformBody>;
export const setKommuneMalformResponse = kommuneSettingsResponse;
