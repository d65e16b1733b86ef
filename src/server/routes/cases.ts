import { printLanguageQuery } from '../../contract/documents';
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actOnCase, type CaseActionInput } from '../use-cases/act-on-case';
import { addCaseTask, completeCaseTask } from '../use-cases/complete-case-task';
import { getCase } from '../use-cases/get-case';
import { listCases } from '../use-cases/list-cases';
import { openCase } from '../use-cases/open-case';
import { planMeeting } from '../use-cases/plan-meeting';
import { getCasePartsParams, getCasePartsQuery, getCasePartsResponse } from '../../contract/case-parts';
import { printMinutes } from '../use-cases/print-minutes';
import { recordMeeting } from '../use-cases/record-meeting';
import { changeClass } from '../use-cases/change-class';
import { listCasesToTakeOver } from '../use-cases/list-cases-to-take-over';
import { takeOverCase } from '../use-cases/take-over-case';
import { addReferral } from '../use-cases/add-referral';
import { recordAssessment } from '../use-cases/record-assessment';
import { updateReferral } from '../use-cases/update-referral';
import { setWeeklyContact } from '../use-cases/set-weekly-contact';
import { writeCaseNotice } from '../use-cases/write-case-notice';
import { listCasePeople } from '../use-cases/list-case-people';
import { caseStaff, handOverCase } from '../use-cases/hand-over-case';
import { listMyTasks } from '../use-cases/list-my-tasks';
import { getPupilFile } from '../use-cases/get-pupil-file';
import { addParticipant } from '../use-cases/add-participant';
import { removeParticipant } from '../use-cases/remove-participant';
import {} from '../../domain/ladder/ladder-schema';
import { actorOf, sendPdf, type RouteDeps } from './deps';
import { noContent, fileBody, errorBody } from '../../contract/common';
import {
  openCaseBody,
  openCaseResponse,
  listCasesQuery,
  listCasesResponse,
  setWeeklyContactParams,
  setWeeklyContactBody,
  setWeeklyContactResponse,
  getCaseParams,
  getCaseResponse,
  actOnCaseParams,
  actOnCaseBody,
  actOnCaseResponse,
  addCaseTaskParams,
  addCaseTaskBody,
  addCaseTaskResponse,
  completeCaseTaskParams,
  completeCaseTaskBody,
  completeCaseTaskResponse,
  planMeetingParams,
  planMeetingBody,
  planMeetingResponse,
  recordMeetingParams,
  recordMeetingBody,
  recordMeetingResponse,
  printMinutesParams,
  printMinutesBody,
  changeClassParams,
  changeClassBody,
  changeClassResponse,
  listCasesToTakeOverResponse,
  takeOverCaseParams,
  takeOverCaseBody,
  takeOverCaseResponse,
  addReferralParams,
  addReferralBody,
  addReferralResponse,
  updateReferralParams,
  updateReferralBody,
  updateReferralResponse,
  recordAssessmentParams,
  recordAssessmentBody,
  recordAssessmentResponse,
  writeCaseNoticeParams,
  writeCaseNoticeBody,
  caseStaffParams,
  caseStaffResponse,
  listCasePeopleParams,
  listCasePeopleResponse,
  handOverCaseParams,
  handOverCaseBody,
  handOverCaseResponse,
  listMyTasksResponse,
  getPupilFileParams,
  getPupilFileResponse,
  addParticipantParams,
  addParticipantBody,
  addParticipantResponse,
  removeParticipantParams,
} from '../../contract/cases';

export const caseRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Åpne en sak for en elev (fra varsel, mønster eller undring)',
          tags: ['saker'],
          body: openCaseBody,
          response: {
            201: openCaseResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await openCase(db, content, actorOf(request), request.body, clock.now())),
    );

    app.get(
      '/api/cases',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Saker brukeren har tilgang til (tavla); «mine» = der brukeren er stafettholder',
          tags: ['saker'],
          querystring: listCasesQuery,
          response: {
            200: listCasesResponse,
            ...authErrors,
          },
        },
      },
      async (request) => ({
        cases: await listCases(
          db,
          content,
          actorOf(request),
          { mine: request.query.mine === 'true', status: request.query.status },
          clock.now(),
        ),
      }),
    );

    app.get(
      '/api/cases/:caseId',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Saken: nivå, sjekkliste, tidslinje, mulige neste steg og fravær før/etter tiltak',
          tags: ['saker'],
          params: getCaseParams,
          response: {
            200: getCaseResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getCase(db, content, actorOf(request), request.params.caseId, clock.now()),
    );

    app.get(
      '/api/cases/:caseId/parts',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Bare de delene av saken en handling kan ha endret (beslutning 117)',
          tags: ['saker'],
          params: getCasePartsParams,
          querystring: getCasePartsQuery,
          response: {
            200: getCasePartsResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        getCase(db, content, actorOf(request), request.params.caseId, clock.now(), request.query.include),
    );

    app.post(
      '/api/cases/:caseId/actions',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Flytt saken langs tiltakstrappa (evaluering, løft, avslutning …); krever versjonen',
          tags: ['saker'],
          params: actOnCaseParams,
          body: actOnCaseBody,
          response: {
            200: actOnCaseResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        actOnCase(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          { action: request.body.action as CaseActionInput, version: request.body.version },
          clock.now(),
        ),
    );

    app.post(
      '/api/cases/:caseId/tasks',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Legg til teamets egen oppgave',
          tags: ['saker'],
          params: addCaseTaskParams,
          body: addCaseTaskBody,
          response: { 201: addCaseTaskResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addCaseTask(db, actorOf(request), request.params.caseId, request.body, clock.now())),
    );

    app.post(
      '/api/cases/:caseId/tasks/:taskId/done',
      {
        config: { action: 'cases.task.done' },
        schema: {
          summary: 'Merk en oppgave som utført (melding til barnevernet krever helhetsvurdering)',
          tags: ['saker'],
          params: completeCaseTaskParams,
          body: completeCaseTaskBody,
          response: {
            200: completeCaseTaskResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        completeCaseTask(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.taskId,
          request.body,
          clock.now(),
        ),
    );

    app.post(
      '/api/cases/:caseId/meetings',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Planlegg et møte i saken',
          tags: ['saker'],
          params: planMeetingParams,
          body: planMeetingBody,
          response: { 201: planMeetingResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ meeting: await planMeeting(db, actorOf(request), request.params.caseId, request.body, clock.now()) }),
    );

    app.put(
      '/api/cases/:caseId/meetings/:meetingId',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Oppdater et møte: referat, dato holdt, neste møte (krever versjonen)',
          tags: ['saker'],
          params: recordMeetingParams,
          body: recordMeetingBody,
          response: { 200: recordMeetingResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        meeting: await recordMeeting(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.meetingId,
          request.body,
          clock.now(),
        ),
      }),
    );

    app.post(
      '/api/cases/:caseId/meetings/:meetingId/minutes',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Skriv ut referatet som brev (PDF)',
          tags: ['saker'],
          params: printMinutesParams,
          querystring: printLanguageQuery,
          body: printMinutesBody,
          response: { 200: fileBody('application/pdf'), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printMinutes(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.meetingId,
          { ...request.body, language: request.query.language },
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );

    app.post(
      '/api/pupils/:pupilId/class-change',
      {
        config: { action: 'pupils.move' },
        schema: {
          summary: 'Flytt en elev til en annen klasse eller skole (klassehistorikken beholdes)',
          tags: ['elever'],
          params: changeClassParams,
          body: changeClassBody,
          response: { 200: changeClassResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request) => changeClass(db, actorOf(request), request.params.pupilId, request.body, clock.now()),
    );

    app.get(
      '/api/cases/to-take-over',
      {
        config: { action: 'cases.take-over' },
        schema: {
          summary: 'Åpne saker for elever som har begynt ved skolen, og som skolen skal overta',
          tags: ['saker'],
          response: {
            200: listCasesToTakeOverResponse,
            ...authErrors,
          },
        },
      },
      async (request) => ({ cases: await listCasesToTakeOver(db, actorOf(request)) }),
    );

    app.post(
      '/api/cases/:caseId/take-over',
      {
        config: { action: 'cases.take-over' },
        schema: {
          summary: 'Overta saken ved elevens nye skole (med overgangssjekkliste)',
          tags: ['saker'],
          params: takeOverCaseParams,
          body: takeOverCaseBody,
          response: {
            200: takeOverCaseResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => takeOverCase(db, content, actorOf(request), request.params.caseId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/referrals',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Registrer en henvisning (til barneverntjenesten bare med helhetsvurdering)',
          tags: ['saker'],
          params: addReferralParams,
          body: addReferralBody,
          response: { 201: addReferralResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          referral: await addReferral(db, content, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.put(
      '/api/cases/:caseId/referrals/:referralId',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Oppdater status og datoer for en henvisning (krever versjonen)',
          tags: ['saker'],
          params: updateReferralParams,
          body: updateReferralBody,
          response: { 200: updateReferralResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        referral: await updateReferral(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.params.referralId,
          request.body,
          clock.now(),
        ),
      }),
    );

    app.put(
      '/api/cases/:caseId/weekly-contact',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Slå den ukentlige kontakten med eleven/heimen på eller av for saken (krever versjonen)',
          tags: ['saker'],
          params: setWeeklyContactParams,
          body: setWeeklyContactBody,
          response: { 200: setWeeklyContactResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        setWeeklyContact(db, content, actorOf(request), request.params.caseId, request.body, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/assessments',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Registrer sakkyndig vurdering, midlertidig sakkyndig uttalelse eller legeerklæring',
          tags: ['saker'],
          params: recordAssessmentParams,
          body: recordAssessmentBody,
          response: { 201: recordAssessmentResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          assessment: await recordAssessment(db, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.post(
      '/api/cases/:caseId/notices',
      {
        config: { action: 'cases.write' },
        schema: {
          summary:
            'Skriftlig melding fra saken til skoleledelsen (nivå 1) eller avdelingsdirektør (nivå 2–3), som PDF; logges',
          tags: ['saker'],
          params: writeCaseNoticeParams,
          body: writeCaseNoticeBody,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await writeCaseNotice(
          db,
          content,
          actorOf(request),
          request.params.caseId,
          request.body.to,
          clock.now(),
        );
        return sendPdf(reply, pdf, fileName);
      },
    );

    app.get(
      '/api/cases/:caseId/staff',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Ansatte som kan være stafettholder for saken',
          tags: ['saker'],
          params: caseStaffParams,
          response: {
            200: caseStaffResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({ staff: await caseStaff(db, actorOf(request), request.params.caseId) }),
    );

    app.get(
      '/api/cases/:caseId/people',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Personer med konto som kan bli deltakere i saken',
          description:
            'Skolens ansatte, kommunens tjenester (helsesykepleier, PPT …) og elevens foresatte med konto, hver med rollen i trappa som kontoen tilsier.',
          tags: ['saker'],
          params: listCasePeopleParams,
          response: {
            200: listCasePeopleResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({ people: await listCasePeople(db, actorOf(request), request.params.caseId) }),
    );

    app.put(
      '/api/cases/:caseId/stafettholder',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Gi stafettpinnen videre (krever versjonen)',
          tags: ['saker'],
          params: handOverCaseParams,
          body: handOverCaseBody,
          response: {
            200: handOverCaseResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => handOverCase(db, actorOf(request), request.params.caseId, request.body, clock.now()),
    );

    app.get(
      '/api/tasks/mine',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Mine oppgaver i åpne saker (påminnelser), med forfalte markert',
          tags: ['saker'],
          response: {
            200: listMyTasksResponse,
            ...authErrors,
          },
        },
      },
      async (request) => ({ tasks: await listMyTasks(db, actorOf(request), clock.now()) }),
    );

    app.get(
      '/api/pupils/:pupilId/file',
      {
        config: { action: 'cases.read' },
        schema: {
          summary:
            'Elevmappen for fraværsoppfølging: saker, referater, henvisninger, vurderinger, kontaktlogg og observasjoner',
          tags: ['saker'],
          params: getPupilFileParams,
          response: {
            200: getPupilFileResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getPupilFile(db, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/participants',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Legg til en deltaker i saken, med rolle',
          tags: ['saker'],
          params: addParticipantParams,
          body: addParticipantBody,
          response: {
            201: addParticipantResponse,
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          participant: await addParticipant(db, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.delete(
      '/api/cases/:caseId/participants/:participantId',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Fjern en deltaker (raden beholdes med dato)',
          tags: ['saker'],
          params: removeParticipantParams,
          response: { 204: noContent, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        await removeParticipant(db, actorOf(request), request.params.caseId, request.params.participantId, clock.now());
        return reply.status(204).send(null);
      },
    );
  };
