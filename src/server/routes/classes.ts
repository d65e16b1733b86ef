import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listClassPupils } from '../use-cases/list-class-pupils';
import { listMyClasses } from '../use-cases/list-my-classes';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam } from './schemas';

const classSummary = z.object({
  id: z.string(),
  name: z.string(),
  trinn: z.number().int(),
  schoolYear: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  pupilCount: z.number().int(),
  myRole: z.string(),
});
const pupil = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  protectedAddress: z.enum(['none', 'fortrolig', 'strengt_fortrolig']),
  version: z.number().int(),
});

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
          response: { 200: z.object({ classes: z.array(classSummary) }), ...authErrors },
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
          params: z.object({ classId: idParam }),
          response: {
            200: z.object({
              class: z.object({
                id: z.string(),
                name: z.string(),
                trinn: z.number().int(),
                schoolYear: z.string(),
                schoolName: z.string(),
              }),
              pupils: z.array(pupil),
            }),
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listClassPupils(db, actorOf(request), request.params.classId, clock.now()),
    );
  };
