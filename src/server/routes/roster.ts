// The roster screen's API (issue 16 item 2, decisions 082 and 083): upload a OneRoster bundle (zip) or
// Nærvær's templates (a zip of them), see what would change, apply it; and the templates themselves.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TEMPLATE_COLUMNS, TEMPLATE_NAMES, type TemplateName } from '../../domain/roster/template';
import { AppError } from '../errors';
import { uploadTables } from '../roster/read-bundle';
import { syncRoster } from '../use-cases/sync-roster';
import { actorOf, type RouteDeps } from './deps';
import { errorBody } from '../../contract/common';
import {
  listRosterTemplatesResponse,
  ROSTER_PROBLEMS_LISTED,
  rosterTemplateQuery,
  rosterTemplateResponse,
  syncRosterBody,
  syncRosterQuery,
  syncRosterResponse,
} from '../../contract/roster';
import { authErrors } from './schemas';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream', 'text/csv', XLSX];
/** A template file: its header and one example line in the help's words, semicolon-separated for Excel. */
function templateCsv(name: TemplateName): string {
  const columns = TEMPLATE_COLUMNS[name];
  return `\uFEFF${columns.map((c) => c.name).join(';')}\r\n`;
}

export const rosterRoutes =
  ({ config, db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // A whole kommune's bundle zipped is a few MB (Oslo's about 8 MB); 100 MB leaves room, and what it
    // unpacks to is limited while it is read (read-bundle.ts).
    app.addContentTypeParser(TYPES, { parseAs: 'buffer', bodyLimit: 100 * 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );

    const sync = async (
      request: {
        body: unknown;
        query: { name: string };
      } & Parameters<typeof actorOf>[0],
      dryRun: boolean,
    ) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError('unsupported_media_type', 'Send fila som application/zip, text/csv eller XLSX.');
      const actor = actorOf(request);
      const tables = await uploadTables(request.query.name, request.body);
      const out = await syncRoster(
        db,
        {
          kommuneId: actor.kommuneId,
          userId: actor.userId,
          role: [...new Set(actor.roles.map((r) => r.role))].join(','),
        },
        tables,
        { dryRun, allowSynthetic: config.allowSyntheticIds, now: clock.now(), idHashKey: config.idHashKey },
      );
      const { timings: _timings, ...rest } = out;
      return { ...rest, problems: out.problems.slice(0, ROSTER_PROBLEMS_LISTED), problemCount: out.problems.length };
    };

    const upload = {
      querystring: syncRosterQuery,
      body: syncRosterBody,
      response: { 200: syncRosterResponse, 400: errorBody, 413: errorBody, 415: errorBody, ...authErrors },
    };

    app.post(
      '/api/roster/preview',
      {
        config: { action: 'roster.manage' },
        schema: {
          summary: 'Prøvekjøring av en elevregister-synkronisering (ingenting skrives)',
          description:
            'Send en OneRoster 1.1/1.2-pakke (zip) eller Nærværs maler (zip) som kroppen. Svaret viser per skole hva som ville bli nytt, endret og slutte, med antall og de første radene, eller feilene (fil, linje, kolonne, årsak).',
          tags: ['elevregister'],
          ...upload,
        },
      },
      async (request) => sync(request, true),
    );

    app.post(
      '/api/roster/apply',
      {
        config: { action: 'roster.manage' },
        schema: {
          summary: 'Synkroniser fra elevregisteret (alt eller ingenting)',
          description:
            'Samme fil som til prøvekjøringen. Har én rad feil, endres ingenting og feilene står i svaret (applied: false).',
          tags: ['elevregister'],
          ...upload,
        },
      },
      async (request) => sync(request, false),
    );

    app.get(
      '/api/roster/templates',
      {
        config: { action: 'roster.manage' },
        schema: {
          summary: 'Nærværs maler for elevregisteret, med hjelp til hver kolonne',
          tags: ['elevregister'],
          response: {
            200: listRosterTemplatesResponse,
            ...authErrors,
          },
        },
      },
      async () => TEMPLATE_NAMES.map((name) => ({ name, columns: TEMPLATE_COLUMNS[name] })),
    );

    app.get(
      '/api/roster/template.csv',
      {
        config: { action: 'roster.manage' },
        schema: {
          summary: 'Én mal som CSV (semikolon, UTF-8 med BOM for Excel)',
          tags: ['elevregister'],
          querystring: rosterTemplateQuery,
          response: { 200: rosterTemplateResponse, ...authErrors },
        },
      },
      async (request, reply) => {
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.query.name}.csv"`);
        return templateCsv(request.query.name);
      },
    );
  };
