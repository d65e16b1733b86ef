import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { errorBody, fileBody } from '../../contract/common';
import {
  movementExportQuery,
  movementQuery,
  movementReviewResponse,
  reviewSchoolQuery,
  trinnMeetingQuery,
  trinnExportQuery,
  trinnMeetingResponse,
  weeklyExportQuery,
  weeklyReviewResponse,
} from '../../contract/reviews';
import { getWeeklyReview } from '../use-cases/get-weekly-review';
import { getTrinnMeeting } from '../use-cases/get-trinn-meeting';
import { getMovementReview } from '../use-cases/get-movement-review';
import {
  movementDocument,
  reviewPdf,
  reviewXlsxRows,
  trinnDocument,
  weeklyDocument,
  type ReviewDocument,
} from '../presenters/reviews';
import { writeXlsx } from '../xlsx/write-xlsx';
import { asciiFileName } from '../pdf/file-name';
import { authErrors } from './schemas';
import { actorOf, type RouteDeps } from './deps';

// The reviews of 004 §1.1 (3) (issue 19 item 2, decisions 139–142): each as JSON for its screen and as an XLSX or
// PDF export with the same policy action and the same figures; an export is audited as an export.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sendExport(reply: FastifyReply, doc: ReviewDocument, format: 'xlsx' | 'pdf', now: Date) {
  const fileName = asciiFileName(`${doc.fileBase}.${format}`);
  const bytes = format === 'xlsx' ? writeXlsx(doc.title, reviewXlsxRows(doc)) : await reviewPdf(doc, now);
  return reply
    .header('content-type', format === 'xlsx' ? XLSX : 'application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(Buffer.from(bytes));
}

const fileResponses = { 200: fileBody(`${XLSX} eller application/pdf`), 400: errorBody, 404: errorBody, ...authErrors };

export const reviewRoutes =
  ({ db, clock, content }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reviews/weekly',
      {
        config: { action: 'reviews.weekly.read' },
        schema: {
          summary: 'Ukegjennomgangen i ledergruppa: skolen denne uka mot de fire før, saker, evalueringer, bekymringer',
          tags: ['gjennomganger'],
          querystring: reviewSchoolQuery,
          response: { 200: weeklyReviewResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getWeeklyReview(db, content, actorOf(request), request.query, clock.now()),
    );
    app.get(
      '/api/reviews/weekly/export',
      {
        config: { action: 'reviews.weekly.read' },
        schema: {
          summary: 'Ukegjennomgangen som XLSX eller PDF',
          tags: ['gjennomganger'],
          querystring: weeklyExportQuery,
          response: fileResponses,
        },
      },
      async (request, reply) => {
        const now = clock.now();
        const review = await getWeeklyReview(db, content, actorOf(request), request.query, now, 'reviews.export');
        return sendExport(reply, weeklyDocument(review), request.query.format, now);
      },
    );
    app.get(
      '/api/reviews/trinn',
      {
        config: { action: 'reviews.trinn.read' },
        schema: {
          summary: 'Trinnmøtet: elevene på trinnet med bekymring, nye siden forrige møte, med neste steg',
          tags: ['gjennomganger'],
          querystring: trinnMeetingQuery,
          response: { 200: trinnMeetingResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getTrinnMeeting(db, content, actorOf(request), request.query, clock.now()),
    );
    app.get(
      '/api/reviews/trinn/export',
      {
        config: { action: 'reviews.trinn.read' },
        schema: {
          summary: 'Trinnmøtet som XLSX eller PDF',
          tags: ['gjennomganger'],
          querystring: trinnExportQuery,
          response: fileResponses,
        },
      },
      async (request, reply) => {
        const now = clock.now();
        const meeting = await getTrinnMeeting(db, content, actorOf(request), request.query, now, 'reviews.export');
        return sendExport(reply, trinnDocument(meeting), request.query.format, now);
      },
    );
    for (const [path, kind, action] of [
      ['monthly', 'maned', 'reviews.monthly.read'],
      ['semester', 'semester', 'reviews.semester.read'],
    ] as const) {
      app.get(
        `/api/reviews/${path}`,
        {
          config: { action },
          schema: {
            summary:
              kind === 'maned'
                ? 'Ressursteamets månedsgjennomgang: bevegelse i fraværet de siste fire ukene mot de fire før'
                : 'Semestergjennomgangen: bevegelse i fraværet per trinn og klasse gjennom semesteret',
            tags: ['gjennomganger'],
            querystring: movementQuery,
            response: { 200: movementReviewResponse, 400: errorBody, 404: errorBody, ...authErrors },
          },
        },
        async (request) => getMovementReview(db, actorOf(request), kind, request.query, clock.now()),
      );
      app.get(
        `/api/reviews/${path}/export`,
        {
          config: { action },
          schema: {
            summary: `${kind === 'maned' ? 'Månedsgjennomgangen' : 'Semestergjennomgangen'} som XLSX eller PDF`,
            tags: ['gjennomganger'],
            querystring: movementExportQuery,
            response: fileResponses,
          },
        },
        async (request, reply) => {
          const now = clock.now();
          const review = await getMovementReview(db, actorOf(request), kind, request.query, now, 'reviews.export');
          return sendExport(reply, movementDocument(review), request.query.format, now);
        },
      );
    }
  };
