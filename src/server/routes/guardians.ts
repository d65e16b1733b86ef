import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listMyChildren } from '../use-cases/list-my-children';
import { actorOf, type RouteDeps } from './deps';
import { listMyChildrenResponse } from '../../contract/guardians';

export const guardianRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/my-children',
      {
        config: { action: 'guardian.children.list' },
        schema: {
          summary: 'Foresattes egne barn',
          tags: ['foresatte'],
          response: {
            200: listMyChildrenResponse,
            ...authErrors,
          },
        },
      },
      async (request) => ({ children: await listMyChildren(db, actorOf(request), clock.now()) }),
    );
  };
