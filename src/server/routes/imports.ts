import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors';
import { importAbsence } from '../use-cases/import-absence';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam } from './schemas';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importRoutes = ({ db, clock }: RouteDeps): FastifyPluginAsyncZod => async (app) => {
  // The file is the request body as it is; 20 MB holds far more than a school year of events.
  app.addContentTypeParser(['text/csv', XLSX], { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.post('/api/imports', {
    config: { action: 'absence.import' },
    schema: {
      summary: 'Importer fravær fra CSV eller XLSX (alt eller ingenting)',
      description: `Send fila som forespørselens kropp med Content-Type text/csv eller ${XLSX}. Kolonner: student_id (skolens elevnummer), date, kind, subject, period, minutes, documented, reason. Har én rad feil, importeres ingenting, og alle feil listes med linje, felt og årsak. Rader som allerede finnes, legges ikke inn på nytt.`,
      tags: ['fravær'],
      querystring: z.object({ schoolId: idParam }),
      body: z.any().describe('CSV- eller XLSX-fil'),
      response: { 200: z.object({ imported: z.number().int(), alreadyPresent: z.number().int() }), 400: errorBody, 404: errorBody, 415: errorBody, ...authErrors },
    },
  }, async (request) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', `Send fila som text/csv eller ${XLSX}.`);
    return importAbsence(db, actorOf(request), request.query.schoolId, { kind: type === XLSX ? 'xlsx' : 'csv', data: request.body }, clock.now());
  });
};
