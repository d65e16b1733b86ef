// Putting things in people's inboxes (decision 124) and their e-mails in the outbox (decision 126), in the
// transaction of the use-case that caused them: both are written or neither is. An item names ids only;
// an e-mail names nothing but the kind of thing waiting (no pupil, no school, no absence).
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Tx } from '../../db/create-db';
import { nextSummaryAt, type InboxKind } from '../../domain/inbox/inbox';
import { osloDate } from '../clock';

export type NewInboxItem = {
  userId: string;
  kind: InboxKind;
  caseId?: string | null;
  pupilId?: string | null;
  noticeId?: string | null;
  taskId?: string | null;
  /** What makes two items the same one (one per user): the kind and what it is about, by default. */
  dedupeKey?: string;
};

/** Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function osloOffsetMinutes(at: Date): number {
  const local = OSLO_PARTS.formatToParts(at).reduce<Record<string, string>>((o, p) => ((o[p.type] = p.value), o), {});
  const asUtc = Date.UTC(
    Number(local.year),
    Number(local.month) - 1,
    Number(local.day),
    Number(local.hour) % 24,
    Number(local.minute),
    Number(local.second),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}
const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The host part of every Message-ID Nærvær writes. */
export const MESSAGE_ID_HOST = 'naervaer.invalid';

/**
 * Puts each item in its user's inbox (an item already there is left as it is) and, for a user with an
 * e-mail address who has not said no to the kind, an e-mail in the outbox: at once, or in the daily
 * summary at the user's hour (one summary per user and day, however many items it takes).
 */
export async function notify(tx: Tx, kommuneId: string, items: NewInboxItem[], now: Date): Promise<void> {
  const unique = new Map<string, NewInboxItem & { dedupeKey: string }>();
  for (const item of items) {
    const dedupeKey = item.dedupeKey ?? `${item.kind}:${item.noticeId ?? item.taskId ?? item.caseId ?? ''}`;
    unique.set(`${item.userId}|${dedupeKey}`, { ...item, dedupeKey });
  }
  if (!unique.size) return;
  const list = [...unique.values()];
  // The insert meets other users' items (ON CONFLICT reads them), which the owner-only policy hides; the
  // setting lets this one statement through (migration 0033), and is cleared straight after.
  await sql`select set_config('naervaer.inbox_all', 'on', true)`.execute(tx);
  const inserted = await tx
    .insertInto('inbox_item')
    .values(
      list.map((i) => ({
        id: randomUUID(),
        kommune_id: kommuneId,
        user_id: i.userId,
        kind: i.kind,
        case_id: i.caseId ?? null,
        pupil_id: i.pupilId ?? null,
        notice_id: i.noticeId ?? null,
        task_id: i.taskId ?? null,
        dedupe_key: i.dedupeKey,
        created_at: now,
        read_at: null,
        done_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  await sql`select set_config('naervaer.inbox_all', '', true)`.execute(tx);
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) return;
  const userIds = [...new Set(list.map((i) => i.userId))];
  const users = await tx
    .selectFrom('app_user')
    .select(['id', 'email'])
    .where('id', 'in', userIds)
    .where('disabled_at', 'is', null)
    .execute();
  const withAddress = new Set(users.filter((u) => u.email?.includes('@')).map((u) => u.id));
  if (!withAddress.size) return;
  const prefs = await tx
    .selectFrom('notice_preference')
    .select(['user_id', 'kind', 'mode', 'hour'])
    .where('user_id', 'in', [...withAddress])
    .execute();
  const prefOf = (userId: string, kind: InboxKind) =>
    prefs.find((p) => p.user_id === userId && p.kind === kind) ?? { mode: 'now' as const, hour: null };
  type OutboxRow = Insertable<Database['mail_outbox']>;
  const mails = list.flatMap((i): OutboxRow[] => {
    if (!withAddress.has(i.userId)) return [];
    const pref = prefOf(i.userId, i.kind);
    if (pref.mode === 'none') return [];
    const id = randomUUID();
    if (pref.mode === 'daily' && pref.hour !== null) {
      const at = nextSummaryAt(now, pref.hour, osloOffsetMinutes);
      const day = osloDate(at);
      return [
        {
          id,
          kommune_id: kommuneId,
          user_id: i.userId,
          kind: 'summary',
          dedupe_key: `summary:${day}`,
          message_id: `<${id}@${MESSAGE_ID_HOST}>`,
          next_attempt_at: at,
          last_error: null,
          created_at: now,
          sent_at: null,
        },
      ];
    }
    return [
      {
        id,
        kommune_id: kommuneId,
        user_id: i.userId,
        kind: i.kind,
        dedupe_key: i.dedupeKey,
        message_id: `<${id}@${MESSAGE_ID_HOST}>`,
        next_attempt_at: now,
        last_error: null,
        created_at: now,
        sent_at: null,
      },
    ];
  });
  if (!mails.length) return;
  // A summary already waiting for that day takes the new item too; an item's own e-mail is written once.
  await tx
    .insertInto('mail_outbox')
    .values(mails)
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .execute();
}

/** The users holding a role at a school (or, without a school, anywhere in the kommune), who are not disabled. */
export async function usersWithRole(
  tx: Tx,
  role: 'skoleledelse' | 'avdelingsdirektor' | 'skoleeier',
  schoolId: string | null,
) {
  let q = tx
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select('u.id')
    .distinct()
    .where('r.role', '=', role)
    .where('u.disabled_at', 'is', null);
  if (schoolId) q = q.where('r.school_id', '=', schoolId);
  return (await q.execute()).map((r) => r.id);
}

/** The contact teachers of a class who are not disabled. */
export async function contactTeachersOf(tx: Tx, classId: string) {
  return (
    await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select('u.id')
      .distinct()
      .where('r.role', '=', 'kontaktlaerer')
      .where('r.class_id', '=', classId)
      .where('u.disabled_at', 'is', null)
      .execute()
  ).map((r) => r.id);
}
