import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listUnusedAccounts } from '../use-cases/list-unused-accounts';
import { setUserDisabled } from '../use-cases/set-user-disabled';
import { resetSecondFactor } from '../use-cases/reset-second-factor';
import { actorOf, type RouteDeps } from './deps';
import { authErrors, errorBody, idParam } from './schemas';

const kind = z.enum(['staff', 'municipal', 'service', 'guardian']);

export const userRoutes = ({ config, db, clock }: RouteDeps): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/users/unused', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Aktive kontoer som ikke er brukt på lenge (til gjennomgang)',
      description: 'Kontoer i kommunen uten fullført innlogging (eller, aldri brukt, opprettet) de siste NAERVAER_UNUSED_ACCOUNT_DAYS dagene.',
      tags: ['brukere'],
      response: {
        200: z.object({
          days: z.number().int(),
          before: z.string(),
          users: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), kind, lastLoginAt: z.string().nullable(), createdAt: z.string() })),
        }),
        ...authErrors,
      },
    },
  }, async (request) => listUnusedAccounts(db, actorOf(request), clock.now(), config.unusedAccountDays));

  app.put('/api/users/:userId/disabled', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Deaktiver eller aktiver en bruker i kommunen',
      description: 'Deaktivering avslutter alle brukerens økter med en gang. Loggføres.',
      tags: ['brukere'],
      params: z.object({ userId: idParam }),
      body: z.object({ disabled: z.boolean() }),
      response: {
        200: z.object({ id: z.string(), username: z.string(), displayName: z.string(), disabledAt: z.string().nullable(), sessionsEnded: z.number().int() }),
        400: errorBody, 404: errorBody, 409: errorBody, ...authErrors,
      },
    },
  }, async (request) => setUserDisabled(db, actorOf(request), request.params.userId, request.body.disabled, clock.now()));

  app.delete('/api/users/:userId/totp', {
    config: { action: 'users.manage' },
    schema: {
      summary: 'Nullstill brukerens autentiseringsapp (mistet mobil)',
      description: 'Neste innlogging gir en ny nøkkel å registrere. Alle brukerens økter avsluttes. Loggføres.',
      tags: ['brukere'],
      params: z.object({ userId: idParam }),
      response: { 200: z.object({ id: z.string(), sessionsEnded: z.number().int() }), 404: errorBody, ...authErrors },
    },
  }, async (request) => resetSecondFactor(db, actorOf(request), request.params.userId, clock.now()));
};
