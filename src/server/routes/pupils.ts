import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setProtectedAddress } from '../use-cases/set-protected-address';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import { setProtectedAddressParams, setProtectedAddressBody, setProtectedAddressResponse } from '../../contract/pupils';

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
          params: setProtectedAddressParams,
          body: setProtectedAddressBody,
          response: {
            200: setProtectedAddressResponse,
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
