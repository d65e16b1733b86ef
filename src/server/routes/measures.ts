import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {} from '../../domain/measures/measure-schema';
import { listMeasures } from '../measures/list-measures';
import type { RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import { listMeasuresQuery, listMeasuresResponse } from '../../contract/measures';

export const measureRoutes =
  ({ content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/measures',
      {
        config: { action: 'measures.read' },
        schema: {
          summary: 'Tiltaksbanken: søk og filtrer, og få forslag ut fra årsakskartleggingen',
          tags: ['tiltak'],
          querystring: listMeasuresQuery,
          response: {
            200: listMeasuresResponse,
            400: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        listMeasures(content, { ...request.query, level: request.query.level as 0 | 1 | 2 | 3 | undefined }),
    );
  };
