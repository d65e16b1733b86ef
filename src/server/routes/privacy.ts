import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { erasePupilCaseData } from '../use-cases/erase-pupil-case-data';
import { exportPupilData } from '../use-cases/export-pupil-data';
import { actorOf, type RouteDeps } from './deps';
import { readerContent } from '../content/reader-content';
import { fileBody, errorBody } from '../../contract/common';
import {
  exportPupilDataParams,
  exportPupilDataQuery,
  erasePupilCaseDataParams,
  erasePupilCaseDataResponse,
  retentionSettingsResponse,
} from '../../contract/privacy';

export const privacyRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/pupils/:pupilId/privacy-export',
      {
        config: { action: 'pupil.privacy-export' },
        schema: {
          summary: 'Innsyn (personvernforordningen art. 15): alt Nærvær har om eleven, som JSON eller PDF',
          description:
            'For skoleledelsen og administrator ved elevens skole. JSON er det fullstendige, maskinlesbare settet (én seksjon per tabell i registeret); PDF er den lesbare utgaven. Ved fortrolig adresse er foresattes kontaktopplysninger utelatt. Logges som eksport.',
          tags: ['personvern'],
          params: exportPupilDataParams,
          querystring: exportPupilDataQuery,
          response: { 200: fileBody('application/json eller application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const result = await exportPupilData(
          db,
          actorOf(request),
          request.params.pupilId,
          request.query.format,
          clock.now(),
        );
        reply.header('content-disposition', `attachment; filename="${result.fileName}"`);
        if (result.kind === 'pdf')
          return reply.header('content-type', 'application/pdf').send(Buffer.from(result.body));
        return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(result.body));
      },
    );

    app.delete(
      '/api/pupils/:pupilId/case-data',
      {
        config: { action: 'pupil.privacy-delete' },
        schema: {
          summary: 'Slett elevens saksopplysninger etter bevaringsreglene',
          description:
            'Nektes (409) mens en sak er åpen, når arkivlova krever at noe bevares (meldingen sier hva og hvorfor), eller før slettefristen er nådd. Ellers slettes avsluttede saker, kontaktlogg og observasjoner; anonym statistikk beholdes, og fravær og revisjonslogg slettes aldri.',
          tags: ['personvern'],
          params: erasePupilCaseDataParams,
          response: {
            200: erasePupilCaseDataResponse,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => erasePupilCaseData(db, content, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.get(
      '/api/privacy/retention',
      {
        config: { action: 'privacy.retention.read' },
        schema: {
          summary: 'Bevaringsreglene: hva som bevares etter arkivlova, og hva som slettes når (bare lesing)',
          tags: ['personvern'],
          response: {
            200: retentionSettingsResponse,
            ...authErrors,
          },
        },
      },
      async (request) => (await readerContent(db, content, actorOf(request))).content.retention,
    );
  };
