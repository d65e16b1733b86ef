import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMyChildren } from '../use-cases/list-my-children';
import { actorOf, type RouteDeps } from './deps';
import { authErrors } from './schemas';

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
            200: z.object({
              children: z.array(
                z.object({
                  id: z.string(),
                  firstName: z.string(),
                  lastName: z.string(),
                  className: z.string(),
                  schoolName: z.string(),
                }),
              ),
            }),
            ...authErrors,
          },
        },
      },
      async (request) => ({ children: await listMyChildren(db, actorOf(request), clock.now()) }),
    );
  };
