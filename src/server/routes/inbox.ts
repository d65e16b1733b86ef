import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, fileBody, noContent } from '../../contract/common';
import {
  inboxItemParams,
  markInboxReadBody,
  inboxUnreadResponse,
  listInboxResponse,
  mailOutboxResponse,
  noticePreferencesResponse,
  saveNoticePreferencesBody,
} from '../../contract/inbox';
import { countUnread, listInbox } from '../use-cases/list-inbox';
import { markInboxRead } from '../use-cases/mark-inbox-read';
import { readCaseNotice } from '../use-cases/read-case-notice';
import { getNoticePreferences, saveNoticePreferences } from '../use-cases/save-notice-preferences';
import { listMailOutbox } from '../use-cases/list-mail-outbox';
import { authErrors } from './schemas';
import { actorOf, sendPdf, type RouteDeps } from './deps';

// The inbox, the e-mail choices and the outbox (issue 18 items 1–2, decisions 123–126).
export const inboxRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/inbox',
      {
        config: { action: 'inbox.read' },
        schema: {
          summary: 'Innboksen: det som venter på brukeren, nyeste først',
          tags: ['innboks'],
          response: { 200: listInboxResponse, ...authErrors },
        },
      },
      async (request) => {
        const { items, unread } = await listInbox(db, actorOf(request), clock.now());
        return {
          unread,
          items: items.map((i) => ({
            id: i.id,
            kind: i.kind,
            createdAt: i.createdAt.toISOString(),
            read: i.read,
            about: i.about && {
              caseId: i.about.caseId,
              pupilName: i.about.pupilName,
              className: i.about.className,
              schoolName: i.about.schoolName,
            },
            caseLink: i.caseLink,
            notice: i.notice && { level: i.notice.level, fileName: i.notice.fileName },
            taskText: i.taskText,
            child: i.child,
          })),
        };
      },
    );

    app.get(
      '/api/inbox/unread',
      {
        config: { action: 'inbox.read' },
        schema: {
          summary: 'Hvor mange uleste meldinger innboksen har (for merket i toppen)',
          tags: ['innboks'],
          response: { 200: inboxUnreadResponse, ...authErrors },
        },
      },
      async (request) => countUnread(db, actorOf(request), clock.now()),
    );

    app.post(
      '/api/inbox/:itemId/read',
      {
        config: { action: 'inbox.write' },
        schema: {
          summary: 'Merk en melding i innboksen som lest',
          tags: ['innboks'],
          params: inboxItemParams,
          body: markInboxReadBody,
          response: { 204: noContent, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        await markInboxRead(db, actorOf(request), request.params.itemId, clock.now());
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/inbox/:itemId/notice',
      {
        config: { action: 'inbox.read' },
        schema: {
          summary: 'Den skriftlige meldingen fra en sak som PDF, slik den ble sendt (merker den som lest)',
          tags: ['innboks'],
          params: inboxItemParams,
          response: { 200: fileBody('application/pdf'), 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await readCaseNotice(db, actorOf(request), request.params.itemId, clock.now());
        return sendPdf(reply, pdf, fileName);
      },
    );

    app.get(
      '/api/inbox/preferences',
      {
        config: { action: 'inbox.read' },
        schema: {
          summary: 'Brukerens valg av e-post per type melding',
          tags: ['innboks'],
          response: { 200: noticePreferencesResponse, ...authErrors },
        },
      },
      async (request) => getNoticePreferences(db, actorOf(request)),
    );

    app.put(
      '/api/inbox/preferences',
      {
        config: { action: 'inbox.write' },
        schema: {
          summary: 'Lagre brukerens valg av e-post per type melding',
          tags: ['innboks'],
          body: saveNoticePreferencesBody,
          response: { 200: noticePreferencesResponse, 400: errorBody, ...authErrors },
        },
      },
      async (request) => saveNoticePreferences(db, actorOf(request), request.body),
    );

    app.get(
      '/api/mail-outbox',
      {
        config: { action: 'mail.outbox.read' },
        schema: {
          summary: 'Utboksen for e-post: hver e-posts tilstand, forsøk og siste feil (uten innhold)',
          tags: ['innboks'],
          response: { 200: mailOutboxResponse, ...authErrors },
        },
      },
      async (request) => ({ mails: await listMailOutbox(db, actorOf(request)) }),
    );
  };
