import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chooseRuleProfile } from '../use-cases/choose-rule-profile';
import { getSchoolSettings } from '../use-cases/get-school-settings';
import { saveSkolerute } from '../use-cases/save-skolerute';
import { listRuleProfiles } from '../use-cases/list-rule-profiles';
import { saveRuleProfile } from '../use-cases/save-rule-profile';
import { getClassTimetable } from '../use-cases/get-class-timetable';
import { replaceClassTimetable } from '../use-cases/replace-class-timetable';
import { chooseLadder } from '../use-cases/choose-ladder';
import { listLadders } from '../use-cases/list-ladders';
import { saveLadder } from '../use-cases/save-ladder';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam, isoDate } from './schemas';

const closed = z.array(z.object({ from: isoDate, to: isoDate, name: z.string().trim().min(1, 'Gi perioden et navn') }));
const profileSummary = z.object({ id: z.string(), name: z.string(), origin: z.enum(['kommune', 'levert']) });

export const settingsRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/schools/:schoolId/settings',
      {
        config: { action: 'school.settings.read' },
        schema: {
          summary: 'Skolens skolerute for inneværende skoleår og valgt regelprofil',
          tags: ['skole'],
          params: z.object({ schoolId: idParam }),
          response: {
            200: z.object({
              school: z.object({
                id: z.string(),
                name: z.string(),
                ruleProfile: z.string(),
                ladder: z.string(),
                version: z.number().int(),
              }),
              schoolYear: z.number().int(),
              calendar: z
                .object({
                  schoolYear: z.number().int(),
                  firstDay: z.string(),
                  lastDay: z.string(),
                  springStarts: z.string(),
                  closed,
                  version: z.number().int(),
                })
                .nullable(),
              profiles: z.array(profileSummary),
              ladders: z.array(profileSummary),
            }),
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => getSchoolSettings(db, actorOf(request), request.params.schoolId, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/calendar',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Lagre skoleruta for et skoleår (helligdager stenges automatisk)',
          tags: ['skole'],
          params: z.object({ schoolId: idParam }),
          body: z.object({
            schoolYear: z.number().int().min(2000).max(2100),
            firstDay: isoDate,
            lastDay: isoDate,
            springStarts: isoDate,
            closed,
            version: z.number().int().positive().optional(),
          }),
          response: {
            200: z.object({ version: z.number().int() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => saveSkolerute(db, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/rule-profile',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Velg regelprofilen skolen følger',
          tags: ['skole'],
          params: z.object({ schoolId: idParam }),
          body: z.object({ ruleProfile: z.string().min(1), version: z.number().int().positive() }),
          response: {
            200: z.object({ ruleProfile: z.string(), version: z.number().int() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => chooseRuleProfile(db, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.get(
      '/api/rule-profiles',
      {
        config: { action: 'rule-profiles.read' },
        schema: {
          summary: 'Regelprofiler: kommunens egne og de leverte',
          tags: ['regelprofiler'],
          response: {
            200: z.object({
              profiles: z.array(
                z.object({
                  id: z.string(),
                  origin: z.enum(['kommune', 'levert']),
                  definition: z.unknown(),
                  version: z.number().int().nullable(),
                }),
              ),
            }),
            ...authErrors,
          },
        },
      },
      async (request) => ({ profiles: await listRuleProfiles(db, actorOf(request)) }),
    );

    app.put(
      '/api/rule-profiles/:profileId',
      {
        config: { action: 'rule-profiles.write' },
        schema: {
          summary: 'Lagre kommunens egen regelprofil (valideres mot samme skjema som de leverte)',
          tags: ['regelprofiler'],
          params: z.object({
            profileId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Bare små bokstaver a–z, sifre og bindestrek'),
          }),
          body: z.object({ definition: z.unknown(), version: z.number().int().positive().optional() }),
          response: {
            200: z.object({ id: z.string(), version: z.number().int() }),
            400: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => saveRuleProfile(db, actorOf(request), request.params.profileId, request.body, clock.now()),
    );

    const lesson = z.object({
      weekday: z.number().int().min(1).max(5),
      period: z.number().int().min(1).max(12),
      subject: z.string().trim().min(1, 'Skriv faget').max(100),
      teacherId: idParam.nullable(),
    });
    const timetable = z.object({
      classId: z.string(),
      className: z.string(),
      version: z.number().int(),
      lessons: z.array(lesson),
    });

    app.get(
      '/api/classes/:classId/timetable',
      {
        config: { action: 'absence.read' },
        schema: {
          summary: 'Klassens timeplan',
          tags: ['skole'],
          params: z.object({ classId: idParam }),
          response: { 200: timetable, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getClassTimetable(db, actorOf(request), request.params.classId),
    );

    app.put(
      '/api/classes/:classId/timetable',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Erstatt klassens timeplan (krever klassens versjon)',
          tags: ['skole'],
          params: z.object({ classId: idParam }),
          body: z.object({ lessons: z.array(lesson).max(60), version: z.number().int().positive() }),
          response: {
            200: z.object({ version: z.number().int() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => replaceClassTimetable(db, actorOf(request), request.params.classId, request.body, clock.now()),
    );

    app.get(
      '/api/ladders',
      {
        config: { action: 'rule-profiles.read' },
        schema: {
          summary: 'Tiltakstrapper: kommunens egne og de leverte',
          tags: ['tiltakstrapper'],
          response: {
            200: z.object({
              ladders: z.array(
                z.object({
                  id: z.string(),
                  origin: z.enum(['kommune', 'levert']),
                  definition: z.unknown(),
                  version: z.number().int().nullable(),
                }),
              ),
            }),
            ...authErrors,
          },
        },
      },
      async (request) => ({ ladders: await listLadders(db, actorOf(request)) }),
    );

    app.put(
      '/api/ladders/:ladderId',
      {
        config: { action: 'rule-profiles.write' },
        schema: {
          summary: 'Lagre kommunens egen tiltakstrapp (valideres mot samme skjema som de leverte)',
          tags: ['tiltakstrapper'],
          params: z.object({
            ladderId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Bare små bokstaver a–z, sifre og bindestrek'),
          }),
          body: z.object({ definition: z.unknown(), version: z.number().int().positive().optional() }),
          response: {
            200: z.object({ id: z.string(), version: z.number().int() }),
            400: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => saveLadder(db, actorOf(request), request.params.ladderId, request.body, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/ladder',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Velg tiltakstrappa skolen følger for nye saker',
          tags: ['skole'],
          params: z.object({ schoolId: idParam }),
          body: z.object({ ladder: z.string().min(1), version: z.number().int().positive() }),
          response: {
            200: z.object({ ladder: z.string(), version: z.number().int() }),
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => chooseLadder(db, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );
  };
