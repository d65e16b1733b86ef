import { printLanguageQuery } from '../../contract/documents';
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { osloDate } from '../clock';
import { correctAbsence } from '../use-cases/correct-absence';
import { deleteAbsence } from '../use-cases/delete-absence';
import { getAbsenceHistory } from '../use-cases/get-absence-history';
import { getClassRegister } from '../use-cases/get-class-register';
import { takeRegister } from '../use-cases/take-register';
import { getPupilAbsence } from '../use-cases/get-pupil-absence';
import { recordAbsence } from '../use-cases/record-absence';
import { recordObservation } from '../use-cases/record-observation';
import { listGuardianReports, reportAbsenceAsGuardian } from '../use-cases/report-absence-as-guardian';
import { dismissAlert, dismissAlerts } from '../use-cases/dismiss-alerts';
import { handleAlert, handleAlerts } from '../use-cases/handle-alerts';
import { logContact } from '../use-cases/log-contact';
import { markAlertSeen, markAlertsSeen } from '../use-cases/mark-alerts-seen';
import { listAlerts } from '../use-cases/list-alerts';
import { writeGuardianLetter } from '../use-cases/write-guardian-letter';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { fileBody, errorBody } from '../../contract/common';
import {
  getClassRegisterParams,
  getClassRegisterQuery,
  getClassRegisterResponse,
  recordAbsenceBody,
  recordAbsenceResponse,
  correctAbsenceParams,
  correctAbsenceBody,
  correctAbsenceResponse,
  deleteAbsenceParams,
  deleteAbsenceQuery,
  deleteAbsenceResponse,
  getAbsenceHistoryParams,
  getAbsenceHistoryResponse,
  getPupilAbsenceParams,
  getPupilAbsenceResponse,
  listAlertsQuery,
  listAlertsResponse,
  markAlertsSeenBody,
  markAlertsSeenResponse,
  dismissAlertsBody,
  dismissAlertsResponse,
  handleAlertsBody,
  handleAlertsResponse,
  markAlertSeenParams,
  markAlertSeenBody,
  markAlertSeenResponse,
  dismissAlertParams,
  dismissAlertBody,
  dismissAlertResponse,
  handleAlertParams,
  handleAlertBody,
  handleAlertResponse,
  logContactParams,
  logContactBody,
  logContactResponse,
  recordObservationParams,
  recordObservationBody,
  recordObservationResponse,
  reportAbsenceAsGuardianParams,
  reportAbsenceAsGuardianBody,
  reportAbsenceAsGuardianResponse,
  listGuardianReportsParams,
  listGuardianReportsResponse,
  writeGuardianLetterParams,
  writeGuardianLetterBody,
  takeRegisterParams,
  takeRegisterBody,
  takeRegisterResponse,
} from '../../contract/absence';

export const absenceRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/classes/:classId/register',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Morgenregistreringen for en klasse',
          tags: ['fravær'],
          params: getClassRegisterParams,
          querystring: getClassRegisterQuery,
          response: {
            200: getClassRegisterResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        getClassRegister(
          db,
          actorOf(request),
          request.params.classId,
          request.query.date ?? osloDate(clock.now()),
          clock.now(),
        ),
    );

    app.post(
      '/api/classes/:classId/register/taken',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Før registreringen for dagen: resten av klassen er til stede',
          tags: ['fravær'],
          params: takeRegisterParams,
          body: takeRegisterBody,
          response: { 200: takeRegisterResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => takeRegister(db, actorOf(request), request.params.classId, request.body.date, clock.now()),
    );

    app.post(
      '/api/absence-events',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Registrer fravær for en elev',
          tags: ['fravær'],
          body: recordAbsenceBody,
          response: { 201: recordAbsenceResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordAbsence(db, content, actorOf(request), request.body, clock.now())),
    );

    app.put(
      '/api/absence-events/:eventId',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Rett en fraværsregistrering (krever versjonen den bygger på)',
          tags: ['fravær'],
          params: correctAbsenceParams,
          body: correctAbsenceBody,
          response: { 200: correctAbsenceResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        correctAbsence(db, content, actorOf(request), request.params.eventId, request.body, clock.now()),
    );

    app.delete(
      '/api/absence-events/:eventId',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Slett en fraværsregistrering (den blir stående i historikken)',
          tags: ['fravær'],
          params: deleteAbsenceParams,
          querystring: deleteAbsenceQuery,
          response: {
            200: deleteAbsenceResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        deleteAbsence(db, content, actorOf(request), request.params.eventId, request.query.version, clock.now()),
    );

    app.get(
      '/api/absence-events/:eventId/history',
      {
        config: { action: 'absence.read' },
        schema: {
          summary: 'Historikken til en fraværsregistrering',
          tags: ['fravær'],
          params: getAbsenceHistoryParams,
          response: {
            200: getAbsenceHistoryResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        history: await getAbsenceHistory(db, actorOf(request), request.params.eventId, clock.now()),
      }),
    );

    app.get(
      '/api/pupils/:pupilId/absence',
      {
        config: { action: 'absence.read' },
        schema: {
          summary:
            'Elevens fravær: kalender, registreringer, mønstre, vitnemålstall, varsler, observasjoner og kontaktlogg',
          tags: ['fravær'],
          params: getPupilAbsenceParams,
          response: {
            200: getPupilAbsenceResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getPupilAbsence(db, content, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.get(
      '/api/alerts',
      {
        config: { action: 'alerts.read' },
        schema: {
          summary: 'Varsler brukeren har tilgang til',
          tags: ['varsler'],
          querystring: listAlertsQuery,
          response: {
            200: listAlertsResponse,
            400: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listAlerts(db, content, actorOf(request), request.query, clock.now()),
    );

    app.post(
      '/api/alerts/seen',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Merk varslene i en bekymring som sett',
          tags: ['varsler'],
          body: markAlertsSeenBody,
          response: {
            200: markAlertsSeenResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({ alerts: await markAlertsSeen(db, actorOf(request), request.body.alerts, clock.now()) }),
    );

    app.post(
      '/api/alerts/dismiss',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Avvis varslene i en bekymring med én begrunnelse',
          tags: ['varsler'],
          body: dismissAlertsBody,
          response: {
            200: dismissAlertsResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        alerts: await dismissAlerts(db, actorOf(request), request.body.alerts, request.body.reason, clock.now()),
      }),
    );

    app.post(
      '/api/alerts/handle',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Håndter alle varslene i en bekymring med én logget kontakt',
          tags: ['varsler'],
          body: handleAlertsBody,
          response: {
            200: handleAlertsResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => handleAlerts(db, actorOf(request), request.body.alerts, request.body.contact, clock.now()),
    );

    app.post(
      '/api/alerts/:alertId/seen',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Merk et varsel som sett',
          tags: ['varsler'],
          params: markAlertSeenParams,
          body: markAlertSeenBody,
          response: { 200: markAlertSeenResponse, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        alert: await markAlertSeen(db, actorOf(request), request.params.alertId, request.body.version, clock.now()),
      }),
    );

    app.post(
      '/api/alerts/:alertId/dismiss',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Avvis et varsel med begrunnelse',
          tags: ['varsler'],
          params: dismissAlertParams,
          body: dismissAlertBody,
          response: {
            200: dismissAlertResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        alert: await dismissAlert(
          db,
          actorOf(request),
          request.params.alertId,
          request.body.version,
          request.body.reason,
          clock.now(),
        ),
      }),
    );

    app.post(
      '/api/alerts/:alertId/handle',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Håndter et varsel ved å logge en kontakt',
          tags: ['varsler'],
          params: handleAlertParams,
          body: handleAlertBody,
          response: {
            200: handleAlertResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        handleAlert(
          db,
          actorOf(request),
          request.params.alertId,
          request.body.version,
          request.body.contact,
          clock.now(),
        ),
    );

    app.post(
      '/api/pupils/:pupilId/contacts',
      {
        config: { action: 'contacts.write' },
        schema: {
          summary: 'Logg en kontakt om elevens fravær',
          tags: ['kontaktlogg'],
          params: logContactParams,
          body: logContactBody,
          response: { 201: logContactResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ contact: await logContact(db, actorOf(request), request.params.pupilId, request.body, clock.now()) }),
    );

    app.post(
      '/api/pupils/:pupilId/observations',
      {
        config: { action: 'observations.write' },
        schema: {
          summary: 'Registrer en observasjon fraværsdata ikke kan vise',
          tags: ['fravær'],
          params: recordObservationParams,
          body: recordObservationBody,
          response: {
            201: recordObservationResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordObservation(db, content, actorOf(request), request.params.pupilId, request.body, clock.now()),
          ),
    );

    app.post(
      '/api/my-children/:pupilId/reports',
      {
        config: { action: 'guardian.report' },
        schema: {
          summary: 'Meld fravær for eget barn',
          tags: ['foresatte'],
          params: reportAbsenceAsGuardianParams,
          body: reportAbsenceAsGuardianBody,
          response: {
            201: reportAbsenceAsGuardianResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await reportAbsenceAsGuardian(
              db,
              content,
              actorOf(request),
              request.params.pupilId,
              request.body,
              clock.now(),
            ),
          ),
    );

    app.get(
      '/api/my-children/:pupilId/reports',
      {
        config: { action: 'guardian.report' },
        schema: {
          summary: 'Fravær foresatte har meldt for barnet',
          tags: ['foresatte'],
          params: listGuardianReportsParams,
          response: { 200: listGuardianReportsResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => listGuardianReports(db, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.post(
      '/api/alerts/:alertId/letter',
      {
        config: { action: 'alerts.letter' },
        schema: {
          summary: 'Lag brev (PDF) til foresatte om bekymringsfullt fravær; logges i kontaktloggen',
          description:
            'For elever med fortrolig eller strengt fortrolig adresse kreves skoleledelsens bekreftelse (confirmProtectedAddress).',
          tags: ['varsler'],
          params: writeGuardianLetterParams,
          querystring: printLanguageQuery,
          body: writeGuardianLetterBody,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await writeGuardianLetter(
          db,
          content,
          actorOf(request),
          request.params.alertId,
          { ...request.body, language: request.query.language },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );
  };
