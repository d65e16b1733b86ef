// The inbox, the e-mail choices and the outbox (issue 18 items 1–2, decisions 123–126).
import type {
  InboxUnreadResponse,
  ListInboxResponse,
  MailOutboxResponse,
  NoticePreferencesResponse,
  SaveNoticePreferencesBody,
} from '../../contract';
import { download, id, request } from './client';

export type InboxEntry = ListInboxResponse['items'][number];
export type NoticePreferences = NoticePreferencesResponse;
export type OutboxMail = MailOutboxResponse['mails'][number];

/** Told to the header's badge when the inbox changed on this page (an item read). */
export const INBOX_CHANGED = 'naervaer:innboks-endret';

export const inboxApi = {
  list: () => request<ListInboxResponse>('/api/inbox'),
  unread: () => request<InboxUnreadResponse>('/api/inbox/unread'),
  markRead: (itemId: string) => request<void>(`/api/inbox/${id(itemId)}/read`, { method: 'POST', body: {} }),
  notice: (itemId: string) => download(`/api/inbox/${id(itemId)}/notice`),
  preferences: () => request<NoticePreferencesResponse>('/api/inbox/preferences'),
  savePreferences: (body: SaveNoticePreferencesBody) =>
    request<NoticePreferencesResponse>('/api/inbox/preferences', { method: 'PUT', body }),
  outbox: () => request<MailOutboxResponse>('/api/mail-outbox'),
};
