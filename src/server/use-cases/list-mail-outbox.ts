// The outbox as the administrator sees it (decision 126): each e-mail's and SMS's kind, state, tries and the
// last error, and whom it is to — never any content, which they do not have. An SMS goes to a guardian, shown
// as «Foresatt» only: the name beside «not reported» would tell whose child was away (decision 136).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';

export const OUTBOX_LIMIT = 200;

export async function listMailOutbox(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const rows = await tx
      .selectFrom('mail_outbox as m')
      .leftJoin('app_user as u', 'u.id', 'm.user_id')
      .select([
        'm.id',
        'm.kind',
        'm.state',
        'm.attempts',
        'm.next_attempt_at',
        'm.last_error',
        'm.created_at',
        'm.sent_at',
        'm.channel',
        'u.display_name',
      ])
      .orderBy('m.created_at', 'desc')
      .limit(OUTBOX_LIMIT)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      attempts: r.attempts,
      nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
      lastError: r.last_error,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      channel: r.channel,
      recipient: r.channel === 'sms' || !r.display_name ? 'Foresatt' : r.display_name,
    }));
  });
}
