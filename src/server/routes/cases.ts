import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REFERRAL_SERVICES } from '../../domain/ladder/ladder-schema';
import { actOnCase, type CaseActionInput } from '../use-cases/act-on-case';
import { addCaseTask, completeCaseTask } from '../use-cases/complete-case-task';
import { getCase } from '../use-cases/get-case';
import { listCases } from '../use-cases/list-cases';
import { openCase } from '../use-cases/open-case';
import { planMeeting } from '../use-cases/plan-meeting';
import { printMinutes } from '../use-cases/print-minutes';
import { recordMeeting } from '../use-cases/record-meeting';
import { changeClass } from '../use-cases/change-class';
import { listCasesToTakeOver } from '../use-cases/list-cases-to-take-over';
import { takeOverCase } from '../use-cases/take-over-case';
import { addReferral } from '../use-cases/add-referral';
import { recordAssessment } from '../use-cases/record-assessment';
import { updateReferral } from '../use-cases/update-referral';
import { writeCaseNotice } from '../use-cases/write-case-notice';
import { listCasePeople } from '../use-cases/list-case-people';
import { caseStaff, handOverCase } from '../use-cases/hand-over-case';
import { listMyTasks } from '../use-cases/list-my-tasks';
import { getPupilFile } from '../use-cases/get-pupil-file';
import { addParticipant } from '../use-cases/add-participant';
import { removeParticipant } from '../use-cases/remove-participant';
import { LADDER_ROLES } from '../../domain/ladder/ladder-schema';
import { actorOf, type RouteDeps } from './deps';
import { alertDto } from './absence';
import { authErrors, errorBody, idParam, isoDate } from './schemas';
import { consentDto } from './consents';
import { formSummaryDto, pupilVoiceDto, statementDto } from './forms';
import { planSummary } from './plans';

const text = (message: string) => z.string().trim().min(1, message).max(4000);
const assessment = z.object({
  assessedOn: isoDate,
  assessedBy: z.string().max(200),
  causesConsidered: z.string().max(4000),
  grounds: z.string().max(4000),
});
// The date of every action is the server's today; the client never sets it.
const action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-measures'), evaluationOn: isoDate.optional() }),
  z.object({
    type: z.literal('set-evaluation-date'),
    evaluationOn: isoDate,
    reason: text('Skriv hvorfor datoen flyttes'),
  }),
  z.object({
    type: z.literal('evaluate'),
    outcome: z.enum(['solved', 'better', 'more-needed']),
    assessment: text('Skriv teamets vurdering'),
    nextEvaluationOn: isoDate.optional(),
    intensifiedMeasures: z.string().max(4000).optional(),
  }),
  z.object({
    type: z.literal('escalate'),
    reason: text('Skriv hvorfor saken løftes'),
    evaluationOn: isoDate.optional(),
  }),
  z.object({
    type: z.literal('de-escalate'),
    reason: text('Skriv hvorfor saken tas ned'),
    evaluationOn: isoDate.optional(),
  }),
  z.object({ type: z.literal('close'), summary: text('Skriv en oppsummering') }),
  z.object({
    type: z.literal('reopen'),
    reason: text('Skriv hvorfor saken gjenåpnes'),
    level: z.number().int().min(0).optional(),
    evaluationOn: isoDate.optional(),
  }),
  z.object({ type: z.literal('report-to-child-welfare'), holisticAssessment: assessment.nullish() }),
]);
const openState = z.object({
  status: z.literal('open'),
  level: z.number().int(),
  since: z.string(),
  measuresStartedOn: z.string(),
  evaluationDue: z.string(),
  intensified: z.boolean(),
});
const closedState = z.object({
  status: z.literal('closed'),
  level: z.number().int(),
  since: z.string(),
  summary: z.string(),
});
const state = z.union([openState, closedState]);
const meetingKind = z.enum([
  'undringssamtale-elev',
  'undringssamtale-foresatte',
  'samarbeidsmote',
  'naervaersteam',
  'ansvarsgruppemote',
]);
const meeting = z.object({
  id: z.string(),
  kind: meetingKind,
  scheduledOn: z.string(),
  participants: z.array(z.string()),
  agenda: z.string(),
  heldOn: z.string().nullable(),
  minutes: z.string().nullable(),
  nextMeetingOn: z.string().nullable(),
  anonymised: z.boolean(),
  version: z.number().int(),
});
const referralStatus = z.enum(['under-arbeid', 'sendt', 'mottatt', 'avsluttet', 'avvist']);
const referral = z.object({
  id: z.string(),
  service: z.enum(REFERRAL_SERVICES),
  status: referralStatus,
  sentOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  guardiansSigned: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
  waitingDays: z.number().int().nullable(),
});
const referralBody = z.object({
  service: z.enum(REFERRAL_SERVICES),
  status: referralStatus,
  sentOn: isoDate.nullish(),
  answeredOn: isoDate.nullish(),
  guardiansSigned: z.boolean().optional(),
  note: z.string().max(4000).nullish(),
  holisticAssessment: z
    .object({
      assessedOn: isoDate,
      assessedBy: z.string().max(200),
      causesConsidered: z.string().max(4000),
      grounds: z.string().max(4000),
    })
    .nullish(),
});
const assessmentKind = z.enum(['sakkyndig-vurdering', 'sakkyndig-uttalelse', 'legeerklaering']);
const expertAssessment = z.object({
  id: z.string(),
  kind: assessmentKind,
  issuedOn: z.string(),
  issuedBy: z.string(),
  recommendations: z.string(),
  validUntil: z.string().nullable(),
  version: z.number().int(),
});
const participants = z.array(z.string().trim().min(1).max(200)).max(30);
const period = z
  .object({
    from: z.string(),
    to: z.string(),
    schoolDays: z.number().int(),
    absentDays: z.number().int(),
    absentLessons: z.number().int(),
    lateArrivals: z.number().int(),
    sharePercent: z.number(),
  })
  .nullable();

export const caseRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Åpne en sak for en elev (fra varsel, mønster eller undring)',
          tags: ['saker'],
          body: z.object({
            pupilId: idParam,
            from: z.enum(['alert', 'pattern', 'undring']),
            alertId: idParam.nullish(),
            reason: text('Skriv hva som er sett, hørt eller observert'),
          }),
          response: {
            201: z.object({ id: z.string() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) => reply.status(201).send(await openCase(db, actorOf(request), request.body, clock.now())),
    );

    app.get(
      '/api/cases',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Saker brukeren har tilgang til (tavla); «mine» = der brukeren er stafettholder',
          tags: ['saker'],
          querystring: z.object({
            mine: z.enum(['true', 'false']).default('false'),
            status: z.enum(['open', 'all']).default('open'),
          }),
          response: {
            200: z.object({
              cases: z.array(
                z.object({
                  id: z.string(),
                  pupilName: z.string(),
                  className: z.string(),
                  level: z.number().int(),
                  status: z.enum(['open', 'closed']),
                  evaluationDue: z.string().nullable(),
                  overdue: z.boolean(),
                  inactive: z.boolean(),
                  stafettholderName: z.string(),
                }),
              ),
            }),
            ...authErrors,
          },
        },
      },
      async (request) => ({
        cases: await listCases(
          db,
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
          params: z.object({ caseId: idParam }),
          response: {
            200: z.object({
              id: z.string(),
              version: z.number().int(),
              pupil: z.object({
                id: z.string(),
                firstName: z.string(),
                lastName: z.string(),
                className: z.string(),
                schoolName: z.string(),
                protectedAddress: z.enum(['none', 'fortrolig', 'strengt_fortrolig']),
              }),
              ladder: z.object({ id: z.string(), name: z.string() }),
              state,
              overdue: z.boolean(),
              stafettholder: z.object({ id: z.string(), name: z.string(), needsNew: z.boolean() }),
              openedFrom: z.enum(['alert', 'pattern', 'undring']),
              level: z.object({
                level: z.number().int(),
                title: z.string(),
                problemAreas: z.array(z.string()),
                goals: z.array(z.string()),
                evaluation: z.array(z.string()),
                partners: z.array(z.string()),
                responsible: z.array(z.string()),
              }),
              allowedActions: z.array(z.string()),
              readOnly: z.boolean().describe('Samarbeidspartnere leser saken gjennom samtykket; skolen handler'),
              consents: z.array(consentDto),
              consentForm: z
                .object({
                  pupilConsentsToo: z.boolean(),
                  guardians: z.array(z.object({ id: z.string(), name: z.string() })),
                  partners: z.array(z.object({ id: z.string(), name: z.string(), service: z.string() })),
                })
                .nullable(),
              tasks: z.array(
                z.object({
                  id: z.string(),
                  level: z.number().int(),
                  ladderTaskId: z.string().nullable(),
                  action: z
                    .object({ type: z.string() })
                    .catchall(z.unknown())
                    .nullable()
                    .describe('Hva oppgaven gjør utover å krysses av (møte, melding, henvisning …)'),
                  text: z.string(),
                  responsible: z.array(z.string()),
                  ownerName: z.string().nullable(),
                  dueOn: z.string().nullable(),
                  doneOn: z.string().nullable(),
                  doneByName: z.string().nullable(),
                  source: z.enum(['ladder', 'team']),
                  version: z.number().int(),
                }),
              ),
              timeline: z.array(
                z.object({
                  at: z.string(),
                  kind: z.enum(['action', 'contact', 'meeting', 'alert']),
                  text: z.string(),
                  byName: z.string(),
                  forStafettholder: z.boolean().optional().describe('Et varsel stafettholder ikke har sett ennå'),
                  alertId: z.string().optional(),
                }),
              ),
              alerts: z.array(alertDto),
              beforeAfter: z.object({ before: period, after: period }).nullable(),
              meetings: z.array(meeting),
              referrals: z.array(referral),
              participants: z.array(
                z.object({ id: z.string(), name: z.string(), role: z.string(), roleLabel: z.string() }),
              ),
              assessments: z.array(expertAssessment),
              forms: z.array(formSummaryDto).describe('Skjema fylt ut i saken (beslutning 063)'),
              statements: z.array(statementDto).describe('Uttalelser fra tillitsperson eleven valgte (004 §3)'),
              pupilVoice: pupilVoiceDto,
              mappedCauses: z
                .object({
                  formId: z.string(),
                  filledOn: z.string(),
                  causes: z.array(z.object({ code: z.string(), label: z.string() })),
                })
                .nullable()
                .describe('Årsakene i den nyeste årsakskartleggingen: grunnlaget for forslag fra tiltaksbanken'),
              plans: z.array(planSummary),
            }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getCase(db, actorOf(request), request.params.caseId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/actions',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Flytt saken langs tiltakstrappa (evaluering, løft, avslutning …); krever versjonen',
          tags: ['saker'],
          params: z.object({ caseId: idParam }),
          body: z.object({ action, version: z.number().int().positive() }),
          response: {
            200: z.object({ state, version: z.number().int() }),
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
          params: z.object({ caseId: idParam }),
          body: z.object({ text: text('Skriv oppgaven'), dueOn: isoDate.nullish(), ownerId: idParam.nullish() }),
          response: { 201: z.object({ id: z.string() }), 400: errorBody, 404: errorBody, ...authErrors },
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
        config: { action: 'cases.write' },
        schema: {
          summary: 'Merk en oppgave som utført (melding til barnevernet krever helhetsvurdering)',
          tags: ['saker'],
          params: z.object({ caseId: idParam, taskId: idParam }),
          body: z.object({
            version: z.number().int().positive(),
            service: z.enum(REFERRAL_SERVICES).optional(),
            holisticAssessment: assessment.nullish(),
          }),
          response: {
            200: z.object({ version: z.number().int(), doneOn: z.string() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        completeCaseTask(db, actorOf(request), request.params.caseId, request.params.taskId, request.body, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/meetings',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Planlegg et møte i saken',
          tags: ['saker'],
          params: z.object({ caseId: idParam }),
          body: z.object({
            kind: meetingKind,
            scheduledOn: isoDate,
            participants,
            agenda: z.string().max(4000),
            anonymised: z.boolean().optional(),
          }),
          response: { 201: z.object({ meeting }), 400: errorBody, 404: errorBody, ...authErrors },
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
          params: z.object({ caseId: idParam, meetingId: idParam }),
          body: z.object({
            scheduledOn: isoDate,
            participants,
            agenda: z.string().max(4000),
            heldOn: isoDate.nullable(),
            minutes: z.string().max(20000).nullable(),
            nextMeetingOn: isoDate.nullable(),
            anonymised: z.boolean(),
            version: z.number().int().positive(),
          }),
          response: { 200: z.object({ meeting }), 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        meeting: await recordMeeting(
          db,
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
          params: z.object({ caseId: idParam, meetingId: idParam }),
          body: z.object({ confirmProtectedAddress: z.boolean().optional() }),
          response: { 200: z.any().describe('application/pdf'), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printMinutes(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.meetingId,
          request.body,
          clock.now(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(Buffer.from(pdf));
      },
    );

    app.post(
      '/api/pupils/:pupilId/class-change',
      {
        config: { action: 'pupils.move' },
        schema: {
          summary: 'Flytt en elev til en annen klasse eller skole (klassehistorikken beholdes)',
          tags: ['elever'],
          params: z.object({ pupilId: idParam }),
          body: z.object({ toClassId: idParam, on: isoDate }),
          response: { 200: z.object({ schoolChanged: z.boolean() }), 400: errorBody, 404: errorBody, ...authErrors },
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
            200: z.object({
              cases: z.array(
                z.object({
                  id: z.string(),
                  level: z.number().int(),
                  pupilName: z.string(),
                  className: z.string(),
                  fromSchool: z.string(),
                }),
              ),
            }),
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
          params: z.object({ caseId: idParam }),
          body: z.object({}),
          response: {
            200: z.object({ id: z.string() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => takeOverCase(db, actorOf(request), request.params.caseId, clock.now()),
    );

    app.post(
      '/api/cases/:caseId/referrals',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Registrer en henvisning (til barneverntjenesten bare med helhetsvurdering)',
          tags: ['saker'],
          params: z.object({ caseId: idParam }),
          body: referralBody,
          response: { 201: z.object({ referral }), 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          referral: await addReferral(db, actorOf(request), request.params.caseId, request.body, clock.now()),
        }),
    );

    app.put(
      '/api/cases/:caseId/referrals/:referralId',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Oppdater status og datoer for en henvisning (krever versjonen)',
          tags: ['saker'],
          params: z.object({ caseId: idParam, referralId: idParam }),
          body: referralBody.extend({ version: z.number().int().positive() }),
          response: { 200: z.object({ referral }), 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => ({
        referral: await updateReferral(
          db,
          actorOf(request),
          request.params.caseId,
          request.params.referralId,
          request.body,
          clock.now(),
        ),
      }),
    );

    app.post(
      '/api/cases/:caseId/assessments',
      {
        config: { action: 'cases.write' },
        schema: {
          summary: 'Registrer sakkyndig vurdering, midlertidig sakkyndig uttalelse eller legeerklæring',
          tags: ['saker'],
          params: z.object({ caseId: idParam }),
          body: z.object({
            kind: assessmentKind,
            issuedOn: isoDate,
            issuedBy: text('Skriv hvem som har skrevet den'),
            recommendations: text('Skriv anbefalingene'),
            validUntil: isoDate.nullish(),
          }),
          response: { 201: z.object({ assessment: expertAssessment }), 400: errorBody, 404: errorBody, ...authErrors },
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
          params: z.object({ caseId: idParam }),
          body: z.object({ to: z.enum(['skoleledelse', 'avdelingsdirektor']) }),
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await writeCaseNotice(
          db,
          actorOf(request),
          request.params.caseId,
          request.body.to,
          clock.now(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(Buffer.from(pdf));
      },
    );

    app.get(
      '/api/cases/:caseId/staff',
      {
        config: { action: 'cases.read' },
        schema: {
          summary: 'Ansatte som kan være stafettholder for saken',
          tags: ['saker'],
          params: z.object({ caseId: idParam }),
          response: {
            200: z.object({ staff: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => ({ staff: await caseStaff(db, actorOf(request), request.params.caseId) }),
    );

    const ladderRole = z.enum(
      Object.keys(LADDER_ROLES) as [keyof typeof LADDER_ROLES, ...(keyof typeof LADDER_ROLES)[]],
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
          params: z.object({ caseId: idParam }),
          response: {
            200: z.object({
              people: z.array(
                z.object({ id: z.string(), name: z.string(), role: ladderRole, accountRole: z.string() }),
              ),
            }),
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
          params: z.object({ caseId: idParam }),
          body: z.object({
            userId: idParam,
            reason: text('Skriv hvorfor saken gis videre'),
            version: z.number().int().positive(),
          }),
          response: {
            200: z.object({ stafettholder: z.object({ id: z.string(), name: z.string() }), version: z.number().int() }),
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
            200: z.object({
              tasks: z.array(
                z.object({
                  id: z.string(),
                  caseId: z.string(),
                  text: z.string(),
                  dueOn: z.string().nullable(),
                  overdue: z.boolean(),
                  pupilName: z.string(),
                  className: z.string(),
                }),
              ),
            }),
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
          params: z.object({ pupilId: idParam }),
          response: {
            200: z.object({
              pupil: z.object({
                id: z.string(),
                firstName: z.string(),
                lastName: z.string(),
                className: z.string(),
                schoolName: z.string(),
                protectedAddress: z.enum(['none', 'fortrolig', 'strengt_fortrolig']),
              }),
              cases: z.array(
                z.object({
                  id: z.string(),
                  status: z.enum(['open', 'closed']),
                  level: z.number().int(),
                  ladder: z.string(),
                  openedAt: z.string(),
                  stafettholderName: z.string(),
                  summary: z.string().nullable(),
                }),
              ),
              meetings: z.array(
                z.object({
                  id: z.string(),
                  caseId: z.string(),
                  title: z.string(),
                  heldOn: z.string(),
                  minutes: z.string(),
                }),
              ),
              referrals: z.array(
                z.object({
                  id: z.string(),
                  caseId: z.string(),
                  service: z.string(),
                  status: z.string(),
                  sentOn: z.string().nullable(),
                  answeredOn: z.string().nullable(),
                }),
              ),
              assessments: z.array(
                z.object({
                  id: z.string(),
                  caseId: z.string(),
                  kind: z.string(),
                  issuedOn: z.string(),
                  issuedBy: z.string(),
                  recommendations: z.string(),
                  validUntil: z.string().nullable(),
                }),
              ),
              contacts: z.array(
                z.object({
                  id: z.string(),
                  pupilId: z.string(),
                  alertId: z.string().nullable(),
                  contactedAt: z.string(),
                  withWhom: z.array(z.string()),
                  channel: z.string(),
                  summary: z.string(),
                  agreed: z.string().nullable(),
                  recordedByName: z.string(),
                  version: z.number().int(),
                }),
              ),
              observations: z.array(
                z.object({
                  id: z.string(),
                  pupilId: z.string(),
                  kind: z.string(),
                  ruleId: z.string().nullable(),
                  observedOn: z.string(),
                  description: z.string(),
                  recordedByName: z.string(),
                  version: z.number().int(),
                }),
              ),
            }),
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
          params: z.object({ caseId: idParam }),
          body: z.object({ name: text('Skriv navnet'), role: ladderRole, userId: idParam.nullish() }),
          response: {
            201: z.object({
              participant: z.object({ id: z.string(), name: z.string(), role: z.string(), roleLabel: z.string() }),
            }),
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
          params: z.object({ caseId: idParam, participantId: idParam }),
          response: { 204: z.null(), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        await removeParticipant(db, actorOf(request), request.params.caseId, request.params.participantId, clock.now());
        return reply.status(204).send(null);
      },
    );
  };
