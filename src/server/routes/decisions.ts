import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, fileBody } from '../../contract/common';
import {
  caseDecisionsParams,
  createDecisionBody,
  decisionDeadlinesResponse,
  decisionParams,
  decisionPdfQuery,
  decisionResponse,
  decisionStepBody,
  listDecisionsResponse,
  myChildDecisionParams,
  myChildDecisionPdfQuery,
  myChildDecisionReplyBody,
  myChildDecisionReplyResponse,
  myChildDecisionsParams,
  myChildDecisionsResponse,
  updateDecisionBody,
} from '../../contract/decisions';
import { createDecision } from '../use-cases/create-decision';
import { getDecision } from '../use-cases/get-decision';
import { listCaseDecisions } from '../use-cases/list-case-decisions';
import { listDecisionDeadlines } from '../use-cases/list-decision-deadlines';
import { listMyChildDecisions } from '../use-cases/list-my-child-decisions';
import { openMyChildDecision } from '../use-cases/open-my-child-decision';
import { printDecision } from '../use-cases/print-decision';
import { recordDecisionStep } from '../use-cases/record-decision-step';
import { replyToDecisionNotice } from '../use-cases/reply-to-decision-notice';
import { updateDecision } from '../use-cases/update-decision';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { authErrors } from './schemas';

const tags = ['vedtak'];

// Individual decisions (enkeltvedtak) in a case, issue 22 items 1–2 (decisions 213–217).
export const decisionRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:caseId/decisions',
      {
        config: { action: 'decision.read' },
        schema: {
          summary: 'Sakens vedtak, med vedtakstypene og lovgrunnlagene kommunen har',
          tags,
          params: caseDecisionsParams,
          response: { 200: listDecisionsResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => listCaseDecisions(db, content, actorOf(request), request.params.caseId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/decisions',
      {
        config: { action: 'decision.draft' },
        schema: {
          summary: 'Nytt vedtak: et utkast av en vedtakstype',
          tags,
          params: caseDecisionsParams,
          body: createDecisionBody,
          response: { 201: decisionResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createDecision(db, content, actorOf(request), request.params.caseId, request.body, clock.now())),
    );

    app.get(
      '/api/cases/:caseId/decisions/:decisionId',
      {
        config: { action: 'decision.read' },
        schema: {
          summary: 'Ett vedtak: utkastet, stegene, fristene og det som mangler før det kan fattes',
          tags,
          params: decisionParams,
          response: { 200: decisionResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) =>
        getDecision(db, content, actorOf(request), request.params.caseId, request.params.decisionId, clock.now()),
    );

    app.put(
      '/api/cases/:caseId/decisions/:decisionId',
      {
        config: { action: 'decision.draft' },
        schema: {
          summary: 'Endre utkastet (feltene som sendes), mot versjonen det bygger på',
          tags,
          params: decisionParams,
          body: updateDecisionBody,
          response: { 200: decisionResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        updateDecision(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.decisionId,
          request.body,
          clock.now(),
        ),
    );

    app.post(
      '/api/cases/:caseId/decisions/:decisionId/steps',
      {
        config: { action: 'decision.decide' },
        schema: {
          summary:
            'Et steg: forhåndsvarsel, foresattes svar, fatt vedtak, send vedtaket, mottatt, klage, skolens vurdering, sendt til Statsforvalteren, utfallet',
          tags,
          params: decisionParams,
          body: decisionStepBody,
          response: { 200: decisionResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        recordDecisionStep(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.decisionId,
          request.body,
          clock.now(),
        ),
    );

    app.get(
      '/api/cases/:caseId/decisions/:decisionId/pdf',
      {
        config: { action: 'decision.read' },
        schema: {
          summary:
            'Skriv ut forhåndsvarselet eller vedtaksbrevet (PDF), med oversettelse der familien har valgt et annet språk',
          tags,
          params: decisionParams,
          querystring: decisionPdfQuery,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printDecision(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.decisionId,
          request.query,
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );

    app.get(
      '/api/decision-deadlines',
      {
        config: { action: 'decision.deadlines' },
        schema: {
          summary: 'Fristene i vedtakene ved skolene du leder (sakstavla)',
          tags,
          response: { 200: decisionDeadlinesResponse, ...authErrors },
        },
      },
      async (request) => listDecisionDeadlines(db, content, actorOf(request), clock.now()),
    );

    app.get(
      '/api/my-children/:pupilId/decisions',
      {
        config: { action: 'guardian.decision' },
        schema: {
          summary: 'Forhåndsvarsler og vedtak skolen har sendt om barnet',
          tags,
          params: myChildDecisionsParams,
          response: { 200: myChildDecisionsResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => listMyChildDecisions(db, content, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.put(
      '/api/my-children/:pupilId/decisions/:decisionId/reply',
      {
        config: { action: 'guardian.decision' },
        schema: {
          summary: 'Svar på forhåndsvarselet (foresatte med foreldreansvar), eller endre svaret til vedtaket er fattet',
          tags,
          params: myChildDecisionParams,
          body: myChildDecisionReplyBody,
          response: {
            200: myChildDecisionReplyResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        replyToDecisionNotice(db, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );

    app.get(
      '/api/my-children/:pupilId/decisions/:decisionId/pdf',
      {
        config: { action: 'guardian.decision' },
        schema: {
          summary: 'Åpne forhåndsvarselet eller vedtaket (PDF); første gang vedtaket åpnes, er det mottatt',
          tags,
          params: myChildDecisionParams,
          querystring: myChildDecisionPdfQuery,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await openMyChildDecision(
          db,
          content,
          actorOf(request),
          { ...request.params, document: request.query.document },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
  };
