import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getHomeResponse } from '../../contract/home';
import { getHome } from '../use-cases/get-home';
import { authErrors } from './schemas';
import { actorOf, type RouteDeps } from './deps';

// The front page's «what do I do now» (decision 114): one endpoint, shaped by the user's roles.
export const homeRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/home',
      {
        config: { action: 'home.read' },
        schema: {
          summary: 'Forsiden: dagens registrering, hvem som må ringes, sakene med neste steg og frist',
          tags: ['saker'],
          response: { 200: getHomeResponse, ...authErrors },
        },
      },
      async (request) => getHome(db, content, actorOf(request), clock.now()),
    );
  };
