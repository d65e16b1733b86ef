import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authErrors } from './schemas';
import { osloDate } from '../clock';
import { getClassAdaptations } from '../use-cases/get-class-adaptations';
import { setAdaptationFollowed } from '../use-cases/set-adaptation-followed';
import { setClassSubstitutes } from '../use-cases/set-class-substitutes';
import { getClassSubstitutes } from '../use-cases/get-class-substitutes';
import { getMyTimetable } from '../use-cases/get-my-timetable';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  getClassAdaptationsParams,
  getClassAdaptationsQuery,
  getClassAdaptationsResponse,
  setAdaptationFollowedParams,
  setAdaptationFollowedBody,
  setAdaptationFollowedResponse,
  getMyTimetableQuery,
  getMyTimetableResponse,
  getClassSubstitutesParams,
  getClassSubstitutesResponse,
  setClassSubstitutesParams,
  setClassSubstitutesBody,
  setClassSubstitutesResponse,
} from '../../contract/adaptations';

// Measures that reach every lesson (issue 21 item 4, decisions 190–192).
export const adaptationRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/classes/:classId/adaptations',
      {
        config: { action: 'adaptations.read' },
        schema: {
          summary: 'Tilrettelegging i klassen: tiltak i aktive planer som gjelder i undervisningen, uten saken',
          tags: ['tilrettelegging'],
          params: getClassAdaptationsParams,
          querystring: getClassAdaptationsQuery,
          response: { 200: getClassAdaptationsResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) =>
        getClassAdaptations(
          db,
          actorOf(request),
          request.params.classId,
          request.query.date ?? osloDate(clock.now()),
          clock.now(),
        ),
    );

    app.put(
      '/api/classes/:classId/adaptations/followed',
      {
        config: { action: 'adaptations.confirm' },
        schema: {
          summary: '«Fulgt i dag»: bekreft at en tilrettelegging ble fulgt i dag, eller angre samme dag',
          tags: ['tilrettelegging'],
          params: setAdaptationFollowedParams,
          body: setAdaptationFollowedBody,
          response: { 200: setAdaptationFollowedResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => setAdaptationFollowed(db, actorOf(request), request.params.classId, request.body, clock.now()),
    );

    app.get(
      '/api/timetable/mine',
      {
        config: { action: 'adaptations.read' },
        schema: {
          summary: 'Timeplan: lærerens timer i en uke, med tilretteleggingen for elevene i hver time',
          tags: ['tilrettelegging'],
          querystring: getMyTimetableQuery,
          response: { 200: getMyTimetableResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => getMyTimetable(db, actorOf(request), request.query.week ?? osloDate(clock.now()), clock.now()),
    );

    app.get(
      '/api/classes/:classId/substitutes/:date',
      {
        config: { action: 'class.substitutes.manage' },
        schema: {
          summary: 'Dagens vikar: hvem som er satt på klassen denne datoen, og lærerne ved skolen som kan settes',
          tags: ['tilrettelegging'],
          params: getClassSubstitutesParams,
          response: { 200: getClassSubstitutesResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getClassSubstitutes(db, actorOf(request), request.params.classId, request.params.date),
    );

    app.put(
      '/api/classes/:classId/substitutes/:date',
      {
        config: { action: 'class.substitutes.manage' },
        schema: {
          summary: 'Dagens vikar: lærerne som tar klassen denne datoen (erstatter listen for datoen)',
          tags: ['tilrettelegging'],
          params: setClassSubstitutesParams,
          body: setClassSubstitutesBody,
          response: { 200: setClassSubstitutesResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) =>
        setClassSubstitutes(
          db,
          actorOf(request),
          request.params.classId,
          request.params.date,
          request.body.userIds,
          clock.now(),
        ),
    );
  };
