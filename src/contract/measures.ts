import { z } from 'zod';
import { municipalContent } from './municipal-content';
import { MEASURE_REASON_KINDS } from './enums';
import { PLACES, type Place } from '../domain/measures/measure-schema';

export const PLACE_CODES = Object.keys(PLACES) as [Place, ...Place[]];
import {} from './common';

export const measure = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  group: z.object({ id: z.string(), title: z.string() }),
  source: z.object({ document: z.string(), section: z.string() }),
  levels: z.array(z.number().int()),
  levelsNote: z.string().nullable().describe('Hvorfor nivå mangler, når kilden ikke sier nivå'),
  place: z.enum(PLACE_CODES),
  placeLabel: z.string(),
  causes: z.array(z.object({ card: z.string().nullable(), details: z.array(z.string()), labels: z.array(z.string()) })),
  interpretation: z.array(z.string()).describe('Valg gjort da kildeteksten ble til data'),
});
export type BankMeasure = z.infer<typeof measure>;

const reason = z.object({
  kind: z.enum(MEASURE_REASON_KINDS),
  code: z.string(),
  label: z.string(),
  text: z.string(),
});

// GET /api/measures
export const listMeasuresQuery = z.object({
  q: z.string().trim().max(200, 'Søket kan være høyst 200 tegn').optional(),
  level: z.coerce
    .number({ error: 'Nivå må være et tall' })
    .int('Nivå må være et helt tall')
    .min(0, 'Nivå må være 0–3')
    .max(3, 'Nivå må være 0–3')
    .optional(),
  group: z.string().max(100).optional(),
  place: z.enum(PLACE_CODES, { error: `Sted må være ${PLACE_CODES.join(', ')}` }).optional(),
  causes: z
    .string()
    .max(2000, 'For mange årsaker')
    .optional()
    .describe(
      'Årsakskort og utdypinger, kode eller navn, skilt med komma (f.eks. «noe-pa-skolen,gym-skifte-i-garderobe»)',
    ),
});
export type ListMeasuresQuery = z.infer<typeof listMeasuresQuery>;
export const listMeasuresResponse = z.object({
  measures: z.array(measure),
  suggestions: z
    .array(z.object({ measureId: z.string(), title: z.string(), score: z.number(), reasons: z.array(reason) }))
    .nullable(),
  groups: z.array(z.object({ id: z.string(), title: z.string(), document: z.string(), section: z.string() })),
  municipalContent: municipalContent.optional(),
});
export type ListMeasuresResponse = z.infer<typeof listMeasuresResponse>;
