import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {} from 'zod';
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
import { setSameDayNoticeTime } from '../use-cases/set-same-day-notice-time';
import { setClassSameDayNotice } from '../use-cases/set-class-same-day-notice';
import { readerContent } from '../content/reader-content';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  getSchoolSettingsParams,
  getSchoolSettingsResponse,
  saveSkoleruteParams,
  saveSkoleruteBody,
  saveSkoleruteResponse,
  chooseRuleProfileParams,
  chooseRuleProfileBody,
  chooseRuleProfileResponse,
  listRuleProfilesResponse,
  saveRuleProfileParams,
  saveRuleProfileBody,
  saveRuleProfileResponse,
  getClassTimetableParams,
  getClassTimetableResponse,
  replaceClassTimetableParams,
  replaceClassTimetableBody,
  replaceClassTimetableResponse,
  listLaddersResponse,
  saveLadderParams,
  saveLadderBody,
  saveLadderResponse,
  chooseLadderParams,
  chooseLadderBody,
  chooseLadderResponse,
  setSameDayNoticeTimeParams,
  setSameDayNoticeTimeBody,
  setSameDayNoticeTimeResponse,
  setClassSameDayNoticeParams,
  setClassSameDayNoticeBody,
  setClassSameDayNoticeResponse,
} from '../../contract/settings';

export const settingsRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/schools/:schoolId/settings',
      {
        config: { action: 'school.settings.read' },
        schema: {
          summary: 'Skolens skolerute for inneværende skoleår og valgt regelprofil',
          tags: ['skole'],
          params: getSchoolSettingsParams,
          response: {
            200: getSchoolSettingsResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        getSchoolSettings(
          db,
          (await readerContent(db, content, actorOf(request))).content,
          actorOf(request),
          request.params.schoolId,
          clock.now(),
        ),
    );

    app.put(
      '/api/schools/:schoolId/calendar',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Lagre skoleruta for et skoleår (helligdager stenges automatisk)',
          tags: ['skole'],
          params: saveSkoleruteParams,
          body: saveSkoleruteBody,
          response: {
            200: saveSkoleruteResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        saveSkolerute(db, content, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/rule-profile',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Velg regelprofilen skolen følger',
          tags: ['skole'],
          params: chooseRuleProfileParams,
          body: chooseRuleProfileBody,
          response: {
            200: chooseRuleProfileResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        chooseRuleProfile(db, content, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.get(
      '/api/rule-profiles',
      {
        config: { action: 'rule-profiles.read' },
        schema: {
          summary: 'Regelprofiler: kommunens egne og de leverte',
          tags: ['regelprofiler'],
          response: {
            200: listRuleProfilesResponse,
            ...authErrors,
          },
        },
      },
      async (request) => {
        // The shipped profiles in the reader's written form (decision 179); the kommune's own as written.
        const shown = await readerContent(db, content, actorOf(request));
        return { profiles: await listRuleProfiles(db, shown.content, actorOf(request)) };
      },
    );

    app.put(
      '/api/rule-profiles/:profileId',
      {
        config: { action: 'rule-profiles.write' },
        schema: {
          summary: 'Lagre kommunens egen regelprofil (valideres mot samme skjema som de leverte)',
          tags: ['regelprofiler'],
          params: saveRuleProfileParams,
          body: saveRuleProfileBody,
          response: {
            200: saveRuleProfileResponse,
            400: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        saveRuleProfile(db, content, actorOf(request), request.params.profileId, request.body, clock.now()),
    );

    app.get(
      '/api/classes/:classId/timetable',
      {
        config: { action: 'absence.read' },
        schema: {
          summary: 'Klassens timeplan',
          tags: ['skole'],
          params: getClassTimetableParams,
          response: { 200: getClassTimetableResponse, 404: errorBody, ...authErrors },
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
          params: replaceClassTimetableParams,
          body: replaceClassTimetableBody,
          response: {
            200: replaceClassTimetableResponse,
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
            200: listLaddersResponse,
            ...authErrors,
          },
        },
      },
      async (request) => {
        const shown = (await readerContent(db, content, actorOf(request))).content;
        return {
          ladders: await listLadders(db, shown, actorOf(request)),
          forms: shown.forms.ids().map((id) => ({ id, title: shown.forms.latest(id)!.title })),
        };
      },
    );

    app.put(
      '/api/ladders/:ladderId',
      {
        config: { action: 'rule-profiles.write' },
        schema: {
          summary: 'Lagre kommunens egen tiltakstrapp (valideres mot samme skjema som de leverte)',
          tags: ['tiltakstrapper'],
          params: saveLadderParams,
          body: saveLadderBody,
          response: {
            200: saveLadderResponse,
            400: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => saveLadder(db, content, actorOf(request), request.params.ladderId, request.body, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/ladder',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Velg tiltakstrappa skolen følger for nye saker',
          tags: ['skole'],
          params: chooseLadderParams,
          body: chooseLadderBody,
          response: {
            200: chooseLadderResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        chooseLadder(db, content, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.put(
      '/api/schools/:schoolId/same-day-notice',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Klokkeslettet for varsel til foresatte samme dag (null: kommunens standard)',
          tags: ['skole'],
          params: setSameDayNoticeTimeParams,
          body: setSameDayNoticeTimeBody,
          response: {
            200: setSameDayNoticeTimeResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        setSameDayNoticeTime(db, content, actorOf(request), request.params.schoolId, request.body, clock.now()),
    );

    app.put(
      '/api/classes/:classId/same-day-notice',
      {
        config: { action: 'school.settings.write' },
        schema: {
          summary: 'Slå varsel til foresatte samme dag av eller på for en klasse',
          tags: ['skole'],
          params: setClassSameDayNoticeParams,
          body: setClassSameDayNoticeBody,
          response: {
            200: setClassSameDayNoticeResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => setClassSameDayNotice(db, actorOf(request), request.params.classId, request.body, clock.now()),
    );
  };
