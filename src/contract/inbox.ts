import { z } from 'zod';
import { idParam } from './common';
import { INBOX_KINDS, MAIL_MODES, MAIL_STATES } from './enums';

// The inbox, the e-mail choices and the outbox (issue 18 items 1–2, decisions 123–126).

// GET /api/inbox
export const inboxItem = z.object({
  id: idParam,
  kind: z.enum(INBOX_KINDS),
  createdAt: z.string().describe('Når meldingen kom (ISO 8601)'),
  read: z.boolean(),
  about: z
    .object({
      caseId: idParam.nullable(),
      pupilName: z.string(),
      className: z.string(),
      schoolName: z.string(),
    })
    .nullable()
    .describe('Eleven og skolen, bare når mottakeren har lov til å se saken'),
  caseLink: z.string().nullable().describe('Siden arbeidet gjøres på, når mottakeren kan åpne den'),
  notice: z.object({ level: z.number().int(), fileName: z.string() }).nullable(),
  taskText: z.string().nullable(),
  child: z
    .object({ pupilId: idParam, firstName: z.string(), day: z.string().describe('Skoledagen (ÅÅÅÅ-MM-DD)') })
    .nullable()
    .describe('Foresattes varsel samme dag: barnet og dagen, aldri skolen (beslutning 134)'),
});
export type InboxItem = z.infer<typeof inboxItem>;
export const listInboxResponse = z.object({ items: z.array(inboxItem), unread: z.number().int() });
export type ListInboxResponse = z.infer<typeof listInboxResponse>;

// GET /api/inbox/unread
export const inboxUnreadResponse = z.object({ unread: z.number().int() });
export type InboxUnreadResponse = z.infer<typeof inboxUnreadResponse>;

// POST /api/inbox/:itemId/read, GET /api/inbox/:itemId/notice
export const inboxItemParams = z.object({ itemId: idParam });
// POST /api/inbox/:itemId/read — nothing to say but the item (an empty object, so no body is ever unexpected).
export const markInboxReadBody = z.object({}).strict();
export type MarkInboxReadBody = z.input<typeof markInboxReadBody>;

// GET/PUT /api/inbox/preferences
export const noticePreference = z
  .object({
    kind: z.enum(INBOX_KINDS),
    mode: z.enum(MAIL_MODES),
    hour: z.number().int().min(0).max(23).nullable(),
  })
  .refine((p) => p.mode !== 'daily' || p.hour !== null, {
    message: 'Velg klokkeslett for oppsummeringen',
    path: ['hour'],
  });
export const noticePreferencesResponse = z.object({
  email: z.string().nullable(),
  hasEmail: z.boolean(),
  preferences: z.array(noticePreference),
});
export type NoticePreferencesResponse = z.infer<typeof noticePreferencesResponse>;
export const saveNoticePreferencesBody = z.object({
  email: z
    .union([z.literal(''), z.string().trim().max(254).email('Skriv en e-postadresse, for eksempel navn@kommune.no')])
    .nullable()
    .optional()
    .describe('Brukerens e-postadresse for varsler; tom fjerner den'),
  preferences: z.array(noticePreference).max(INBOX_KINDS.length),
});
export type SaveNoticePreferencesBody = z.input<typeof saveNoticePreferencesBody>;

// GET /api/mail-outbox
export const mailOutboxResponse = z.object({
  mails: z.array(
    z.object({
      id: idParam,
      kind: z.enum([...INBOX_KINDS, 'summary']),
      state: z.enum(MAIL_STATES),
      attempts: z.number().int(),
      nextAttemptAt: z.string(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
      channel: z.enum(['email', 'sms']).describe('E-post, eller SMS til en foresatt (beslutning 136)'),
      recipient: z.string(),
    }),
  ),
});
export type MailOutboxResponse = z.infer<typeof mailOutboxResponse>;
