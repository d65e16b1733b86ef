import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { osloDate } from '../clock';
import { correctAbsence } from '../use-cases/correct-absence';
import { deleteAbsence } from '../use-cases/delete-absence';
import { getAbsenceHistory } from '../use-cases/get-absence-history';
import { getClassRegister } from '../use-cases/get-class-register';
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
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam, isoDate, isoDateTime } from './schemas';

const kind = z.enum(['day', 'lesson', 'late', 'left']);
const reason = z.enum(['sykdom', 'helse', 'permisjon', 'annet', 'ukjent']);
const channel = z.enum(['telefon', 'møte', 'melding', 'hjemmebesøk', 'brev']);
const withWhom = z
  .array(z.enum(['elev', 'foresatt', 'helsesykepleier', 'ppt', 'barnevern', 'annen']))
  .min(1, 'Velg hvem kontakten var med');

export const eventDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  date: z.string(),
  kind,
  subject: z.string().nullable(),
  period: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  documented: z.boolean(),
  reason: reason.nullable(),
  source: z.enum(['laerer', 'foresatt', 'import']),
  note: z.string().nullable(),
  registeredByName: z.string(),
  registeredAt: z.string(),
  version: z.number().int(),
});
export const alertDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  classId: z.string(),
  className: z.string(),
  profile: z.string(),
  ruleId: z.string(),
  ruleTitle: z.string(),
  severity: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  status: z.enum(['new', 'seen', 'handled', 'dismissed']),
  explanation: z.string(),
  nextStep: z.string(),
  countedEvents: z.array(
    z.object({ date: z.string(), kind: z.string(), subject: z.string().nullable(), period: z.number().nullable() }),
  ),
  dismissReason: z.string().nullable(),
  retiredAt: z
    .string()
    .nullable()
    .describe(
      'Satt når skolens gjeldende regler ikke lenger gir varselet (regelsett byttet, regel eller skolerute endret); statusen beholdes',
    ),
  retiredReason: z.string().nullable(),
  handledContactId: z.string().nullable(),
  basis: z.enum(['kilde', 'kommune']).describe('«kommune»: en regel kommunen har valgt selv, ikke fra kildedokumentet'),
  version: z.number().int(),
});
export const concernDto = z
  .object({
    id: z.string().describe('Det alvorligste varselets id'),
    pupilId: z.string(),
    pupilName: z.string(),
    classId: z.string(),
    className: z.string(),
    severity: z.string(),
    startedOn: z.string(),
    latestStart: z.string(),
    status: z.enum(['new', 'seen']),
    nextStep: z.string(),
    alerts: z.array(alertDto).describe('Reglene som slår til på overlappende dager, alvorligste først'),
    case: z
      .object({ id: z.string(), level: z.number().int(), stafettholderName: z.string() })
      .nullable()
      .describe('Elevens åpne sak: varselet følges opp der'),
  })
  .describe('Én bekymring: åpne varsler for samme elev på overlappende dager');
const alertRefs = z
  .array(z.object({ id: idParam, version: z.number().int().positive() }))
  .min(1, 'Velg minst ett varsel')
  .max(50);
export const contactDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  alertId: z.string().nullable(),
  contactedAt: z.string(),
  withWhom: z.array(z.string()),
  channel,
  summary: z.string(),
  agreed: z.string().nullable(),
  restrictedTo: z
    .enum(['helsestasjon', 'ppt', 'barneverntjeneste', 'bup', 'kommunepsykolog'])
    .nullable()
    .describe('Skjermet notat: bare for denne tjenesten og stafettholder'),
  recordedByName: z.string(),
  version: z.number().int(),
});
const observationKind = z.enum(['alvorlig-hendelse', 'store-vansker-med-oppmøte', 'familiens-rutiner', 'tegn']);
const observationDto = z.object({
  id: z.string(),
  pupilId: z.string(),
  kind: observationKind,
  ruleId: z.string().nullable(),
  observedOn: z.string(),
  description: z.string(),
  recordedByName: z.string(),
  version: z.number().int(),
});
const protectedAddress = z.enum(['none', 'fortrolig', 'strengt_fortrolig']);

const eventBody = z.object({
  date: isoDate,
  kind,
  subject: z.string().max(100).nullish(),
  period: z.number().int().min(1).max(12).nullish(),
  minutes: z.number().int().min(1).max(600).nullish(),
  documented: z.boolean(),
  reason: reason.nullish(),
  note: z.string().max(2000).nullish(),
});
export const contactBody = z.object({
  contactedAt: isoDateTime,
  withWhom,
  channel,
  summary: z.string().trim().min(1, 'Skriv kort hva kontakten gjaldt').max(4000),
  agreed: z.string().max(4000).nullish(),
});
const withAlerts = z.object({ event: eventDto, alerts: z.array(alertDto), concerns: z.array(concernDto) });

export const absenceRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/classes/:classId/register',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Morgenregistreringen for en klasse',
          tags: ['fravær'],
          params: z.object({ classId: idParam }),
          querystring: z.object({ date: isoDate.optional() }),
          response: {
            200: z.object({
              class: z.object({ id: z.string(), name: z.string(), schoolName: z.string() }),
              date: z.string(),
              schoolDay: z.boolean(),
              future: z.boolean().describe('Dagen har ikke kommet: bare innvilget permisjon registreres på forhånd'),
              closedReason: z.string().nullable(),
              lessons: z.array(z.object({ period: z.number().int(), subject: z.string() })),
              pupils: z.array(
                z.object({
                  id: z.string(),
                  firstName: z.string(),
                  lastName: z.string(),
                  protectedAddress,
                  events: z.array(eventDto),
                  guardianReported: z.boolean(),
                  needsCall: z.boolean(),
                  openAlerts: z.number().int(),
                  openConcerns: z.number().int().describe('Åpne varsler på overlappende dager telles som én bekymring'),
                }),
              ),
            }),
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
      '/api/absence-events',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Registrer fravær for en elev',
          tags: ['fravær'],
          body: eventBody.extend({ pupilId: idParam }),
          response: { 201: withAlerts, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordAbsence(db, actorOf(request), request.body, clock.now())),
    );

    app.put(
      '/api/absence-events/:eventId',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Rett en fraværsregistrering (krever versjonen den bygger på)',
          tags: ['fravær'],
          params: z.object({ eventId: idParam }),
          body: eventBody.extend({ version: z.number().int().positive() }),
          response: { 200: withAlerts, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => correctAbsence(db, actorOf(request), request.params.eventId, request.body, clock.now()),
    );

    app.delete(
      '/api/absence-events/:eventId',
      {
        config: { action: 'absence.register' },
        schema: {
          summary: 'Slett en fraværsregistrering (den blir stående i historikken)',
          tags: ['fravær'],
          params: z.object({ eventId: idParam }),
          querystring: z.object({ version: z.coerce.number().int().positive() }),
          response: {
            200: z.object({ alerts: z.array(alertDto), concerns: z.array(concernDto) }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        deleteAbsence(db, actorOf(request), request.params.eventId, request.query.version, clock.now()),
    );

    app.get(
      '/api/absence-events/:eventId/history',
      {
        config: { action: 'absence.read' },
        schema: {
          summary: 'Historikken til en fraværsregistrering',
          tags: ['fravær'],
          params: z.object({ eventId: idParam }),
          response: {
            200: z.object({
              history: z.array(
                z.object({
                  version: z.number().int(),
                  change: z.enum(['created', 'updated', 'deleted']),
                  changedByName: z.string(),
                  changedAt: z.string(),
                  event: eventDto,
                }),
              ),
            }),
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
          params: z.object({ pupilId: idParam }),
          response: {
            200: z.object({
              pupil: z.object({
                id: z.string(),
                firstName: z.string(),
                lastName: z.string(),
                classId: z.string(),
                className: z.string(),
                schoolName: z.string(),
                protectedAddress,
              }),
              calendar: z.object({
                firstDay: z.string(),
                lastDay: z.string(),
                schoolDays: z.array(z.object({ date: z.string(), lessons: z.number().int() })),
                closedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
              }),
              events: z.array(eventDto),
              patterns: z.array(z.object({ kind: z.string(), title: z.string(), description: z.string() })),
              diploma: z
                .object({
                  schoolDays: z.number().int(),
                  absentDays: z.number().int(),
                  absentLessons: z.number().int(),
                  leaveOffCandidates: z.array(z.object({ date: z.string(), reason: z.string() })),
                  maxLeaveOff: z.number().int(),
                  daysIfLeftOff: z.number().int(),
                })
                .nullable(),
              alerts: z.array(alertDto),
              concerns: z.array(concernDto),
              observations: z.array(observationDto),
              contacts: z.array(contactDto),
              observationRules: z.array(z.object({ id: z.string(), title: z.string() })),
              openCaseId: z.string().nullable(),
            }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getPupilAbsence(db, actorOf(request), request.params.pupilId, clock.now()),
    );

    app.get(
      '/api/alerts',
      {
        config: { action: 'alerts.read' },
        schema: {
          summary: 'Varsler brukeren har tilgang til',
          tags: ['varsler'],
          querystring: z.object({ status: z.enum(['open', 'all']).default('open'), classId: idParam.optional() }),
          response: {
            200: z.object({ alerts: z.array(alertDto), concerns: z.array(concernDto) }),
            400: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listAlerts(db, actorOf(request), request.query, clock.now()),
    );

    app.post(
      '/api/alerts/seen',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Merk varslene i en bekymring som sett',
          tags: ['varsler'],
          body: z.object({ alerts: alertRefs }),
          response: {
            200: z.object({ alerts: z.array(alertDto) }),
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
          body: z.object({
            alerts: alertRefs,
            reason: z.string().trim().min(1, 'Skriv hvorfor varselet avvises').max(2000),
          }),
          response: {
            200: z.object({ alerts: z.array(alertDto) }),
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
          body: z.object({ alerts: alertRefs, contact: contactBody }),
          response: {
            200: z.object({ alerts: z.array(alertDto), contact: contactDto }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => handleAlerts(db, actorOf(request), request.body.alerts, request.body.contact, clock.now()),
    );

    const versionBody = z.object({ version: z.number().int().positive() });
    app.post(
      '/api/alerts/:alertId/seen',
      {
        config: { action: 'alerts.act' },
        schema: {
          summary: 'Merk et varsel som sett',
          tags: ['varsler'],
          params: z.object({ alertId: idParam }),
          body: versionBody,
          response: { 200: z.object({ alert: alertDto }), 404: errorBody, 409: errorBody, ...authErrors },
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
          params: z.object({ alertId: idParam }),
          body: versionBody.extend({ reason: z.string().trim().min(1, 'Skriv hvorfor varselet avvises').max(2000) }),
          response: {
            200: z.object({ alert: alertDto }),
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
          params: z.object({ alertId: idParam }),
          body: versionBody.extend({ contact: contactBody }),
          response: {
            200: z.object({ alert: alertDto, contact: contactDto }),
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
          params: z.object({ pupilId: idParam }),
          body: contactBody.extend({ alertId: idParam.nullish() }),
          response: { 201: z.object({ contact: contactDto }), 400: errorBody, 404: errorBody, ...authErrors },
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
          params: z.object({ pupilId: idParam }),
          body: z.object({
            kind: observationKind,
            observedOn: isoDate,
            description: z.string().trim().min(1, 'Beskriv det du har observert').max(4000),
            ruleId: z.string().nullish(),
          }),
          response: {
            201: z.object({ observation: observationDto, alerts: z.array(alertDto), concerns: z.array(concernDto) }),
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordObservation(db, actorOf(request), request.params.pupilId, request.body, clock.now())),
    );

    app.post(
      '/api/my-children/:pupilId/reports',
      {
        config: { action: 'guardian.report' },
        schema: {
          summary: 'Meld fravær for eget barn',
          tags: ['foresatte'],
          params: z.object({ pupilId: idParam }),
          body: z.object({
            from: isoDate,
            to: isoDate,
            reason: z.enum(['sykdom', 'helse', 'annet']),
            note: z.string().max(1000).nullish(),
          }),
          response: {
            201: z.object({
              created: z.number().int(),
              skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
            }),
            400: errorBody,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await reportAbsenceAsGuardian(db, actorOf(request), request.params.pupilId, request.body, clock.now())),
    );

    app.get(
      '/api/my-children/:pupilId/reports',
      {
        config: { action: 'guardian.report' },
        schema: {
          summary: 'Fravær foresatte har meldt for barnet',
          tags: ['foresatte'],
          params: z.object({ pupilId: idParam }),
          response: { 200: z.object({ today: z.string(), reports: z.array(eventDto) }), 404: errorBody, ...authErrors },
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
          params: z.object({ alertId: idParam }),
          body: z.object({ confirmProtectedAddress: z.boolean().optional() }),
          response: { 200: z.any().describe('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await writeGuardianLetter(
          db,
          actorOf(request),
          request.params.alertId,
          request.body,
          clock.now(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(Buffer.from(pdf));
      },
    );
  };
