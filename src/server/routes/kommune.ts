// The kommune's own settings (decision 176): its målform, for those who administer its log-in too.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getKommuneSettings, setKommuneMalform } from '../use-cases/set-kommune-malform';
import { actorOf, type RouteDeps } from './deps';
import { authErrors } from './schemas';
import { errorBody } from '../../contract/common';
import { kommuneSettingsResponse, setKommuneMalformBody, setKommuneMalformResponse } from '../../contract/kommune';

export const kommuneRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/kommune/settings',
      {
        config: { action: 'kommune.settings.read' },
        schema: {
          summary: 'Kommunens innstillinger: målformen',
          tags: ['kommune'],
          response: { 200: kommuneSettingsResponse, ...authErrors },
        },
      },
      async (request) => getKommuneSettings(db, actorOf(request)),
    );

    app.put(
      '/api/kommune/malform',
      {
        config: { action: 'kommune.malform.set' },
        schema: {
          summary: 'Sett kommunens målform (bokmål eller nynorsk)',
          description:
            'Målformen er språket for de ansatte som ikke har valgt eget, og for dokumentene i elevmappen. Med versjonen skjermen viste; er den endret siden, svarer serveren 409. Loggføres.',
          tags: ['kommune'],
          body: setKommuneMalformBody,
          response: { 200: setKommuneMalformResponse, 400: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => setKommuneMalform(db, actorOf(request), request.body, clock.now()),
    );
  };
