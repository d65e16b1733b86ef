import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listClassPupils } from '../use-cases/list-class-pupils';
import { listMyClasses } from '../use-cases/list-my-classes';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import { listMyClassesResponse, listClassPupilsParams, listClassPupilsResponse } from '../../contract/classes';

export const classRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/classes',
      {
        config: { action: 'classes.list' },
        schema: {
          summary: 'Klassene brukeren har tilgang til',
          tags: ['klasser'],
          response: { 200: listMyClassesResponse, ...authErrors },
        },
      },
      async (request) => ({ classes: await listMyClasses(db, actorOf(request)) }),
    );

    app.get(
      '/api/classes/:classId/pupils',
      {
        config: { action: 'class.pupils.read' },
        schema: {
          summary: 'Elevene i en klasse (hver visning logges)',
          tags: ['klasser'],
          params: listClassPupilsParams,
          response: {
            200: listClassPupilsResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listClassPupils(db, actorOf(request), request.params.classId, clock.now()),
    );
  };
