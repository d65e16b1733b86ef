import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setProtectedAddress } from '../use-cases/set-protected-address';
import { setGuardianRestriction } from '../use-cases/set-guardian-restriction';
import { setGuardianProtectedAddress } from '../use-cases/set-guardian-protected-address';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  setProtectedAddressParams,
  setProtectedAddressBody,
  setProtectedAddressResponse,
  setGuardianRestrictionParams,
  setGuardianRestrictionBody,
  setGuardianRestrictionResponse,
  setGuardianProtectedAddressParams,
  setGuardianProtectedAddressBody,
  setGuardianProtectedAddressResponse,
} from '../../contract/pupils';

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
    app.put(
      '/api/pupils/:pupilId/guardians/:guardianId/information-restriction',
      {
        config: { action: 'pupil.guardian-restriction.set' },
        schema: {
          summary: 'Begrens eller gjenopprett en forelders rett til informasjon om eleven (barnelova § 47)',
          description:
            'Skoleledelsen ved elevens skole. Å begrense krever grunnlaget (reason). Krever versjonen av koblingen; er den endret siden, svarer tjenesten 409.',
          tags: ['elever'],
          params: setGuardianRestrictionParams,
          body: setGuardianRestrictionBody,
          response: {
            200: setGuardianRestrictionResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        setGuardianRestriction(db, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );
    app.put(
      '/api/pupils/:pupilId/guardians/:guardianId/protected-address',
      {
        config: { action: 'pupil.guardian-protected-address.set' },
        schema: {
          summary: 'Sett eller fjern fortrolig/strengt fortrolig adresse for en av elevens foresatte',
          description:
            'Skoleledelsen ved elevens skole. Krever den foresattes versjon; er den endret siden, svarer tjenesten 409.',
          tags: ['elever'],
          params: setGuardianProtectedAddressParams,
          body: setGuardianProtectedAddressBody,
          response: {
            200: setGuardianProtectedAddressResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        setGuardianProtectedAddress(db, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );
  };
