import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DatabaseBusyError } from '../../db/create-db';
import { busyMessage, unavailableMessage } from '../errors';
import type { RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import { health, healthResponse } from '../../contract/health';

export const healthRoutes =
  ({ db }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        config: { public: true },
        schema: {
          summary: 'Helsesjekk: om tjenesten og databasen svarer',
          tags: ['drift'],
          // 503: the state and the error; or the error alone when the database failed already in the session lookup.
          response: {
            200: healthResponse,
            503: z.union([
              health.extend({ error: z.object({ code: z.literal('unavailable'), message: z.string() }) }),
              errorBody,
            ]),
          },
        },
      },
      async (_request, reply) => {
        try {
          await db.withContext({}, (tx) => sql`select 1`.execute(tx));
        } catch (error) {
          const busy = error instanceof DatabaseBusyError;
          return reply
            .status(503)
            .header('Retry-After', '5')
            .send({
              status: 'degraded' as const,
              database: busy ? ('busy' as const) : ('unavailable' as const),
              engine: db.kind,
              error: { code: 'unavailable' as const, message: busy ? busyMessage : unavailableMessage },
            });
        }
        return { status: 'ok' as const, database: 'ok' as const, engine: db.kind };
      },
    );
  };
