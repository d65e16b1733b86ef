// Consent in a case: record (granted or refused), withdraw, print with signature lines, and the signed
// form scanned beside it; and the case's log, where a partner the consent lets in may write too. Reading goes through the case's own access (staff, or a partner the consent
// covers); writing is the school's.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONSENT_SERVICE_CODES } from '../../domain/consent/consent';
import { addCaseNote } from '../use-cases/add-case-note';
import { contactBody, contactDto } from './absence';
import { attachConsentScan } from '../use-cases/attach-consent-scan';
import { printConsent } from '../use-cases/print-consent';
import { readConsentScan } from '../use-cases/read-consent-scan';
import { recordConsent } from '../use-cases/record-consent';
import { withdrawConsent } from '../use-cases/withdraw-consent';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam, isoDate } from './schemas';

const optionalText = z
  .string()
  .max(4000)
  .nullish()
  .transform((v) => v ?? null);
const service = z.enum(CONSENT_SERVICE_CODES);

const consentBody = z.object({
  decision: z.enum(['granted', 'refused']),
  services: z.array(service).max(CONSENT_SERVICE_CODES.length),
  specialistServices: optionalText,
  otherServices: optionalText,
  guardianIds: z.array(idParam).max(10),
  pupilConsented: z.boolean(),
  informationGiven: z.string().max(4000),
  scope: z.string().max(4000),
  heldBackMatters: optionalText,
  excludedServices: z.array(service).max(CONSENT_SERVICE_CODES.length).default([]),
  excludedUserIds: z.array(idParam).max(50).default([]),
  excludedPersons: optionalText,
  stafettlogg: z.boolean(),
  place: optionalText,
  consentDate: isoDate,
  collectedAtService: z.string().max(200),
});

const labelled = z.object({ code: z.string(), label: z.string() });
export const consentDto = z.object({
  id: z.string(),
  version: z.number().int(),
  decision: z.enum(['granted', 'refused']),
  state: z.enum(['gyldig', 'avslått', 'trukket', 'utløpt']),
  stateLabel: z.string(),
  services: z.array(labelled),
  guardianNames: z.array(z.string()),
  pupilConsented: z.boolean(),
  informationGiven: z.string(),
  scope: z.string(),
  heldBackMatters: z.string().nullable(),
  excludedServices: z.array(labelled),
  excludedUserNames: z.array(z.string()),
  excludedPersons: z.string().nullable(),
  stafettlogg: z.boolean(),
  consentDate: z.string(),
  collectedByName: z.string(),
  collectedAtService: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  expiredOn: z.string().nullable(),
  scan: z.object({ fileName: z.string(), uploadedAt: z.string() }).nullable(),
});

export const consentRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases/:caseId/consents',
      {
        config: { action: 'consent.write' },
        schema: {
          summary: 'Registrer samtykke (eller nei til samtykke) til tverrfaglig samarbeid',
          tags: ['samtykke'],
          params: z.object({ caseId: idParam }),
          body: consentBody,
          response: { 201: z.object({ id: z.string() }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordConsent(db, actorOf(request), request.params.caseId, request.body, clock.now())),
    );

    app.post(
      '/api/cases/:caseId/consents/:consentId/withdraw',
      {
        config: { action: 'consent.write' },
        schema: {
          summary: 'Trekk samtykket tilbake (gjelder fra i dag)',
          tags: ['samtykke'],
          params: z.object({ caseId: idParam, consentId: idParam }),
          body: z.object({ version: z.number().int().positive(), reason: z.string().max(2000) }),
          response: {
            200: z.object({ version: z.number().int() }),
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
          params: z.object({ caseId: idParam, consentId: idParam }),
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const pdf = await printConsent(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.consentId,
          clock.now(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', 'attachment; filename="samtykkeerklaering.pdf"')
          .send(Buffer.from(pdf));
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
          params: z.object({ caseId: idParam, consentId: idParam }),
          body: z.object({
            fileName: z.string().min(1).max(200),
            mime: z.string().max(100),
            dataBase64: z.string().max(7_200_000),
          }),
          response: {
            201: z.object({ id: z.string() }),
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
          params: z.object({ caseId: idParam, consentId: idParam }),
          response: {
            200: z.any().describe('application/pdf, image/png eller image/jpeg'),
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
          params: z.object({ caseId: idParam }),
          body: contactBody.extend({
            restrictedTo: z
              .enum(['helsestasjon', 'ppt', 'barneverntjeneste', 'bup', 'kommunepsykolog'])
              .nullish()
              .transform((v) => v ?? null),
          }),
          response: { 201: z.object({ contact: contactDto }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ contact: await addCaseNote(db, actorOf(request), request.params.caseId, request.body, clock.now()) }),
    );
  };
