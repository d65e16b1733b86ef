import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PLAN_KINDS } from '../../domain/plans/plan-schema';
import { activatePlan } from '../use-cases/activate-plan';
import { closePlan } from '../use-cases/close-plan';
import { createPlan } from '../use-cases/create-plan';
import { getPlan } from '../use-cases/get-plan';
import { listPlanVersions } from '../use-cases/list-plan-versions';
import { printPlan } from '../use-cases/print-plan';
import { updatePlan } from '../use-cases/update-plan';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam } from './schemas';

// The plan's content is the domain's Plan (src/domain/plans/plan-schema.ts); the use-case checks it and
// answers with the Norwegian problem at each field path, so the route takes it as it comes.
const content = z
  .record(z.string(), z.unknown())
  .describe(
    'Planen (tiltaksplan, samarbeidsavtale, dagsplan, gradvis-tilbakeforing, opplaering-ved-sykdom) etter src/domain/plans/plan-schema.ts',
  );
const kind = z.enum(PLAN_KINDS);
const status = z.enum(['utkast', 'aktiv', 'avsluttet']);
const notice = z.object({ code: z.string(), message: z.string(), source: z.string(), path: z.string().optional() });
const change = z.object({
  path: z.string(),
  label: z.string(),
  type: z.enum(['added', 'removed', 'changed']),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
const figures = z
  .object({
    from: z.string(),
    to: z.string(),
    schoolDays: z.number().int(),
    absentDays: z.number().int(),
    absentLessons: z.number().int(),
    lateArrivals: z.number().int(),
    sharePercent: z.number(),
  })
  .nullable();
export const planSummary = z.object({ id: z.string(), kind, title: z.string(), status, version: z.number().int() });
const plan = planSummary.extend({
  kindName: z.string(),
  statusLabel: z.string(),
  content: z.record(z.string(), z.unknown()),
  activatedOn: z.string().nullable(),
  activatedByName: z.string().nullable(),
  closedOn: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string(),
  activation: z
    .object({ ok: z.boolean(), reasons: z.array(notice), warnings: z.array(notice) })
    .describe('Hva aktivering ville svart i dag'),
  missing: z.array(z.object({ path: z.string(), message: z.string() })),
  pupilVoice: z.array(
    z.object({ kind: z.enum(['form', 'trusted-person']), id: z.string(), on: z.string() }).catchall(z.unknown()),
  ),
  attendance: z
    .object({
      before: figures,
      during: figures,
      attendanceBefore: z.number().nullable(),
      attendanceDuring: z.number().nullable(),
      change: z.number().nullable(),
      periodEnded: z.boolean(),
      summary: z.string(),
    })
    .nullable(),
});
const params = z.object({ caseId: idParam, planId: idParam });
const version = z.number().int().positive();

export const planRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases/:caseId/plans',
      {
        config: { action: 'plans.write' },
        schema: {
          summary: 'Lag en plan i saken (tom mal av valgt type, eller med innhold)',
          tags: ['planer'],
          params: z.object({ caseId: idParam }),
          body: z.object({ kind, content: content.optional() }),
          response: { 201: z.object({ plan: planSummary }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ plan: await createPlan(db, actorOf(request), request.params.caseId, request.body, clock.now()) }),
    );

    app.get(
      '/api/cases/:caseId/plans/:planId',
      {
        config: { action: 'plans.read' },
        schema: {
          summary:
            'Planen med det som mangler, hva aktivering ville svart, elevens stemme og tilstedeværelse før/etter',
          tags: ['planer'],
          params,
          response: { 200: z.object({ plan }), 404: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        plan: await getPlan(db, actorOf(request), request.params.caseId, request.params.planId, clock.now()),
      }),
    );

    app.put(
      '/api/cases/:caseId/plans/:planId',
      {
        config: { action: 'plans.write' },
        schema: {
          summary: 'Endre planen: en ny versjon (krever versjonen)',
          tags: ['planer'],
          params,
          body: z.object({ content, version, note: z.string().max(1000).nullish() }),
          response: {
            200: z.object({ version: z.number().int(), changes: z.array(change) }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        updatePlan(db, actorOf(request), request.params.caseId, request.params.planId, request.body, clock.now()),
    );

    app.get(
      '/api/cases/:caseId/plans/:planId/versions',
      {
        config: { action: 'plans.read' },
        schema: {
          summary: 'Alle versjoner av planen, med hva som ble endret fra forrige',
          tags: ['planer'],
          params,
          response: {
            200: z.object({
              versions: z.array(
                z.object({
                  version: z.number().int(),
                  status,
                  statusLabel: z.string(),
                  editedAt: z.string(),
                  editedByName: z.string(),
                  statusChanged: z.boolean(),
                  changes: z.array(change),
                  content: z.record(z.string(), z.unknown()),
                }),
              ),
            }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        versions: await listPlanVersions(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.planId,
          clock.now(),
        ),
      }),
    );

    app.post(
      '/api/cases/:caseId/plans/:planId/activate',
      {
        config: { action: 'plans.write' },
        schema: {
          summary:
            'Aktiver planen: avvist med grunnene (elevens stemme, lovkrav, underskrifter) eller aktivert med advarslene',
          tags: ['planer'],
          params,
          body: z.object({ version }),
          response: {
            200: z.object({ version: z.number().int(), activatedOn: z.string(), warnings: z.array(notice) }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => {
        const {
          version: v,
          activatedOn,
          warnings,
        } = await activatePlan(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.planId,
          request.body,
          clock.now(),
        );
        return { version: v, activatedOn, warnings };
      },
    );

    app.post(
      '/api/cases/:caseId/plans/:planId/close',
      {
        config: { action: 'plans.write' },
        schema: {
          summary: 'Avslutt planen (krever versjonen)',
          tags: ['planer'],
          params,
          body: z.object({ version }),
          response: {
            200: z.object({ version: z.number().int(), closedOn: z.string() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        closePlan(db, actorOf(request), request.params.caseId, request.params.planId, request.body, clock.now()),
    );

    app.get(
      '/api/cases/:caseId/plans/:planId/pdf',
      {
        config: { action: 'plans.read' },
        schema: {
          summary: 'Skriv ut planen (PDF), samarbeidsavtalen med linjer for underskrift',
          tags: ['planer'],
          params,
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printPlan(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.planId,
          clock.now(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(Buffer.from(pdf));
      },
    );
  };
