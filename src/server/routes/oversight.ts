import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOwnerOverview } from '../use-cases/get-owner-overview';
import { actorOf, type RouteDeps } from './deps';
import { osloDate } from '../clock';
import { errorBody } from '../../contract/common';
import { ownerOverviewQuery, ownerOverviewResponse } from '../../contract/oversight';

export const oversightRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/oversight/owner',
      {
        config: { action: 'oversight.owner.read' },
        schema: {
          summary: 'Skoleeiers tall: elever over 10 % fravær og fraværsandel per skole og måned',
          description:
            'Bare samlede tall, aldri en elev. Et tall fra 1–4 elever, eller et tall som ville avsløre et slikt, er null («under 5», beslutning 128). Logges som lesing.',
          tags: ['oversikt'],
          querystring: ownerOverviewQuery,
          response: { 200: ownerOverviewResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getOwnerOverview(db, actorOf(request), request.query, osloDate(clock.now()), clock.now()),
    );
  };
