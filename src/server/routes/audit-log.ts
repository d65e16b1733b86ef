import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportAccessLogPdf, listAccessLog } from '../use-cases/export-access-log';
import { reviewAuditLog } from '../use-cases/review-audit-log';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { fileBody, errorBody } from '../../contract/common';
import {
  reviewAuditLogQuery,
  reviewAuditLogResponse,
  listAccessLogParams,
  listAccessLogResponse,
  exportAccessLogPdfParams,
} from '../../contract/audit-log';

export const auditLogRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit-log',
      {
        config: { action: 'audit.review' },
        schema: {
          summary:
            'Tilgangslogg for elevene ved egen skole (skoleledelse og administrator); nyeste først, 50 per side. Oppslaget logges selv.',
          tags: ['tilgangslogg'],
          querystring: reviewAuditLogQuery,
          response: {
            200: reviewAuditLogResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => reviewAuditLog(db, actorOf(request), request.query, clock.now()),
    );

    app.get(
      '/api/my-children/:pupilId/access-log',
      {
        config: { action: 'guardian.access-log' },
        schema: {
          summary: 'Hvem har sett opplysningene om barnet (foresatte, eget barn); logges som uthenting',
          tags: ['foresatte'],
          params: listAccessLogParams,
          response: {
            200: listAccessLogResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listAccessLog(db, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.get(
      '/api/my-children/:pupilId/access-log.pdf',
      {
        config: { action: 'guardian.access-log' },
        schema: {
          summary: '«Hvem har sett saken» som PDF (foresatte, eget barn); logges som uthenting',
          tags: ['foresatte'],
          params: exportAccessLogPdfParams,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await exportAccessLogPdf(db, actorOf(request), request.params.pupilId, clock.now());
        return sendPdf(reply, pdf, fileName);
      },
    );
  };
