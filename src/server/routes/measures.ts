import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PLACES, type Place } from '../../domain/measures/measure-schema';
import { listMeasures } from '../measures/list-measures';
import type { RouteDeps } from './deps';
import { authErrors, errorBody } from './schemas';

const PLACE_CODES = Object.keys(PLACES) as [Place, ...Place[]];

const measure = z.object({
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

const reason = z.object({ kind: z.enum(['card', 'detail']), code: z.string(), label: z.string(), text: z.string() });

// The catalogue is content, not pupil data: reading it is not audited (decision 061).
export const measureRoutes =
  (_deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/measures',
      {
        config: { action: 'measures.read' },
        schema: {
          summary: 'Tiltaksbanken: søk og filtrer, og få forslag ut fra årsakskartleggingen',
          tags: ['tiltak'],
          querystring: z.object({
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
          }),
          response: {
            200: z.object({
              measures: z.array(measure),
              suggestions: z
                .array(
                  z.object({ measureId: z.string(), title: z.string(), score: z.number(), reasons: z.array(reason) }),
                )
                .nullable(),
              groups: z.array(
                z.object({ id: z.string(), title: z.string(), document: z.string(), section: z.string() }),
              ),
            }),
            400: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listMeasures({ ...request.query, level: request.query.level as 0 | 1 | 2 | 3 | undefined }),
    );
  };
