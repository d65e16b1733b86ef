import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listMyChildren } from '../use-cases/list-my-children';
import { getMyChild } from '../use-cases/get-my-child';
import { replyAsGuardian } from '../use-cases/reply-as-guardian';
import { sendToGuardians } from '../use-cases/send-to-guardians';
import { downloadGuardianDocument } from '../use-cases/download-guardian-document';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import {
  getMyChildParams,
  getMyChildResponse,
  guardianLetterPdfParams,
  guardianMinutesPdfParams,
  guardianPlanPdfParams,
  guardianActivityPlanPdfParams,
  listMyChildrenResponse,
  replyAsGuardianBody,
  replyAsGuardianParams,
  replyAsGuardianResponse,
  sendLetterToGuardiansParams,
  sendMinutesToGuardiansParams,
  sendPlanToGuardiansParams,
  sendActivityPlanToGuardiansParams,
  sendToGuardiansBody,
  sendToGuardiansResponse,
} from '../../contract/guardians';
import { errorBody, fileBody } from '../../contract/common';

export const guardianRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/my-children',
      {
        config: { action: 'guardian.children.list' },
        schema: {
          summary: 'Foresattes egne barn',
          tags: ['foresatte'],
          response: {
            200: listMyChildrenResponse,
            ...authErrors,
          },
        },
      },
      async (request) => ({ children: await listMyChildren(db, actorOf(request), clock.now()) }),
    );

    app.get(
      '/api/my-children/:pupilId',
      {
        config: { action: 'guardian.children.list' },
        schema: {
          summary:
            'Ett barn sett fra foresatte: fraværet i år (de samme tallene som skolen ser), meldinger, det skolen har sendt hjem, planer og møter',
          tags: ['foresatte'],
          params: getMyChildParams,
          response: { 200: getMyChildResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getMyChild(db, content, actorOf(request), request.params.pupilId, clock.now()),
    );

    // The PDF of a document sent home (decision 154), drawn by the school's own renderers.
    const pdfSchema = (summary: string) => ({
      summary,
      tags: ['foresatte'],
      response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
    });
    app.get(
      '/api/my-children/:pupilId/letters/:alertId/pdf',
      {
        config: { action: 'guardian.document.pdf' },
        schema: {
          ...pdfSchema('Brevet om bekymringsfullt fravær som skolen sendte hjem, som PDF'),
          params: guardianLetterPdfParams,
        },
      },
      async (request, reply) => {
        const { pupilId, alertId } = request.params;
        const { pdf, fileName } = await downloadGuardianDocument(
          db,
          content,
          actorOf(request),
          { pupilId, kind: 'letter', sourceId: alertId },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
    app.get(
      '/api/my-children/:pupilId/minutes/:meetingId/pdf',
      {
        config: { action: 'guardian.document.pdf' },
        schema: { ...pdfSchema('Referatet skolen sendte hjem, som PDF'), params: guardianMinutesPdfParams },
      },
      async (request, reply) => {
        const { pupilId, meetingId } = request.params;
        const { pdf, fileName } = await downloadGuardianDocument(
          db,
          content,
          actorOf(request),
          { pupilId, kind: 'minutes', sourceId: meetingId },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
    app.get(
      '/api/my-children/:pupilId/plans/:planId/pdf',
      {
        config: { action: 'guardian.document.pdf' },
        schema: { ...pdfSchema('Planen skolen sendte hjem, som PDF'), params: guardianPlanPdfParams },
      },
      async (request, reply) => {
        const { pupilId, planId } = request.params;
        const { pdf, fileName } = await downloadGuardianDocument(
          db,
          content,
          actorOf(request),
          { pupilId, kind: 'plan', sourceId: planId },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
    app.get(
      '/api/my-children/:pupilId/activity-plans/:matterId/pdf',
      {
        config: { action: 'guardian.document.pdf' },
        schema: {
          ...pdfSchema('Aktivitetsplanen i en skolemiljøsak som skolen sendte hjem, som PDF'),
          params: guardianActivityPlanPdfParams,
        },
      },
      async (request, reply) => {
        const { pupilId, matterId } = request.params;
        const { pdf, fileName } = await downloadGuardianDocument(
          db,
          content,
          actorOf(request),
          { pupilId, kind: 'activity-plan', sourceId: matterId },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );

    app.post(
      '/api/my-children/:pupilId/replies',
      {
        config: { action: 'guardian.report' },
        schema: {
          summary: 'Svar skolen på et brev, et referat, en plan eller en møteinnkalling',
          tags: ['foresatte'],
          params: replyAsGuardianParams,
          body: replyAsGuardianBody,
          response: { 201: replyAsGuardianResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await replyAsGuardian(db, actorOf(request), request.params.pupilId, request.body, clock.now())),
    );

    const sendSchema = (summary: string) => ({
      summary,
      tags: ['foresatte'],
      body: sendToGuardiansBody,
      response: { 200: sendToGuardiansResponse, 400: errorBody, 404: errorBody, ...authErrors },
    });

    app.post(
      '/api/cases/:caseId/meetings/:meetingId/send-to-guardians',
      {
        config: { action: 'cases.write' },
        schema: {
          ...sendSchema('Send referatet til foresatte i Nærvær (én gang)'),
          params: sendMinutesToGuardiansParams,
        },
      },
      async (request) =>
        sendToGuardians(
          db,
          actorOf(request),
          { kind: 'minutes', caseId: request.params.caseId, meetingId: request.params.meetingId },
          request.body,
          clock.now(),
        ),
    );

    app.post(
      '/api/cases/:caseId/plans/:planId/send-to-guardians',
      {
        config: { action: 'plans.write' },
        schema: { ...sendSchema('Send planen til foresatte i Nærvær (én gang)'), params: sendPlanToGuardiansParams },
      },
      async (request) =>
        sendToGuardians(
          db,
          actorOf(request),
          { kind: 'plan', caseId: request.params.caseId, planId: request.params.planId },
          request.body,
          clock.now(),
        ),
    );

    app.post(
      '/api/school-environment/:matterId/send-to-guardians',
      {
        config: { action: 'school-environment.write' },
        schema: {
          ...sendSchema('Send aktivitetsplanen i skolemiljøsaken til foresatte i Nærvær (én gang)'),
          params: sendActivityPlanToGuardiansParams,
        },
      },
      async (request) =>
        sendToGuardians(
          db,
          actorOf(request),
          { kind: 'activity-plan', matterId: request.params.matterId },
          request.body,
          clock.now(),
        ),
    );

    app.post(
      '/api/alerts/:alertId/send-to-guardians',
      {
        config: { action: 'alerts.letter' },
        schema: {
          ...sendSchema('Send brevet om bekymringsfullt fravær til foresatte i Nærvær (én gang)'),
          params: sendLetterToGuardiansParams,
        },
      },
      async (request) =>
        sendToGuardians(
          db,
          actorOf(request),
          { kind: 'letter', alertId: request.params.alertId },
          request.body,
          clock.now(),
        ),
    );
  };
