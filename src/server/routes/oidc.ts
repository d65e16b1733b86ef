// Sign-in with OpenID Connect (decision 084): the login page's buttons, the start (a redirect to the
// provider) and the callback (a session, then a redirect into the app). The browser arrives at both by
// navigation, so a refusal is a redirect to the login page with an error code, whose Norwegian text is
// in the web app (`oidc.errors.<code>`).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { discover, endSessionUrl, OidcRefusal } from '../auth/oidc';
import { enabledProviders } from '../auth/oidc-store';
import { endSession, SESSION_COOKIE } from '../auth/sessions';
import { otpauthUri } from '../auth/totp';
import { systemClock } from '../clock';
import { AppError } from '../errors';
import { finishOidcLogin } from '../use-cases/finish-oidc-login';
import { startOidcLogin, OIDC_LOGIN_MS } from '../use-cases/start-oidc-login';
import type { RouteDeps } from './deps';
import type { Config } from '../config';
import { authErrors } from './schemas';
import { errorBody, redirect } from '../../contract/common';
import {
  finishOidcLoginQuery,
  listOidcProvidersResponse,
  oidcLogoutResponse,
  oidcSecondFactorResponse,
  startOidcLoginParams,
} from '../../contract/oidc';

/** The browser's half of the state: binds the callback to the browser that started the sign-in. */
export const OIDC_STATE_COOKIE = 'naervaer_oidc_state';
const CALLBACK_PATH = '/api/auth/oidc/callback';

/** Where Nærvær is reached: the configured public address, or the one the request came to. */
export const publicBase = (config: Config, request: FastifyRequest) =>
  (config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');

/** The redirect URI a provider is told about: the callback at Nærvær's public address. */
export const oidcCallbackUrl = (config: Config, request: FastifyRequest) =>
  `${publicBase(config, request)}${CALLBACK_PATH}`;

export const oidcRoutes =
  ({ config, db, clock, wallClock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const baseUrl = (request: FastifyRequest) => publicBase(config, request);
    const secure = (request: FastifyRequest) =>
      config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;
    // openid-client judges the ID token's expiry on Date.now(); Nærvær's wall clock may be set apart (tests).
    const clockSkewSeconds = () => Math.round((wallClock.now().getTime() - systemClock.now().getTime()) / 1000);
    const toLoginPage = (reply: FastifyReply, code: string) =>
      reply.redirect(`/logg-inn?oidc-feil=${encodeURIComponent(code)}`, 303);

    app.get(
      '/api/auth/oidc/providers',
      {
        config: { public: true },
        schema: {
          summary: 'Innloggingstjenestene (Feide, ID-porten, HelseID) som er satt opp',
          tags: ['innlogging'],
          response: {
            200: listOidcProvidersResponse,
          },
        },
      },
      async () =>
        (await enabledProviders(db)).map((p) => ({
          slug: p.slug,
          name: p.display_name,
          kind: p.kind as 'feide' | 'idporten' | 'helseid',
        })),
    );

    app.get(
      '/api/auth/oidc/:provider/start',
      {
        config: { public: true },
        schema: {
          summary: 'Start innlogging hos en innloggingstjeneste',
          description:
            'Sender nettleseren til tjenesten (authorization code med PKCE, state og nonce). State lagres på serveren (bare som hash, brukes én gang, gyldig i ti minutter) og i en kortlivet informasjonskapsel i nettleseren.',
          tags: ['innlogging'],
          params: startOidcLoginParams,
          response: { 303: redirect },
        },
      },
      async (request, reply) => {
        try {
          const { url, state } = await startOidcLogin(
            { db, config, now: clock.now(), clockSkewSeconds: clockSkewSeconds() },
            request.params.provider,
            `${baseUrl(request)}${CALLBACK_PATH}`,
          );
          // SameSite=Lax: the provider sends the browser back by a top-level navigation from its own site.
          reply.setCookie(OIDC_STATE_COOKIE, state, {
            path: '/api/auth/oidc',
            httpOnly: true,
            sameSite: 'lax',
            secure: secure(request),
            maxAge: OIDC_LOGIN_MS / 1000,
          });
          return reply.redirect(url, 303);
        } catch (error) {
          if (error instanceof OidcRefusal) {
            request.log.warn({ reason: error.code }, 'innlogging kunne ikke startes');
            return toLoginPage(reply, error.code);
          }
          if (error instanceof AppError && error.code === 'not_found') return toLoginPage(reply, 'unknown-provider');
          throw error;
        }
      },
    );

    app.get(
      CALLBACK_PATH,
      {
        config: { public: true },
        schema: {
          summary: 'Tilbake fra innloggingstjenesten',
          description:
            'Løser inn koden, sjekker ID-tokenet (signatur, utsteder, mottaker, nonce, utløp) og finner personen: Feide og HelseID på brukernavnet, ID-porten på fødselsnummeret (pid) gjennom en nøklet hash. ' +
            'Gir en ny økt og sender nettleseren inn i Nærvær, eller til innloggingssiden med en feilkode. Sterk innlogging hos tjenesten erstatter engangskoden.',
          tags: ['innlogging'],
          querystring: finishOidcLoginQuery,
          response: { 303: redirect },
        },
      },
      async (request, reply) => {
        const now = clock.now();
        const callbackUrl = new URL(request.url, baseUrl(request));
        const cookieState = request.cookies[OIDC_STATE_COOKIE];
        reply.clearCookie(OIDC_STATE_COOKIE, { path: '/api/auth/oidc' });
        try {
          const result = await finishOidcLogin(
            {
              db,
              config,
              now,
              clockSkewSeconds: clockSkewSeconds(),
              maxSessions: config.maxSessionsPerUser,
              previous: request.actor ?? request.pendingSession,
              clientIp: request.ip,
            },
            { callbackUrl: new URL(`${baseUrl(request)}${CALLBACK_PATH}${callbackUrl.search}`), cookieState },
          );
          reply.setCookie(SESSION_COOKIE, result.token, {
            path: '/',
            httpOnly: true,
            sameSite: 'strict',
            secure: secure(request),
          });
          return reply.redirect(result.secondFactor ? '/logg-inn?oidc=engangskode' : '/', 303);
        } catch (error) {
          if (error instanceof OidcRefusal) {
            // The reason only: never a claim, a token or a national id.
            request.log.warn({ reason: error.code }, 'innlogging avvist');
            return toLoginPage(reply, error.code);
          }
          throw error;
        }
      },
    );

    app.get(
      '/api/auth/oidc/second-factor',
      {
        config: { secondFactorStep: true },
        schema: {
          summary: 'Engangskoden etter innlogging hos en tjeneste uten sterk innlogging',
          description:
            'For en økt som venter på engangskoden: om brukeren skal registrere autentiseringsappen (med hemmeligheten) eller skrive koden, og CSRF-nøkkelen til /api/auth/totp.',
          tags: ['innlogging'],
          response: {
            200: oidcSecondFactorResponse,
            401: errorBody,
          },
        },
      },
      async (request) => {
        const pending = request.pendingSession;
        if (!pending) throw new AppError('unauthenticated', 'Innloggingen er avbrutt. Logg inn på nytt.');
        return db.withContext({ kommuneId: pending.kommuneId, userId: pending.userId }, async (tx) => {
          const row = await tx
            .selectFrom('user_session')
            .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
            .select(['user_session.totp_enrol_secret', 'app_user.username'])
            .where('user_session.id', '=', pending.sessionId)
            .executeTakeFirstOrThrow();
          return {
            secondFactor: row.totp_enrol_secret
              ? {
                  kind: 'enrol' as const,
                  secret: row.totp_enrol_secret,
                  otpauthUri: otpauthUri(row.totp_enrol_secret, row.username),
                }
              : { kind: 'totp' as const },
            csrfToken: pending.csrfToken,
          };
        });
      },
    );

    app.post(
      '/api/auth/oidc/logout',
      {
        config: { action: 'auth.logout', secondFactorStep: true },
        schema: {
          summary: 'Logg ut, og få adressen som logger ut hos innloggingstjenesten',
          description:
            'Avslutter Nærvær-økten som /api/auth/logout. Kom økten gjennom en innloggingstjeneste med utloggingsadresse, er `endSessionUrl` adressen som også avslutter økten der.',
          tags: ['innlogging'],
          response: { 200: oidcLogoutResponse, ...authErrors },
        },
      },
      async (request, reply) => {
        const current = request.actor ?? request.pendingSession;
        const ended = current ? await endSession(db, current, clock.now()) : null;
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        if (!current || !ended?.oidcProviderId) return { endSessionUrl: null };
        const provider = await db.withContext({ kommuneId: current.kommuneId }, (tx) =>
          tx.selectFrom('oidc_provider').selectAll().where('id', '=', ended.oidcProviderId!).executeTakeFirst(),
        );
        if (!provider) return { endSessionUrl: null };
        try {
          const configuration = await discover(provider, config, clockSkewSeconds());
          return { endSessionUrl: endSessionUrl(configuration, ended.oidcIdToken, `${baseUrl(request)}/logg-inn`) };
        } catch {
          // The Nærvær session has ended; the provider's cannot be offered now.
          return { endSessionUrl: null };
        }
      },
    );
  };
