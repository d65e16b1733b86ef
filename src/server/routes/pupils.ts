import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setProtectedAddress } from '../use-cases/set-protected-address';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam } from './schemas';

const protectedAddress = z.enum(['none', 'fortrolig', 'strengt_fortrolig']);

export const pupilRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/api/pupils/:pupilId/protected-address',
      {
        config: { action: 'pupil.protected-address.set' },
        schema: {
          summary: 'Sett eller fjern fortrolig/strengt fortrolig adresse for en elev',
          description: 'Krever versjonen endringen bygger på; er eleven endret siden, svarer tjenesten 409.',
          tags: ['elever'],
          params: z.object({ pupilId: idParam }),
          body: z.object({ protectedAddress, version: z.number().int().positive() }),
          response: {
            200: z.object({ id: z.string(), protectedAddress, version: z.number().int() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        setProtectedAddress(db, actorOf(request), { pupilId: request.params.pupilId, ...request.body }, clock.now()),
    );
  };
