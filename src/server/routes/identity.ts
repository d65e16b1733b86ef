// «Innloggingstjenester» (decision 098): the kommune's identity providers (Feide, ID-porten, HelseID) and
// password log-in, for its administrators and school owner. A provider names the environment variable of
// its secret; the answer says whether that variable is set on this server, never what it holds.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setPasswordLogin } from '../use-cases/set-password-login';
import {
  addOidcProvider,
  changeOidcProvider,
  listOidcProviders,
  removeOidcProvider,
} from '../use-cases/save-oidc-provider';
import { actorOf, type RouteDeps } from './deps';
import { oidcCallbackUrl } from './oidc';
import { authErrors } from './schemas';
import { errorBody, noContent } from '../../contract/common';
import {
  addIdentityProviderBody,
  changeIdentityProviderBody,
  identityProviderParams,
  listIdentityProvidersResponse,
  saveIdentityProviderResponse,
  setPasswordLoginBody,
  setPasswordLoginResponse,
} from '../../contract/oidc';

export const identityRoutes =
  ({ config, db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/identity/providers',
      {
        config: { action: 'identity.manage' },
        schema: {
          summary: 'Kommunens innloggingstjenester og om passordinnlogging er på',
          description:
            'Hemmeligheten vises aldri: bare navnet på miljøvariabelen som holder den, og om den er satt på serveren.',
          tags: ['innlogging'],
          response: { 200: listIdentityProvidersResponse, ...authErrors },
        },
      },
      async (request) => {
        const listed = await listOidcProviders(db, actorOf(request));
        return {
          ...listed,
          providers: listed.providers.map((p) => ({ ...p, secretSet: config.oidcSecrets.has(p.secretRef) })),
          callbackUrl: oidcCallbackUrl(config, request),
        };
      },
    );

    app.post(
      '/api/identity/providers',
      {
        config: { action: 'identity.manage' },
        schema: {
          summary: 'Legg til en innloggingstjeneste (Feide, ID-porten eller HelseID)',
          description:
            'Felt som ikke er satt, får standardverdiene for tjenestetypen. Kortnavnet må være ledig i hele installasjonen. Loggføres.',
          tags: ['innlogging'],
          body: addIdentityProviderBody,
          response: { 200: saveIdentityProviderResponse, 400: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => addOidcProvider(db, actorOf(request), request.body, clock.now()),
    );

    app.put(
      '/api/identity/providers/:providerId',
      {
        config: { action: 'identity.manage' },
        schema: {
          summary: 'Endre en innloggingstjeneste',
          description:
            'Med versjonen skjermen viste; er den lagret av noen andre siden, svarer serveren 409. Loggføres.',
          tags: ['innlogging'],
          params: identityProviderParams,
          body: changeIdentityProviderBody,
          response: {
            200: saveIdentityProviderResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => changeOidcProvider(db, actorOf(request), request.params.providerId, request.body, clock.now()),
    );

    app.delete(
      '/api/identity/providers/:providerId',
      {
        config: { action: 'identity.manage' },
        schema: {
          summary: 'Fjern en innloggingstjeneste',
          description:
            'Innlogginger som er i gang gjennom den, avbrytes, og øktene som kom gjennom den, avsluttes. Loggføres.',
          tags: ['innlogging'],
          params: identityProviderParams,
          response: { 204: noContent, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        await removeOidcProvider(db, actorOf(request), request.params.providerId, clock.now());
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/api/identity/password-login',
      {
        config: { action: 'identity.manage' },
        schema: {
          summary: 'Slå passordinnlogging av eller på for kommunen',
          description: 'Av: bare nødadministratorer logger inn med passord (minst én må finnes). Loggføres.',
          tags: ['innlogging'],
          body: setPasswordLoginBody,
          response: { 200: setPasswordLoginResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => setPasswordLogin(db, actorOf(request), request.body.on, clock.now()),
    );
  };
