import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authErrors } from './schemas';
import { actorOf, type RouteDeps } from './deps';
import { errorBody, fileBody } from '../../contract/common';
import {
  archiveExtractParams,
  archiveExtractResponse,
  handOverArchiveExtractBody,
  listArchiveExtractsQuery,
  listArchiveExtractsResponse,
  makeCaseArchiveExtractBody,
  makeCaseArchiveExtractParams,
  makeMatterArchiveExtractBody,
  makeMatterArchiveExtractParams,
  makeSchoolArchiveExtractBody,
  makeSchoolArchiveExtractParams,
} from '../../contract/archive';
import { listArchiveExtracts } from '../use-cases/list-archive-extracts';
import { makeCaseArchiveExtract } from '../use-cases/make-case-archive-extract';
import { makeMatterArchiveExtract } from '../use-cases/make-matter-archive-extract';
import { makeSchoolArchiveExtract } from '../use-cases/make-school-archive-extract';
import { downloadArchiveExtract } from '../use-cases/download-archive-extract';
import { handOverArchiveExtract } from '../use-cases/hand-over-archive-extract';

// The pupil's file as a Noark 5 arkivuttrekk (issue 22 items 3–4, decisions 221–224).
export const archiveRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/archive-extracts',
      {
        config: { action: 'archive.extract.list' },
        schema: {
          summary: 'Arkivuttrekkene ved skolene brukeren leder eller administrerer',
          tags: ['arkiv'],
          querystring: listArchiveExtractsQuery,
          response: { 200: listArchiveExtractsResponse, ...authErrors },
        },
      },
      async (request) => listArchiveExtracts(db, actorOf(request), request.query, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/archive-extracts',
      {
        config: { action: 'archive.extract.create' },
        schema: {
          summary: 'Lag et Noark 5-arkivuttrekk av en avsluttet sak',
          description:
            'Lages også automatisk når saken avsluttes. Nektes (409) mens saken er åpen. Uttrekket er én tar-fil med arkivstruktur.xml, journalene, endringsloggen, arkivuttrekk.xml (ADDML) og dokumentene som PDF/A-2b.',
          tags: ['arkiv'],
          params: makeCaseArchiveExtractParams,
          body: makeCaseArchiveExtractBody,
          response: { 201: archiveExtractResponse, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await makeCaseArchiveExtract(db, content, actorOf(request), request.params.caseId, clock.now())),
    );

    app.post(
      '/api/school-environment/:matterId/archive-extracts',
      {
        config: { action: 'archive.extract.create' },
        schema: {
          summary: 'Lag et Noark 5-arkivuttrekk av en avsluttet skolemiljøsak',
          description:
            'Skolemiljøsaken er en egen saksmappe med aktivitetsplanene, meldingen til skoleeier og dokumentasjonen av aktivitetsplikten (beslutning 231). Nektes (409) mens saken er åpen.',
          tags: ['arkiv'],
          params: makeMatterArchiveExtractParams,
          body: makeMatterArchiveExtractBody,
          response: { 201: archiveExtractResponse, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await makeMatterArchiveExtract(db, content, actorOf(request), request.params.matterId, clock.now())),
    );

    app.post(
      '/api/schools/:schoolId/archive-extracts',
      {
        config: { action: 'archive.extract.create' },
        schema: {
          summary:
            'Lag et Noark 5-arkivuttrekk av alle saker og skolemiljøsaker ved skolen som ble avsluttet i en periode',
          tags: ['arkiv'],
          params: makeSchoolArchiveExtractParams,
          body: makeSchoolArchiveExtractBody,
          response: { 201: archiveExtractResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await makeSchoolArchiveExtract(
              db,
              content,
              actorOf(request),
              request.params.schoolId,
              request.body,
              clock.now(),
            ),
          ),
    );

    app.get(
      '/api/archive-extracts/:extractId/file',
      {
        config: { action: 'archive.extract.download' },
        schema: {
          summary: 'Last ned arkivuttrekket (tar) slik det ble laget',
          tags: ['arkiv'],
          params: archiveExtractParams,
          response: { 200: fileBody('application/x-tar'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const file = await downloadArchiveExtract(db, actorOf(request), request.params.extractId, clock.now());
        return reply
          .header('content-type', 'application/x-tar')
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-checksum-sha256', file.sha256)
          .send(Buffer.from(file.bytes));
      },
    );

    app.post(
      '/api/archive-extracts/:extractId/hand-over',
      {
        config: { action: 'archive.extract.hand-over' },
        schema: {
          summary: 'Merk arkivuttrekket som overført til kommunens arkiv (dato og hvem)',
          tags: ['arkiv'],
          params: archiveExtractParams,
          body: handOverArchiveExtractBody,
          response: { 200: archiveExtractResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        handOverArchiveExtract(db, actorOf(request), request.params.extractId, request.body, clock.now()),
    );
  };
