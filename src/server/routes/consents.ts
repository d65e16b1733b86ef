import { printLanguageQuery } from '../../contract/documents';
// Consent in a case: record (granted or refused), withdraw, print with signature lines, and the signed
// form scanned beside it; and the case's log, where a partner the consent lets in may write too. Reading goes through the case's own access (staff, or a partner the consent
// covers); writing is the school's.
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addCaseNote } from '../use-cases/add-case-note';
import { attachConsentScan } from '../use-cases/attach-consent-scan';
import { printConsent } from '../use-cases/print-consent';
import { readConsentScan } from '../use-cases/read-consent-scan';
import { recordConsent } from '../use-cases/record-consent';
import { withdrawConsent } from '../use-cases/withdraw-consent';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { fileBody, errorBody } from '../../contract/common';
import {
  recordConsentParams,
  recordConsentBody,
  recordConsentResponse,
  withdrawConsentParams,
  withdrawConsentBody,
  withdrawConsentResponse,
  printConsentParams,
  attachConsentScanParams,
  attachConsentScanBody,
  attachConsentScanResponse,
  readConsentScanParams,
  addCaseNoteParams,
  addCaseNoteBody,
  addCaseNoteResponse,
} from '../../contract/consents';

export const consentRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases/:caseId/consents',
      {
        config: { action: 'consent.write' },
        schema: {
          summary: 'Registrer samtykke (eller nei til samtykke) til tverrfaglig samarbeid',
          tags: ['samtykke'],
          params: recordConsentParams,
          body: recordConsentBody,
          response: { 201: recordConsentResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordConsent(db, content, actorOf(request), request.params.caseId, request.body, clock.now())),
    );

    app.post(
      '/api/cases/:caseId/consents/:consentId/withdraw',
      {
        config: { action: 'consent.write' },
        schema: {
          summary: 'Trekk samtykket tilbake (gjelder fra i dag)',
          tags: ['samtykke'],
          params: withdrawConsentParams,
          body: withdrawConsentBody,
          response: {
            200: withdrawConsentResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        withdrawConsent(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.consentId,
          request.body,
          clock.now(),
        ),
    );

    app.get(
      '/api/cases/:caseId/consents/:consentId/pdf',
      {
        config: { action: 'consent.read' },
        schema: {
          summary: 'Samtykkeerklæringen som PDF med signaturlinjer',
          tags: ['samtykke'],
          params: printConsentParams,
          querystring: printLanguageQuery,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const pdf = await printConsent(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.consentId,
          clock.now(),
          request.query.language,
        );
        return sendPdf(reply, pdf, 'samtykkeerklaering.pdf');
      },
    );

    app.post(
      '/api/cases/:caseId/consents/:consentId/scan',
      {
        config: { action: 'consent.write' },
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          summary:
            'Legg ved det underskrevne samtykket, skannet (PDF, PNG eller JPEG, høyst 5 MB, base64; høyst 5 vedlegg per samtykke)',
          tags: ['samtykke'],
          params: attachConsentScanParams,
          body: attachConsentScanBody,
          response: {
            201: attachConsentScanResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            415: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await attachConsentScan(
            db,
            actorOf(request),
            request.params.caseId,
            request.params.consentId,
            {
              fileName: request.body.fileName,
              mime: request.body.mime,
              data: Buffer.from(request.body.dataBase64, 'base64'),
            },
            clock.now(),
          ),
        ),
    );

    app.get(
      '/api/cases/:caseId/consents/:consentId/scan',
      {
        config: { action: 'consent.read' },
        schema: {
          summary: 'Det skannede samtykket',
          tags: ['samtykke'],
          params: readConsentScanParams,
          response: {
            200: fileBody('application/pdf, image/png eller image/jpeg'),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) => {
        const scan = await readConsentScan(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.consentId,
          clock.now(),
        );
        return reply
          .header('content-type', scan.mime)
          .header('content-disposition', `attachment; filename="${scan.fileName.replace(/[^\w.-]/g, '_')}"`)
          .send(scan.data);
      },
    );

    app.post(
      '/api/cases/:caseId/contacts',
      {
        config: { action: 'cases.note' },
        schema: {
          summary:
            'Skriv i sakens logg (skolen, eller en samarbeidspartner med samtykke); kan skjermes for én tjeneste og stafettholder',
          tags: ['samtykke'],
          params: addCaseNoteParams,
          body: addCaseNoteBody,
          response: { 201: addCaseNoteResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ contact: await addCaseNote(db, actorOf(request), request.params.caseId, request.body, clock.now()) }),
    );
  };
