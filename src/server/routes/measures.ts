import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {} from '../../domain/measures/measure-schema';
import { listMeasures } from '../measures/list-measures';
import { actorOf, type RouteDeps } from './deps';
import { readerContent } from '../content/reader-content';
import { errorBody } from '../../contract/common';
import { listMeasuresQuery, listMeasuresResponse } from '../../contract/measures';

export const measureRoutes =
  ({ db, content }: RouteDeps): FastifyPluginAsyncZod =>
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
      async (request) => {
        // The measures in the reader's written form (decision 179); a search looks in that text.
        const shown = await readerContent(db, content, actorOf(request));
        return {
          ...listMeasures(shown.content, { ...request.query, level: request.query.level as 0 | 1 | 2 | 3 | undefined }),
          municipalContent: shown.municipalContent,
        };
      },
    );
  };
