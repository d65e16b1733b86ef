import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, fileBody } from '../../contract/common';
import { printLanguageQuery } from '../../contract/documents';
import {
  getMatterResponse,
  listMattersResponse,
  matterParams,
  matterResponse,
  pupilMattersParams,
  pupilMattersResponse,
  recordMatterStepBody,
  saveActivityPlanBody,
  startMatterBody,
  startMatterResponse,
} from '../../contract/school-environment';
import { getSchoolEnvironmentMatter } from '../use-cases/get-school-environment-matter';
import { listPupilSchoolEnvironment } from '../use-cases/list-pupil-school-environment';
import { listSchoolEnvironmentMatters } from '../use-cases/list-school-environment-matters';
import { printActivityPlan } from '../use-cases/print-activity-plan';
import { recordSchoolEnvironmentStep } from '../use-cases/record-school-environment-step';
import { saveActivityPlan } from '../use-cases/save-activity-plan';
import { startSchoolEnvironmentMatter } from '../use-cases/start-school-environment-matter';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { authErrors } from './schemas';

const tags = ['skolemiljø'];

export const schoolEnvironmentRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/pupils/:pupilId/school-environment',
      {
        config: { action: 'school-environment.read' },
        schema: {
          summary: 'Elevens skolemiljøsaker (aktivitetsplikt)',
          tags,
          params: pupilMattersParams,
          response: { 200: pupilMattersResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => listPupilSchoolEnvironment(db, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.post(
      '/api/pupils/:pupilId/school-environment',
      {
        config: { action: 'school-environment.start' },
        schema: {
          summary: 'Start aktivitetsplikten for eleven: ledelsen (og skoleeier når en voksen er involvert) varsles',
          tags,
          params: pupilMattersParams,
          body: startMatterBody,
          response: { 201: startMatterResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await startSchoolEnvironmentMatter(db, actorOf(request), request.params.pupilId, request.body, clock.now()),
          ),
    );

    app.get(
      '/api/school-environment',
      {
        config: { action: 'school-environment.read' },
        schema: {
          summary: 'Åpne skolemiljøsaker ved skolene du leder (eller i klassen din), de som trenger et steg først',
          tags,
          response: { 200: listMattersResponse, ...authErrors },
        },
      },
      async (request) => listSchoolEnvironmentMatters(db, actorOf(request), clock.now()),
    );

    app.get(
      '/api/school-environment/:matterId',
      {
        config: { action: 'school-environment.read' },
        schema: {
          summary: 'Én skolemiljøsak med trinn og aktivitetsplan',
          tags,
          params: matterParams,
          response: { 200: getMatterResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getSchoolEnvironmentMatter(db, actorOf(request), request.params.matterId, clock.now()),
    );

    app.put(
      '/api/school-environment/:matterId/plan',
      {
        config: { action: 'school-environment.write' },
        schema: {
          summary: 'Lag eller endre aktivitetsplanen (opplæringslova § 12-4)',
          tags,
          params: matterParams,
          body: saveActivityPlanBody,
          response: { 200: matterResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => saveActivityPlan(db, actorOf(request), request.params.matterId, request.body, clock.now()),
    );

    app.post(
      '/api/school-environment/:matterId/steps',
      {
        config: { action: 'school-environment.write' },
        schema: {
          summary: 'Før et steg i saken: skoleeier varslet, undersøkt, evaluert, avsluttet',
          tags,
          params: matterParams,
          body: recordMatterStepBody,
          response: { 200: matterResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        recordSchoolEnvironmentStep(db, content, actorOf(request), request.params.matterId, request.body, clock.now()),
    );

    app.get(
      '/api/school-environment/:matterId/plan/pdf',
      {
        config: { action: 'school-environment.read' },
        schema: {
          summary: 'Skriv ut aktivitetsplanen (PDF), med retten til å melde saken til Statsforvalteren',
          tags,
          params: matterParams,
          querystring: printLanguageQuery,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printActivityPlan(
          db,
          actorOf(request),
          request.params.matterId,
          clock.now(),
          request.query.language,
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
  };
