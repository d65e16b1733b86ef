// Forms (decision 060) and forms filled in a case (decision 063): the list of forms and a blank print
// (content, not audited), and in a case: start, fill, edit, read and print a form; record a trusted
// person's statement (004 §3). Reading goes through the case's own access (staff, or a partner the
// consent covers); writing is the school's.
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addStatement } from '../use-cases/add-statement';
import { fillForm } from '../use-cases/fill-form';
import { listForms } from '../use-cases/list-forms';
import { printBlankForm } from '../use-cases/print-blank-form';
import { printFilledForm } from '../use-cases/print-filled-form';
import { readForm } from '../use-cases/read-form';
import { startForm } from '../use-cases/start-form';
import { updateForm } from '../use-cases/update-form';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { readerContent } from '../content/reader-content';
import { fileBody, errorBody } from '../../contract/common';
import {
  listFormsResponse,
  printBlankFormParams,
  printBlankFormQuery,
  startFormParams,
  startFormResponse,
  fillFormParams,
  fillFormBody,
  fillFormResponse,
  readFormParams,
  readFormResponse,
  updateFormParams,
  updateFormBody,
  updateFormResponse,
  printFilledFormParams,
  addStatementParams,
  addStatementBody,
  addStatementResponse,
} from '../../contract/forms';

export const formRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/forms',
      {
        config: { action: 'forms.catalogue' },
        schema: {
          summary: 'Skjemaene som kan fylles ut (nyeste versjon av hvert)',
          tags: ['skjema'],
          response: {
            200: listFormsResponse,
            ...authErrors,
          },
        },
      },
      async (request) => {
        // The forms in the reader's written form (decision 179).
        const shown = await readerContent(db, content, actorOf(request));
        return { forms: listForms(shown.content), municipalContent: shown.municipalContent };
      },
    );

    app.get(
      '/api/forms/:formId/pdf',
      {
        config: { action: 'forms.catalogue' },
        schema: {
          summary: 'Et blankt skjema som PDF, til å fylle ut på papir',
          tags: ['skjema'],
          params: printBlankFormParams,
          querystring: printBlankFormQuery,
          response: { 200: fileBody('application/pdf'), 400: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const shown = await readerContent(db, content, actorOf(request));
        const printed = await printBlankForm(shown.content, request.params.formId, request.query.version, clock.now());
        return sendPdf(reply, printed.pdf, printed.fileName);
      },
    );

    app.get(
      '/api/cases/:caseId/forms/new/:formId',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Start et skjema i saken: nyeste versjon, og for timeplanen klassens timer som rader',
          tags: ['skjema'],
          params: startFormParams,
          response: { 200: startFormResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => {
        const shown = await readerContent(db, content, actorOf(request));
        return {
          ...(await startForm(
            db,
            shown.content,
            actorOf(request),
            request.params.caseId,
            request.params.formId,
            clock.now(),
          )),
          municipalContent: shown.municipalContent,
        };
      },
    );

    app.post(
      '/api/cases/:caseId/forms',
      {
        config: { action: 'forms.write' },
        schema: {
          summary:
            'Fyll ut et skjema i saken (svarene kontrolleres mot skjemaversjonen; feil per spørsmål i details.fields)',
          tags: ['skjema'],
          params: fillFormParams,
          body: fillFormBody,
          response: { 201: fillFormResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          form: await fillForm(db, content, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.get(
      '/api/cases/:caseId/forms/:caseFormId',
      {
        config: { action: 'forms.read' },
        schema: {
          summary: 'Et utfylt skjema med svarene og definisjonen av versjonen de ble gitt til',
          tags: ['skjema'],
          params: readFormParams,
          response: {
            200: readFormResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => {
        // The form's questions in the reader's written form; the answers as they were given.
        const shown = await readerContent(db, content, actorOf(request));
        return {
          form: await readForm(
            db,
            shown.content,
            actorOf(request),
            request.params.caseId,
            request.params.caseFormId,
            clock.now(),
          ),
          municipalContent: shown.municipalContent,
        };
      },
    );

    app.put(
      '/api/cases/:caseId/forms/:caseFormId',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Endre et utfylt skjema (krever versjonen; samme skjemaversjon som før)',
          tags: ['skjema'],
          params: updateFormParams,
          body: updateFormBody,
          response: {
            200: updateFormResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        form: await updateForm(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.caseFormId,
          request.body,
          clock.now(),
        ),
      }),
    );

    app.get(
      '/api/cases/:caseId/forms/:caseFormId/pdf',
      {
        config: { action: 'forms.read' },
        schema: {
          summary: 'Det utfylte skjemaet som PDF (til elevmappa eller møtet, ikke brev hjem)',
          tags: ['skjema'],
          params: printFilledFormParams,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const printed = await printFilledForm(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.caseFormId,
          clock.now(),
        );
        return sendPdf(reply, printed.pdf, printed.fileName);
      },
    );

    app.post(
      '/api/cases/:caseId/statements',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Registrer hva en tillitsperson eleven valgte, forteller (004 §3)',
          tags: ['skjema'],
          params: addStatementParams,
          body: addStatementBody,
          response: { 201: addStatementResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          statement: await addStatement(db, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );
  };
