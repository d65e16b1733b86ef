// Forms (decision 060) and forms filled in a case (decision 063): the list of forms and a blank print
// (content, not audited), and in a case: start, fill, edit, read and print a form; record a trusted
// person's statement (004 §3). Reading goes through the case's own access (staff, or a partner the
// consent covers); writing is the school's.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addStatement } from '../use-cases/add-statement';
import { fillForm } from '../use-cases/fill-form';
import { listForms } from '../use-cases/list-forms';
import { printBlankForm } from '../use-cases/print-blank-form';
import { printFilledForm } from '../use-cases/print-filled-form';
import { readForm } from '../use-cases/read-form';
import { startForm } from '../use-cases/start-form';
import { updateForm } from '../use-cases/update-form';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam, isoDate } from './schemas';

const formSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Ukjent skjema')
  .max(100);
const audience = z.enum(['elev', 'foresatte', 'elev-og-foresatte', 'skolen']);
// The engine checks the answers against the form version (Norwegian problems by question path).
const answers = z
  .record(z.string().max(100), z.unknown())
  .describe('Svar per spørsmål-id; se beslutning 060 for formen på hvert svar');
const definition = z.record(z.string(), z.unknown()).describe('Skjemadefinisjonen (content/forms, beslutning 060)');

export const formSummaryDto = z.object({
  id: z.string(),
  formId: z.string(),
  formVersion: z.number().int(),
  title: z.string(),
  audience,
  filledOn: z.string(),
  meetingId: z.string().nullable(),
  version: z.number().int(),
});
export const statementDto = z.object({
  id: z.string(),
  personName: z.string(),
  relation: z.string(),
  chosenByPupil: z.boolean(),
  statement: z.string(),
  givenOn: z.string(),
  version: z.number().int(),
});
export const pupilVoiceDto = z.object({
  heard: z.boolean().describe('Saken har elevens egen stemme (004 §3)'),
  evidence: z.array(
    z.object({ kind: z.enum(['form', 'trusted-person']), id: z.string(), on: z.string(), text: z.string() }),
  ),
  reasons: z.array(z.string()).describe('Hvorfor ikke, og hva som ville telle'),
});

const pdf = (
  reply: { header(k: string, v: string): typeof reply; send(b: Buffer): unknown },
  bytes: Uint8Array,
  fileName: string,
) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(Buffer.from(bytes));

export const formRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/forms',
      {
        config: { action: 'forms.catalogue' },
        schema: {
          summary: 'Skjemaene som kan fylles ut (nyeste versjon av hvert)',
          tags: ['skjema'],
          response: {
            200: z.object({
              forms: z.array(
                z.object({
                  id: z.string(),
                  version: z.number().int(),
                  versions: z.array(z.number().int()),
                  title: z.string(),
                  source: z.string(),
                  audience,
                  countsAsPupilVoice: z.boolean(),
                }),
              ),
            }),
            ...authErrors,
          },
        },
      },
      async () => ({ forms: listForms() }),
    );

    app.get(
      '/api/forms/:formId/pdf',
      {
        config: { action: 'forms.catalogue' },
        schema: {
          summary: 'Et blankt skjema som PDF, til å fylle ut på papir',
          tags: ['skjema'],
          params: z.object({ formId: formSlug }),
          querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
          response: { 200: z.any().describe('application/pdf'), 400: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const printed = await printBlankForm(request.params.formId, request.query.version, clock.now());
        return pdf(reply, printed.pdf, printed.fileName);
      },
    );

    app.get(
      '/api/cases/:caseId/forms/new/:formId',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Start et skjema i saken: nyeste versjon, og for timeplanen klassens timer som rader',
          tags: ['skjema'],
          params: z.object({ caseId: idParam, formId: formSlug }),
          response: { 200: z.object({ form: definition, answers }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => startForm(db, actorOf(request), request.params.caseId, request.params.formId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/forms',
      {
        config: { action: 'forms.write' },
        schema: {
          summary:
            'Fyll ut et skjema i saken (svarene kontrolleres mot skjemaversjonen; feil per spørsmål i details.fields)',
          tags: ['skjema'],
          params: z.object({ caseId: idParam }),
          body: z.object({
            formId: formSlug,
            audience: audience.optional().describe('Hvem skjemaet ble fylt ut sammen med; skjemaets eget om utelatt'),
            meetingId: idParam.nullish(),
            filledOn: isoDate.optional(),
            answers,
          }),
          response: { 201: z.object({ form: formSummaryDto }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ form: await fillForm(db, actorOf(request), request.params.caseId, request.body, clock.now()) }),
    );

    app.get(
      '/api/cases/:caseId/forms/:caseFormId',
      {
        config: { action: 'forms.read' },
        schema: {
          summary: 'Et utfylt skjema med svarene og definisjonen av versjonen de ble gitt til',
          tags: ['skjema'],
          params: z.object({ caseId: idParam, caseFormId: idParam }),
          response: {
            200: z.object({
              form: formSummaryDto.extend({
                answers,
                recordedByName: z.string(),
                updatedAt: z.string(),
                form: definition,
              }),
            }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        form: await readForm(db, actorOf(request), request.params.caseId, request.params.caseFormId, clock.now()),
      }),
    );

    app.put(
      '/api/cases/:caseId/forms/:caseFormId',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Endre et utfylt skjema (krever versjonen; samme skjemaversjon som før)',
          tags: ['skjema'],
          params: z.object({ caseId: idParam, caseFormId: idParam }),
          body: z.object({
            audience,
            meetingId: idParam.nullable(),
            filledOn: isoDate,
            answers,
            version: z.number().int().positive(),
          }),
          response: {
            200: z.object({ form: formSummaryDto }),
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
          params: z.object({ caseId: idParam, caseFormId: idParam }),
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const printed = await printFilledForm(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.caseFormId,
          clock.now(),
        );
        return pdf(reply, printed.pdf, printed.fileName);
      },
    );

    app.post(
      '/api/cases/:caseId/statements',
      {
        config: { action: 'forms.write' },
        schema: {
          summary: 'Registrer hva en tillitsperson eleven valgte, forteller (004 §3)',
          tags: ['skjema'],
          params: z.object({ caseId: idParam }),
          body: z.object({
            personName: z.string().max(200),
            relation: z.string().max(200),
            chosenByPupil: z.boolean(),
            statement: z.string().max(10000),
            givenOn: isoDate,
          }),
          response: { 201: z.object({ statement: statementDto }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          statement: await addStatement(db, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );
  };
