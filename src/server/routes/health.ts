import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors';
import type { RouteDeps } from './deps';
import { errorBody } from './schemas';

export const healthRoutes = ({ db }: RouteDeps): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/health', {
    config: { public: true },
    schema: { summary: 'Helsesjekk: svarer når databasen svarer', tags: ['drift'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }), 503: errorBody } },
  }, async () => {
    try {
      await db.withContext({}, (tx) => sql`select 1`.execute(tx));
    } catch {
      throw new AppError('unavailable', 'Databasen svarer ikke.');
    }
    return { status: 'ok' as const, database: db.kind };
  });
};
