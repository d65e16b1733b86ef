import { printLanguageQuery } from '../../contract/documents';
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activatePlan } from '../use-cases/activate-plan';
import { closePlan } from '../use-cases/close-plan';
import { createPlan } from '../use-cases/create-plan';
import { getPlan } from '../use-cases/get-plan';
import { listPlanVersions } from '../use-cases/list-plan-versions';
import { printPlan } from '../use-cases/print-plan';
import { updatePlan } from '../use-cases/update-plan';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { fileBody, errorBody } from '../../contract/common';
import {
  planParams,
  createPlanParams,
  createPlanBody,
  createPlanResponse,
  getPlanResponse,
  updatePlanBody,
  updatePlanResponse,
  listPlanVersionsResponse,
  activatePlanBody,
  activatePlanResponse,
  closePlanBody,
  closePlanResponse,
} from '../../contract/plans';

export const planRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases/:caseId/plans',
      {
        config: { action: 'plans.write' },
        schema: {
          summary: 'Lag en plan i saken (tom mal av valgt type, eller med innhold)',
          tags: ['planer'],
          params: createPlanParams,
          body: createPlanBody,
          response: { 201: createPlanResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          plan: await createPlan(db, content, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.get(
      '/api/cases/:caseId/plans/:planId',
      {
        config: { action: 'plans.read' },
        schema: {
          summary:
            'Planen med det som mangler, hva aktivering ville svart, elevens stemme og tilstedeværelse før/etter',
          tags: ['planer'],
          params: planParams,
          response: { 200: getPlanResponse, 404: errorBody, ...authErrors },
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
          params: planParams,
          body: updatePlanBody,
          response: {
            200: updatePlanResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        updatePlan(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.planId,
          request.body,
          clock.now(),
        ),
    );

    app.get(
      '/api/cases/:caseId/plans/:planId/versions',
      {
        config: { action: 'plans.read' },
        schema: {
          summary: 'Alle versjoner av planen, med hva som ble endret fra forrige',
          tags: ['planer'],
          params: planParams,
          response: {
            200: listPlanVersionsResponse,
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
          params: planParams,
          body: activatePlanBody,
          response: {
            200: activatePlanResponse,
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
          content,
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
          params: planParams,
          body: closePlanBody,
          response: {
            200: closePlanResponse,
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
          params: planParams,
          querystring: printLanguageQuery,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printPlan(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.planId,
          clock.now(),
          request.query.language,
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
  };
