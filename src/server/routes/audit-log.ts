import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAccessLogPdf, listAccessLog } from '../use-cases/export-access-log';
import { reviewAuditLog } from '../use-cases/review-audit-log';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam, isoDate } from './schemas';

const kind = z.enum(['read', 'create', 'update', 'delete', 'export', 'print']);
const outcome = z.enum(['allowed', 'denied']);

const reviewEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string(),
  role: z.string(),
  action: z.string(),
  kind: kind.nullable(),
  outcome,
  pupilId: z.string().nullable(),
  pupilName: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  caseId: z.string().nullable(),
  organisation: z.string().nullable(),
  clientIp: z.string().nullable(),
});

const accessEntry = z.object({
  at: z.string(),
  name: z.string().nullable(),
  role: z.string(),
  organisation: z.string().nullable(),
  kind: kind.nullable(),
  kindLabel: z.string(),
  what: z.string(),
});

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
          querystring: z.object({
            pupilId: idParam.optional(),
            userId: idParam.optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            kind: kind.optional(),
            outcome: outcome.optional(),
            page: z.coerce.number().int().min(1).max(10_000).optional(),
          }),
          response: {
            200: z.object({
              page: z.number().int(),
              pageSize: z.number().int(),
              total: z.number().int(),
              entries: z.array(reviewEntry),
              options: z.object({
                pupils: z.array(z.object({ id: z.string(), name: z.string(), className: z.string() })),
                users: z.array(z.object({ id: z.string(), name: z.string() })),
              }),
            }),
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
          params: z.object({ pupilId: idParam }),
          response: {
            200: z.object({
              child: z.object({
                id: z.string(),
                firstName: z.string(),
                lastName: z.string(),
                protectedAddress: z.boolean(),
              }),
              total: z.number().int(),
              entries: z.array(accessEntry),
            }),
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
          params: z.object({ pupilId: idParam }),
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await exportAccessLogPdf(db, actorOf(request), request.params.pupilId, clock.now());
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(Buffer.from(pdf));
      },
    );
  };
