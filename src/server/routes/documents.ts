import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setGuardianLanguage } from '../use-cases/set-guardian-language';
import { getMyFamilyLanguage, setMyFamilyLanguage } from '../use-cases/set-my-family-language';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  getMyFamilyLanguageResponse,
  setGuardianLanguageBody,
  setGuardianLanguageParams,
  setGuardianLanguageResponse,
  setMyFamilyLanguageBody,
  setMyFamilyLanguageResponse,
} from '../../contract/documents';

// The family's language (decision 178): set by the school on the pupil page and by the guardian themself.
export const documentRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/api/pupils/:pupilId/guardians/:guardianId/language',
      {
        config: { action: 'pupil.guardian-language.set' },
        schema: {
          summary: 'Sett språket familien får brev, referat, planer og sider på (nb, nn, en; null: målformen)',
          description: 'Krever versjonen av den foresatte; er den endret siden, svarer tjenesten 409.',
          tags: ['elever'],
          params: setGuardianLanguageParams,
          body: setGuardianLanguageBody,
          response: {
            200: setGuardianLanguageResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => setGuardianLanguage(db, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );

    app.get(
      '/api/my-language',
      {
        config: { action: 'guardian.language' },
        schema: {
          summary: 'Språket foresatte har valgt for brev og egne sider, og kommunens målform',
          tags: ['foresatte'],
          response: { 200: getMyFamilyLanguageResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getMyFamilyLanguage(db, actorOf(request)),
    );

    app.put(
      '/api/my-language',
      {
        config: { action: 'guardian.language' },
        schema: {
          summary: 'Velg språk for brev og egne sider (nb, nn, en; null: kommunens målform)',
          description: 'Krever versjonen fra GET /api/my-language; er den endret siden, svarer tjenesten 409.',
          tags: ['foresatte'],
          body: setMyFamilyLanguageBody,
          response: { 200: setMyFamilyLanguageResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => setMyFamilyLanguage(db, actorOf(request), request.body, clock.now()),
    );
  };
