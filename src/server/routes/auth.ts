import type { FastifyReply, FastifyRequest } from 'fastify';
import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endSession, loadSession, SESSION_COOKIE } from '../auth/sessions';
import { AppError } from '../errors';
import { logIn } from '../use-cases/log-in';
import { confirmSecondFactor } from '../use-cases/confirm-second-factor';
import { PhantomLockout } from '../auth/lockout';
import { getMe } from '../use-cases/get-me';
import { setPassword } from '../use-cases/set-password';
import { setMyLanguage } from '../use-cases/set-my-language';
import { actorOf, type RouteDeps } from './deps';
import { noContent, errorBody } from '../../contract/common';
import { FailureLimiter, type Attempt } from '../auth/rate-limit';
import { serverTimeOf } from './demo';
import { passwordCost, prepareDummy } from '../auth/password';
import {
  loginBody,
  loginResponse,
  confirmSecondFactorBody,
  confirmSecondFactorResponse,
  setPasswordBody,
  setPasswordResponse,
  getMeResponse,
  setMyLanguageBody,
  setMyLanguageResponse,
} from '../../contract/auth';

export const authRoutes =
  ({ config, db, clock, wallClock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const sessionPolicy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
    // Failures per client address, on real time: NAERVAER_NOW stops the application clock, not the minute.
    const limiter = new FailureLimiter(wallClock);
    const phantoms = new PhantomLockout();
    const maxSessions = config.maxSessionsPerUser;
    // The first unknown name should not also pay for making the dummy it is verified against.
    prepareDummy(passwordCost(config.mode)).catch((err: unknown) =>
      app.log.error({ err }, 'kunne ikke lage sammenligningshashen'),
    );

    /** Runs one login step as an attempt from the client's address: refusals count, successes and outages do not. */
    const asAttempt = async <T>(request: FastifyRequest, step: () => Promise<T>): Promise<T> => {
      const attempt: Attempt = await limiter.begin(request.ip);
      try {
        const result = await step();
        attempt.succeeded();
        return result;
      } catch (error) {
        if (error instanceof AppError && ['unauthenticated', 'locked', 'forbidden'].includes(error.code))
          attempt.failed();
        else attempt.succeeded();
        throw error;
      }
    };

    const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure,
      });

    app.post(
      '/api/auth/login',
      {
        config: { public: true },
        schema: {
          summary: 'Logg inn med brukernavn og passord',
          description:
            'Tar ren JSON uten CSRF-nøkkel: beskyttet av SameSite-informasjonskapsel, Origin-sjekk og krav om Content-Type application/json. Gir en ny økt-id ved hver innlogging. ' +
            'Alle unntatt foresatte (og demobrukere i demomodus) får så `secondFactor`: økten gir ingen tilgang før engangskoden er sendt til /api/auth/totp. ' +
            'Uten registrert app får brukeren en ny hemmelighet (`enrol`) som bekreftes med første kode.',
          tags: ['innlogging'],
          body: loginBody,
          response: {
            200: loginResponse,
            400: errorBody,
            401: errorBody,
            403: errorBody,
            415: errorBody,
            423: errorBody,
            429: errorBody,
          },
        },
      },
      async (request, reply) => {
        const now = clock.now();
        const previous = request.actor ?? request.pendingSession;
        const { token, secondFactor: challenge } = await asAttempt(request, () =>
          logIn({ db, now, mode: config.mode, previous, phantoms, maxSessions }, request.body),
        );
        const found = await loadSession(db, token, now, sessionPolicy);
        setCookie(request, reply, token);
        if (challenge && found && 'pending' in found)
          return { secondFactor: challenge, csrfToken: found.pending.csrfToken };
        if (!found || !('actor' in found)) throw new AppError('internal', 'Innloggingen kunne ikke fullføres.');
        return {
          user: await getMe(db, found.actor),
          csrfToken: found.actor.csrfToken,
          time: serverTimeOf(config, clock),
        };
      },
    );

    app.post(
      '/api/auth/totp',
      {
        config: { secondFactorStep: true },
        schema: {
          summary: 'Andre innloggingssteg: engangskode fra autentiseringsappen',
          description:
            'Bare for en økt som venter på engangskoden (etter /api/auth/login), med x-csrf-token fra det svaret. Gyldig kode gir en ny, full økt; feil koder teller som mislykkede innlogginger.',
          tags: ['innlogging'],
          body: confirmSecondFactorBody,
          response: {
            200: confirmSecondFactorResponse,
            400: errorBody,
            401: errorBody,
            403: errorBody,
            423: errorBody,
            429: errorBody,
          },
        },
      },
      async (request, reply) => {
        const now = clock.now();
        const pending = request.pendingSession;
        if (!pending) throw new AppError('unauthenticated', 'Innloggingen er avbrutt. Logg inn på nytt.');
        const { token } = await asAttempt(request, () =>
          confirmSecondFactor(db, pending, request.body.code, now, maxSessions),
        );
        const found = await loadSession(db, token, now, sessionPolicy);
        if (!found || !('actor' in found)) throw new AppError('internal', 'Innloggingen kunne ikke fullføres.');
        setCookie(request, reply, token);
        return {
          user: await getMe(db, found.actor),
          csrfToken: found.actor.csrfToken,
          time: serverTimeOf(config, clock),
        };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { action: 'auth.logout', secondFactorStep: true },
        schema: {
          summary: 'Logg ut (avslutter økten, også en som venter på engangskoden)',
          tags: ['innlogging'],
          response: { 204: noContent, ...authErrors },
        },
      },
      async (request, reply) => {
        const current = request.actor ?? request.pendingSession;
        if (current) await endSession(db, current, clock.now());
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password-setup',
      {
        config: { public: true },
        schema: {
          summary: 'Sett eget passord med en engangslenke',
          description:
            'Lenken fra «naervaer user create» (eller en ny lenke fra administratoren) har brukernavnet og en engangskode i fragmentet (#…), som nettleseren aldri sender til serveren; siden sender dem hit én gang. ' +
            'Lenken virker én gang og i 72 timer. Gjelder beskyttelsen som innloggingen (SameSite, Origin, JSON); feil koder teller som mislykkede forsøk fra adressen.',
          tags: ['innlogging'],
          body: setPasswordBody,
          response: {
            200: setPasswordResponse,
            400: errorBody,
            401: errorBody,
            415: errorBody,
            429: errorBody,
          },
        },
      },
      async (request) => asAttempt(request, () => setPassword(db, config.mode, request.body, clock.now())),
    );

    app.get(
      '/api/auth/me',
      {
        config: { action: 'auth.me' },
        schema: {
          summary: 'Den innloggede brukeren',
          tags: ['innlogging'],
          response: { 200: getMeResponse, ...authErrors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return { user: await getMe(db, actor), csrfToken: actor.csrfToken, time: serverTimeOf(config, clock) };
      },
    );

    app.put(
      '/api/auth/me/language',
      {
        config: { action: 'account.language.set' },
        schema: {
          summary: 'Velg eget språk i Nærvær: bokmål, nynorsk eller engelsk',
          description:
            '`null` følger kommunens målform (eller, for foresatte, familiespråket skolen har registrert). Gjelder fra neste forespørsel. Loggføres.',
          tags: ['innlogging'],
          body: setMyLanguageBody,
          response: { 200: setMyLanguageResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => setMyLanguage(db, actorOf(request), request.body.language, clock.now()),
    );
  };
