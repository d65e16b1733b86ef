import { authErrors } from './schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors';
import { UPLOAD_LIMITS } from '../import/limits';
import { importAbsence, importProblems, LISTED_PROBLEMS } from '../use-cases/import-absence';
import { actorOf, type RouteDeps } from './deps';
import { fileBody, errorBody } from '../../contract/common';
import {
  importAbsenceQuery,
  importAbsenceResponse,
  importProblemsQuery,
  importProblemsResponse,
} from '../../contract/imports';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A report cell for a semicolon-separated file: quoted when it holds a separator, quote or line break. */
function reportCell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const importRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // The file is the request body as it is; 20 MB holds far more than a school year of events. What it
    // unpacks to, its rows, columns and cells are limited while it is read (decision 073).
    app.addContentTypeParser(
      ['text/csv', XLSX],
      { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );

    const fileOf = (request: { headers: Record<string, string | string[] | undefined>; body: unknown }) => {
      const header = request.headers['content-type'];
      const type = (typeof header === 'string' ? header : '').split(';')[0]!.trim();
      if (!Buffer.isBuffer(request.body))
        throw new AppError('unsupported_media_type', `Send fila som text/csv eller ${XLSX}.`);
      return { kind: type === XLSX ? ('xlsx' as const) : ('csv' as const), data: request.body };
    };

    app.post(
      '/api/imports',
      {
        config: { action: 'absence.import' },
        schema: {
          summary: 'Importer fravær fra CSV eller XLSX (alt eller ingenting)',
          description: `Send fila som forespørselens kropp med Content-Type text/csv eller ${XLSX}. Kolonner: student_id (skolens elevnummer), date, kind, subject, period, minutes, documented, reason. CSV kan være UTF-8, UTF-16 med BOM eller Windows-1252; svaret sier hvilket tegnsett som ble lest. Har én rad feil, importeres ingenting: svaret lister de første ${LISTED_PROBLEMS} feilene med linje, felt og årsak (details.rows) og antallet (details.total); alle står i rapporten fra POST /api/imports/problems. Rader som allerede finnes, legges ikke inn på nytt. Fila leses innenfor grenser (rader, kolonner, tegn i en celle, utpakket størrelse for XLSX); en fil over en grense avvises i sin helhet.`,
          tags: ['fravær'],
          querystring: importAbsenceQuery,
          body: fileBody('CSV- eller XLSX-fil'),
          response: {
            200: importAbsenceResponse,
            400: errorBody,
            404: errorBody,
            413: errorBody,
            415: errorBody,
            ...authErrors,
          },
        },
      },
      async (request) =>
        importAbsence(db, content, actorOf(request), request.query.schoolId, fileOf(request), clock.now(), undefined, {
          limits: UPLOAD_LIMITS,
        }),
    );

    app.post(
      '/api/imports/problems',
      {
        config: { action: 'absence.import' },
        schema: {
          summary: 'Alle feil i en importfil, som CSV (ingenting importeres)',
          description:
            'Send den samme fila som til POST /api/imports. Svaret er en semikolonseparert CSV-fil (UTF-8 med BOM, for Excel) med kolonnene Linje;Felt;Feil og én rad per feil. Ingenting lagres, verken fila eller feilene: rapporten lages på nytt fra fila hver gang.',
          tags: ['fravær'],
          querystring: importProblemsQuery,
          body: fileBody('CSV- eller XLSX-fil'),
          response: {
            200: importProblemsResponse,
            400: errorBody,
            404: errorBody,
            413: errorBody,
            415: errorBody,
            ...authErrors,
          },
        },
      },
      async (request, reply) => {
        const problems = await importProblems(
          db,
          content,
          actorOf(request),
          request.query.schoolId,
          fileOf(request),
          clock.now(),
          UPLOAD_LIMITS,
        );
        const lines = [
          'Linje;Felt;Feil',
          ...problems.map((p) => `${p.line};${reportCell(p.field)};${reportCell(p.reason)}`),
        ];
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="importfeil.csv"')
          .send(`\uFEFF${lines.join('\r\n')}\r\n`);
      },
    );
  };
