import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contract/common';
import {
  caseAbsenceCalendarParams,
  caseAbsenceCalendarResponse,
  healthConcernParams,
  healthConcernResponse,
  linkHealthConcernCaseBody,
  listHealthConcernsResponse,
  partnerChecklistParams,
  partnerChecklistResponse,
  raiseHealthConcernBody,
  raiseHealthConcernResponse,
  searchHealthPupilsQuery,
  searchHealthPupilsResponse,
  setHealthConcernStatusBody,
  tickPartnerStepBody,
  tickPartnerStepParams,
} from '../../contract/health-partner';
import { getCaseAbsenceCalendar } from '../use-cases/get-case-absence-calendar';
import { getPartnerChecklist } from '../use-cases/get-partner-checklist';
import { linkHealthConcernCase } from '../use-cases/link-health-concern-case';
import { listHealthConcerns } from '../use-cases/list-health-concerns';
import { raiseHealthConcern } from '../use-cases/raise-health-concern';
import { searchHealthPupils } from '../use-cases/search-health-pupils';
import { setHealthConcernStatus } from '../use-cases/set-health-concern-status';
import { tickPartnerChecklistStep } from '../use-cases/tick-partner-checklist-step';
import { actorOf, type RouteDeps } from './deps';
import { authErrors } from './schemas';

// The health service as a partner (issue 21 item 6, decisions 196–198): the helsesykepleier's «undring» to
// the school, her checklist in a case shared with her, and the pupil's absence calendar there.
export const healthPartnerRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health-concerns/pupils',
      {
        config: { action: 'health-concern.pupils' },
        schema: {
          summary:
            'Helsesykepleier finner en elev ved skolene hun er helsesykepleier for (navn og klasse, ikke fravær)',
          tags: ['helsetjenesten'],
          querystring: searchHealthPupilsQuery,
          response: { 200: searchHealthPupilsResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => searchHealthPupils(db, actorOf(request), request.query.q, clock.now()),
    );

    app.post(
      '/api/health-concerns',
      {
        config: { action: 'health-concern.raise' },
        schema: {
          summary: 'Meld en undring til skolen om en elev',
          description:
            'Krever grunnlag: samtykke fra foresatte (dato og hvem), eller elevens eget samtykke når eleven var 16 år eller eldre den dagen. Uten grunnlag svarer tjenesten 422. Kontaktlærer og skoleledelsen får den i innboksen.',
          tags: ['helsetjenesten'],
          body: raiseHealthConcernBody,
          response: { 201: raiseHealthConcernResponse, 400: errorBody, 404: errorBody, 422: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await raiseHealthConcern(db, actorOf(request), request.body, clock.now())),
    );

    app.get(
      '/api/health-concerns',
      {
        config: { action: 'health-concern.read' },
        schema: {
          summary: 'Undringer fra helsetjenesten: skolens som ikke er fulgt opp, eller helsesykepleierens egne',
          tags: ['helsetjenesten'],
          response: { 200: listHealthConcernsResponse, ...authErrors },
        },
      },
      async (request) => listHealthConcerns(db, actorOf(request), clock.now()),
    );

    app.post(
      '/api/health-concerns/:concernId/status',
      {
        config: { action: 'health-concern.handle' },
        schema: {
          summary: 'Merk en undring fra helsetjenesten som mottatt eller fulgt opp',
          description: 'Krever versjonen av undringen; er den endret siden, svarer tjenesten 409.',
          tags: ['helsetjenesten'],
          params: healthConcernParams,
          body: setHealthConcernStatusBody,
          response: { 200: healthConcernResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        setHealthConcernStatus(db, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );

    app.post(
      '/api/health-concerns/:concernId/case',
      {
        config: { action: 'health-concern.handle' },
        schema: {
          summary: 'Knytt undringen til elevens åpne sak, eller opprett en sak fra den',
          tags: ['helsetjenesten'],
          params: healthConcernParams,
          body: linkHealthConcernCaseBody,
          response: { 200: healthConcernResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        linkHealthConcernCase(db, content, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );

    app.get(
      '/api/cases/:caseId/partner-checklist',
      {
        config: { action: 'cases.partner-checklist.read' },
        schema: {
          summary: 'Helsestasjonens oppfølging i saken: stegene fra vedlegget i 000 og hvem som har krysset av',
          tags: ['saker'],
          params: partnerChecklistParams,
          response: { 200: partnerChecklistResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getPartnerChecklist(db, content, actorOf(request), request.params.caseId, clock.now()),
    );

    app.put(
      '/api/cases/:caseId/partner-checklist/:stepId',
      {
        config: { action: 'cases.partner-checklist.tick' },
        schema: {
          summary: 'Helsesykepleier krysser av (eller fjerner krysset for) et steg i sin sjekkliste i saken',
          tags: ['saker'],
          params: tickPartnerStepParams,
          body: tickPartnerStepBody,
          response: { 200: partnerChecklistResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        tickPartnerChecklistStep(db, content, actorOf(request), { ...request.params, ...request.body }, clock.now()),
    );

    app.get(
      '/api/cases/:caseId/absence-calendar',
      {
        config: { action: 'cases.absence-calendar.read' },
        schema: {
          summary: 'Elevens fraværskalender i en sak delt med helsestasjonen (bare lesing, uten merknader)',
          tags: ['saker'],
          params: caseAbsenceCalendarParams,
          response: { 200: caseAbsenceCalendarResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getCaseAbsenceCalendar(db, actorOf(request), request.params.caseId, clock.now()),
    );
  };
