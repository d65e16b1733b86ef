// The HTTP edge: Fastify with zod schemas, OpenAPI, sessions, CSRF, the policy check, errors mapped
// to HTTP once, and the built web app. Routes stay thin: parse → who is asking → one use-case → present.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DatabaseBusyError, isDatabaseUnavailable, type Db } from '../db/create-db';
import type { Actor } from './actor';
import { loadSession, SESSION_COOKIE, sameSecret, type PendingSession } from './auth/sessions';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { loadContent, type Content } from './content/load-content';
import { writeDenial } from './audit';
import { AppError, busyMessage, unavailableMessage } from './errors';
import { messageLanguageOf } from './messages/reader-language';
import { translateDetails, translateMessage } from './messages/translate';
import { isAllowed, type Action } from './policies';
import { authRoutes } from './routes/auth';
import { oidcRoutes } from './routes/oidc';
import { classRoutes } from './routes/classes';
import { guardianRoutes } from './routes/guardians';
import { pupilPageRoutes } from './routes/pupil-page';
import { documentRoutes } from './routes/documents';
import { healthPartnerRoutes } from './routes/health-partner';
import { demoRoutes } from './routes/demo';
import { inboxRoutes } from './routes/inbox';
import { healthRoutes } from './routes/health';
import { pupilRoutes } from './routes/pupils';
import { absenceRoutes } from './routes/absence';
import { adaptationRoutes } from './routes/adaptations';
import { importRoutes } from './routes/imports';
import { settingsRoutes } from './routes/settings';
import { caseRoutes } from './routes/cases';
import { homeRoutes } from './routes/home';
import { consentRoutes } from './routes/consents';
import { privacyRoutes } from './routes/privacy';
import { archiveRoutes } from './routes/archive';
import { oversightRoutes } from './routes/oversight';
import { reviewRoutes } from './routes/reviews';
import { ruleEditorRoutes } from './routes/rule-editor';
import { userRoutes } from './routes/users';
import { auditLogRoutes } from './routes/audit-log';
import { formRoutes } from './routes/forms';
import { measureRoutes } from './routes/measures';
import { planRoutes } from './routes/plans';
import { schoolEnvironmentRoutes } from './routes/school-environment';
import { decisionRoutes } from './routes/decisions';
import { rosterRoutes } from './routes/roster';
import { identityRoutes } from './routes/identity';
import { kommuneRoutes } from './routes/kommune';
import { validatorCompiler } from './routes/schemas';

declare module 'fastify' {
  interface FastifyInstance {
    /** The municipal content this app was built with. */
    content: Content;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionExpired: boolean;
    /** A session that still awaits its second login step (TOTP): it grants nothing. */
    pendingSession: PendingSession | null;
  }
  interface FastifyContextConfig {
    /** The policy-table action this route performs; required unless `public`. A misspelt action does not compile. */
    action?: Action;
    public?: boolean;
    /** Also open to a session awaiting its TOTP step (with that session's CSRF token): the step itself and logout. */
    secondFactorStep?: boolean;
  }
}

/**
 * `wallClock` (real time unless a test moves it) runs the per-address login limit; `clock` may be fixed by
 * NAERVAER_NOW. `webRoot`: the built web app (default dist/web); a test may point it elsewhere.
 */
export type AppDeps = {
  config: Config;
  db: Db;
  clock: Clock;
  wallClock?: Clock;
  webRoot?: string;
  /** The municipal content (src/server/content), loaded at start; the shipped content unless told. */
  content?: Content;
};
export type App = FastifyInstance;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The web app needs nothing from elsewhere (fonts and icons are bundled; data: is for inline SVG icons).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// Swagger UI at /api/docs (public): its own scripts and styles, served from here. It sets styles from
// script (allowed), and draws its icons as data: images; 'Try it out' calls the API on this origin. The
// one inline <style> is its logo's two fill colours, allowed by its hash. Checked in Chromium: the page
// renders every operation and runs a request with no violation (tests/security/docs-csp.browser.test.ts).
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// HTTPS only, for a year, in production: browsers ignore it over plain http, and the demo on localhost
// must not pin localhost to https. Subdomains are left out: the kommune's other hosts are not ours.
const HSTS = 'max-age=31536000';

// Validation messages in Norwegian (zod ships a Norwegian locale).
z.config(z.locales.no());

export async function buildApp({
  config,
  db,
  clock,
  wallClock = systemClock,
  webRoot: webRootOption,
  content = loadContent(),
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    trustProxy: config.trustProxy,
    // A URL that cannot be decoded (%FF, a lone surrogate) is refused before routing: in Norwegian, like every other error.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      const appError = toAppError(error);
      void reply
        .status(appError.httpStatus)
        .header('Cache-Control', 'no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .send({
          error: { code: appError.code, message: translateMessage(appError.message, messageLanguageOf(request)) },
        });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('pendingSession', null);
  app.decorate('content', content);

  // Deny by default: an API route must name its policy action or declare itself public.
  // Each API route with its success schema, for the tests (the contract test checks it is the contract's).
  const apiRoutes: { method: string; url: string; success: unknown }[] = [];
  app.decorate('naervaerRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.url === '/api/openapi.json')
      return;
    const responses = (route.schema?.response ?? {}) as Record<string, unknown>;
    const success = responses[200] ?? responses[201] ?? responses[204] ?? responses[303];
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, success });
    const cfg = route.config ?? {};
    if (!cfg.public && !cfg.action && !cfg.secondFactorStep)
      throw new Error(
        `Ruten ${route.method} ${route.url} mangler handling i policy-tabellen (config.action) eller public: true`,
      );
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Nærvær API',
        version: '0.1.0',
        description: 'API for Nærvær. Alle svar er på norsk bokmål; feil har formen { error: { code, message } }.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  // No validator badge: it would fetch an image from validator.swagger.io.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    else reply.header('Content-Security-Policy', CSP);
    if (request.url.startsWith('/api/docs')) reply.header('Content-Security-Policy', DOCS_CSP);
    if (config.mode === 'production') reply.header('Strict-Transport-Security', HSTS);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    // Only the API needs the session: the web app's files are served without a database round trip,
    // so the app still loads, and says what is wrong, while the database is unreachable.
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const found = await loadSession(db, token, clock.now(), {
        idleMs: config.sessionIdleMs,
        absoluteMs: config.sessionAbsoluteMs,
      });
      if (found && 'actor' in found) request.actor = { ...found.actor, clientIp: request.ip };
      else if (found && 'pending' in found) request.pendingSession = found.pending;
      else if (found && 'expired' in found) request.sessionExpired = true;
    }
  });

  // Who is asking, and may they: before the body is read or validated (it runs after the session lookup
  // above), so an anonymous caller gets 401 and never the field-level details of a validation error.
  app.addHook('onRequest', async (request) => {
    const cfg = request.routeOptions.config;
    // Only API routes (not the web app's static files, whose wildcard also matches /api/… paths).
    const route = request.routeOptions.url ?? '';
    if (request.is404 || !route.startsWith('/api/') || route.startsWith('/api/docs')) {
      if (request.url.startsWith('/api/') && !route.startsWith('/api/'))
        throw new AppError('not_found', 'Fant ikke ressursen.');
      return;
    }
    if (STATE_CHANGING.has(request.method)) checkOrigin(request);
    if (cfg.public) return;
    const actor = request.actor;
    if (!actor && request.pendingSession && cfg.secondFactorStep) {
      checkCsrf(request, request.pendingSession.csrfToken);
      return;
    }
    if (!actor) {
      throw new AppError(
        'unauthenticated',
        request.pendingSession
          ? 'Innloggingen er ikke fullført. Skriv inn engangskoden fra autentiseringsappen, eller logg inn på nytt.'
          : request.sessionExpired
            ? 'Økten er utløpt. Logg inn på nytt.'
            : 'Du må logge inn for å bruke Nærvær.',
      );
    }
    checkCsrf(request, actor.csrfToken);
    if (!cfg.action || !isAllowed(cfg.action, actor)) throw new AppError('forbidden', 'Du har ikke tilgang til dette.');
  });

  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error, request.routeOptions.bodyLimit);
    if (appError.code === 'internal') request.log.error({ err: error }, 'ukjent feil');
    // A refusal of a logged-in user (the policy table's 403, or a 404 for an id they may not see) leaves
    // an audit row, once, here: the use-case's own transaction has already rolled back (decision 053).
    const action = request.routeOptions.config.action;
    if (request.actor && action && (appError.code === 'forbidden' || appError.code === 'not_found')) {
      await writeDenial(
        db,
        request.actor,
        { action, method: request.method, params: (request.params ?? {}) as Record<string, unknown> },
        clock.now(),
      ).catch((err: unknown) => request.log.error({ err }, 'kunne ikke logge avvist forespørsel'));
    }
    // While the database cannot be reached, a client may try again shortly (the pool reconnects by itself).
    if (appError.code === 'unavailable') void reply.header('Retry-After', '5');
    // Written in bokmål where it arose; read in the reader's language (decision 199).
    const language = messageLanguageOf(request);
    return reply
      .status(appError.httpStatus)
      .header('Cache-Control', 'no-store')
      .send({
        error: {
          code: appError.code,
          message: translateMessage(appError.message, language),
          ...(appError.details ? { details: translateDetails(appError.details, language) } : {}),
        },
      });
  });

  const deps = { config, db, clock, wallClock, content };
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(oidcRoutes(deps));
  await app.register(classRoutes(deps));
  await app.register(guardianRoutes(deps));
  await app.register(pupilPageRoutes(deps));
  await app.register(documentRoutes(deps));
  await app.register(pupilRoutes(deps));
  await app.register(absenceRoutes(deps));
  await app.register(adaptationRoutes(deps));
  await app.register(importRoutes(deps));
  await app.register(settingsRoutes(deps));
  await app.register(ruleEditorRoutes(deps));
  await app.register(homeRoutes(deps));
  await app.register(caseRoutes(deps));
  await app.register(consentRoutes(deps));
  await app.register(privacyRoutes(deps));
  await app.register(archiveRoutes(deps));
  await app.register(oversightRoutes(deps));
  await app.register(reviewRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(auditLogRoutes(deps));
  await app.register(rosterRoutes(deps));
  await app.register(identityRoutes(deps));
  await app.register(kommuneRoutes(deps));
  await app.register(formRoutes(deps));
  await app.register(planRoutes(deps));
  await app.register(schoolEnvironmentRoutes(deps));
  await app.register(decisionRoutes(deps));
  await app.register(measureRoutes(deps));
  await app.register(demoRoutes(deps));
  await app.register(inboxRoutes(deps));
  await app.register(healthPartnerRoutes(deps));

  const webRoot = resolve(webRootOption ?? 'dist/web');
  if (existsSync(webRoot)) {
    // wildcard: files are looked up per request, so a rebuild while the server runs is served too.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      cacheControl: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each text asset (vite.config.ts); send the one the browser takes.
      preCompressed: true,
      // Never a source map, should one be left in the folder: it is the whole source (decision 110).
      allowedPath: (path) => !path.endsWith('.map'),
      setHeaders: (res, path) => {
        // Vite's asset names carry a content hash: cache them for good; index.html never.
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isFile = path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
    if (path.startsWith('/api/') || isFile || request.method !== 'GET' || !existsSync(resolve(webRoot, 'index.html'))) {
      void reply
        .status(404)
        .header('Cache-Control', 'no-store')
        .send({
          error: {
            code: 'not_found',
            message: translateMessage('Fant ikke siden eller ressursen.', messageLanguageOf(request)),
          },
        });
      return;
    }
    // The single-page app owns every other GET path.
    void reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });

  return app;
}

/** A state-changing request must carry the session's CSRF token. */
function checkCsrf(request: FastifyRequest, expected: string): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameSecret(sent, expected)) {
    throw new AppError(
      'csrf',
      'Forespørselen manglet gyldig sikkerhetsnøkkel (CSRF). Last siden på nytt og prøv igjen.',
    );
  }
}

/** A state-changing request from a browser must come from our own origin. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  const expected = `${request.protocol}://${request.host}`;
  if (origin !== expected) throw new AppError('forbidden', 'Forespørselen kom fra en annen nettside og ble avvist.');
}

/** Any error as the AppError the client sees: a 4xx for everything the request got wrong, 500 only for our own faults. */
function toAppError(error: unknown, bodyLimit?: number): AppError {
  if (error instanceof AppError) return error;
  // A lost or refused database connection: the transaction it met has been rolled back (decision 070).
  if (error instanceof DatabaseBusyError) return new AppError('unavailable', busyMessage);
  if (isDatabaseUnavailable(error)) return new AppError('unavailable', unavailableMessage);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(v.params?.issue ? '' : ''),
      message: v.message,
    }));
    return new AppError(
      'validation',
      // The message is read by people: the fields' names stay in details, where the web app puts their labels.
      `Ugyldig forespørsel: ${[...new Set(fields.map((f) => f.message))].join('; ')}`,
      { fields },
    );
  }
  const e = error as { code?: string; statusCode?: number; status?: number };
  const status = e.statusCode ?? e.status;
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    const limit = bodyLimit
      ? `: høyst ${(bodyLimit / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB kan sendes hit`
      : '';
    return new AppError(
      'payload_too_large',
      `Innholdet er for stort${limit}. Send mindre om gangen, eller del fila opp.`,
    );
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
    return new AppError('unsupported_media_type', 'Innholdet må sendes som JSON (Content-Type: application/json).');
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return new AppError('validation', 'Forespørselen er ikke gyldig JSON.');
  if (e.code === 'FST_ERR_BAD_URL')
    return new AppError(
      'validation',
      'Adressen inneholder tegn som ikke kan leses (ugyldig prosentkoding). Sjekk lenken.',
    );
  // The web app's static files refuse a path that climbs out of their folder (403): no such page. NUL in the path is their 400.
  if (status === 404 || status === 403) return new AppError('not_found', 'Fant ikke siden eller ressursen.');
  if (status !== undefined && status >= 400 && status < 500)
    return new AppError('validation', 'Forespørselen er ikke gyldig. Sjekk adressen og innholdet.');
  return new AppError('internal', 'Noe gikk galt hos oss. Prøv igjen om litt; vedvarer feilen, kontakt support.');
}
