import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listUnusedAccounts } from '../use-cases/list-unused-accounts';
import { setUserDisabled } from '../use-cases/set-user-disabled';
import { resetSecondFactor } from '../use-cases/reset-second-factor';
import { LIST_LIMIT, listAccounts } from '../use-cases/list-accounts';
import { addStaffAccount } from '../use-cases/add-staff-account';
import { changeAccountRoles } from '../use-cases/change-account-roles';
import { issuePasswordLink } from '../use-cases/issue-password-link';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  listAccountsQuery,
  listAccountsResponse,
  addStaffAccountBody,
  addStaffAccountResponse,
  changeAccountRolesParams,
  changeAccountRolesBody,
  changeAccountRolesResponse,
  issuePasswordLinkParams,
  issuePasswordLinkBody,
  issuePasswordLinkResponse,
  listUnusedAccountsResponse,
  setUserDisabledParams,
  setUserDisabledBody,
  setUserDisabledResponse,
  resetSecondFactorParams,
  resetSecondFactorResponse,
} from '../../contract/users';

const present = ({ id, username, link }: { id: string; username: string; link: { url: string; expiresAt: Date } }) => ({
  id,
  username,
  link: { url: link.url, expiresAt: link.expiresAt.toISOString() },
});

export const userRoutes =
  ({ config, db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/users',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Kontoene i kommunen med roller (søkbar)',
          description: `Alle kontoer unntatt foresatte (eller bare én sort med kind), søk på navn eller brukernavn (alle ordene må finnes). Høyst ${LIST_LIMIT} kontoer i svaret; total sier hvor mange som passer.`,
          tags: ['brukere'],
          querystring: listAccountsQuery,
          response: {
            200: listAccountsResponse,
            400: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => listAccounts(db, actorOf(request), request.query),
    );

    app.post(
      '/api/users',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Ny ansattkonto med skoleroller ved skolene du administrerer',
          description:
            'Kontoen får ikke passord: svaret har en engangslenke (gyldig i 72 timer) som personen åpner for å velge passord. Lenken vises bare her. Loggføres.',
          tags: ['brukere'],
          body: addStaffAccountBody,
          response: { 200: addStaffAccountResponse, 400: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        present(
          await addStaffAccount(
            db,
            actorOf(request),
            request.body,
            clock.now(),
            config.publicUrl ?? `${request.protocol}://${request.host}`,
          ),
        ),
    );

    app.put(
      '/api/users/:userId/roles',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Erstatt brukerens roller ved skolene du administrerer',
          description:
            'Roller ved andre skoler og i tjenester beholdes. Bygger på versjonen skjermen viste: er kontoen endret siden, lagres ingenting (409). Loggføres med før og etter.',
          tags: ['brukere'],
          params: changeAccountRolesParams,
          body: changeAccountRolesBody,
          response: {
            200: changeAccountRolesResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => changeAccountRoles(db, actorOf(request), request.params.userId, request.body, clock.now()),
    );

    app.post(
      '/api/users/:userId/password-link',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Ny engangslenke for å sette passord',
          description:
            'For en bruker med rolle ved skolen du administrerer. Tidligere lenker slutter å virke. Lenken vises bare i svaret. Loggføres.',
          tags: ['brukere'],
          params: issuePasswordLinkParams,
          body: issuePasswordLinkBody,
          response: { 200: issuePasswordLinkResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) =>
        present(
          await issuePasswordLink(
            db,
            actorOf(request),
            request.params.userId,
            clock.now(),
            config.publicUrl ?? `${request.protocol}://${request.host}`,
          ),
        ),
    );

    app.get(
      '/api/users/unused',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Aktive kontoer som ikke er brukt på lenge (til gjennomgang)',
          description:
            'Kontoer i kommunen uten fullført innlogging (eller, aldri brukt, opprettet) de siste NAERVAER_UNUSED_ACCOUNT_DAYS dagene.',
          tags: ['brukere'],
          response: {
            200: listUnusedAccountsResponse,
            ...authErrors,
          },
        },
      },
      async (request) => listUnusedAccounts(db, actorOf(request), clock.now(), config.unusedAccountDays),
    );

    app.put(
      '/api/users/:userId/disabled',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Deaktiver eller aktiver en bruker i kommunen',
          description: 'Deaktivering avslutter alle brukerens økter med en gang. Loggføres.',
          tags: ['brukere'],
          params: setUserDisabledParams,
          body: setUserDisabledBody,
          response: {
            200: setUserDisabledResponse,
            400: errorBody,
            404: errorBody,
            409: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        setUserDisabled(db, actorOf(request), request.params.userId, request.body.disabled, clock.now()),
    );

    app.delete(
      '/api/users/:userId/totp',
      {
        config: { action: 'users.manage' },
        schema: {
          summary: 'Nullstill brukerens autentiseringsapp (mistet mobil)',
          description: 'Neste innlogging gir en ny nøkkel å registrere. Alle brukerens økter avsluttes. Loggføres.',
          tags: ['brukere'],
          params: resetSecondFactorParams,
          response: {
            200: resetSecondFactorResponse,
            404: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) => resetSecondFactor(db, actorOf(request), request.params.userId, clock.now()),
    );
  };
