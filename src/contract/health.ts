import { z } from 'zod';

export const health = z.object({
  status: z
    .enum(['ok', 'degraded'])
    .describe(
      'ok: alt svarer; degraded: tjenesten kjører, men databasen svarer ikke (alle andre forespørsler får 503)',
    ),
  database: z
    .enum(['ok', 'busy', 'unavailable'])
    .describe(
      'busy: databasen svarer, men alle forbindelsene er i bruk (overbelastning); unavailable: databasen kan ikke nås',
    ),
  engine: z.enum(['pglite', 'postgres']).describe('Innebygd PGlite eller en PostgreSQL-server'),
});
export type Health = z.infer<typeof health>;

// GET /api/health
export const healthResponse = health;
export type HealthResponse = z.infer<typeof healthResponse>;
