import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { whatIfRuleProfile } from '../use-cases/what-if-rule-profile';
import { listDefinitionVersions } from '../use-cases/list-definition-versions';
import { actorOf, type RouteDeps } from './deps';
import { osloDate } from '../clock';
import { errorBody } from '../../contract/common';
import {
  ladderVersionsParams,
  ladderVersionsResponse,
  ruleProfileVersionsParams,
  ruleProfileVersionsResponse,
  ruleProfileWhatIfBody,
  ruleProfileWhatIfParams,
  ruleProfileWhatIfResponse,
} from '../../contract/rule-editor';

export const ruleEditorRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/rule-profiles/:profileId/what-if',
      {
        // Only the one who may save a profile tries a draft of it.
        config: { action: 'rule-profiles.write' },
        schema: {
          summary: 'Hva om: elever med bekymring per skole de siste åtte ukene, med utkastet og med dagens regler',
          description:
            'Utkastet valideres som ved lagring, men lagres ikke. Bare samlede tall: et tall fra 1–4 elever, eller et som ville avsløre et slikt, er null («under 5», beslutning 128). Logges som lesing.',
          tags: ['regelprofiler'],
          params: ruleProfileWhatIfParams,
          body: ruleProfileWhatIfBody,
          response: { 200: ruleProfileWhatIfResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) =>
        whatIfRuleProfile(
          db,
          content,
          actorOf(request),
          request.params.profileId,
          request.body,
          osloDate(clock.now()),
          clock.now(),
        ),
    );

    app.get(
      '/api/rule-profiles/:profileId/versions',
      {
        config: { action: 'rule-profiles.read' },
        schema: {
          summary: 'Versjonene av kommunens egen regelprofil, nyeste først',
          tags: ['regelprofiler'],
          params: ruleProfileVersionsParams,
          response: { 200: ruleProfileVersionsResponse, ...authErrors },
        },
      },
      async (request) => listDefinitionVersions(db, actorOf(request), 'profile', request.params.profileId),
    );

    app.get(
      '/api/ladders/:ladderId/versions',
      {
        config: { action: 'rule-profiles.read' },
        schema: {
          summary: 'Versjonene av kommunens egen tiltakstrapp, nyeste først',
          tags: ['tiltakstrapper'],
          params: ladderVersionsParams,
          response: { 200: ladderVersionsResponse, ...authErrors },
        },
      },
      async (request) => listDefinitionVersions(db, actorOf(request), 'ladder', request.params.ladderId),
    );
  };
