// The receipts of a case's written notices (decision 123): to whom each went, and whether and when each
// recipient opened it. Read through naervaer_notice_receipts (migration 0033), which shows these facts of
// other people's inboxes and nothing else.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';

export async function noticeReceipts(tx: Tx, caseId: string) {
  const notices = await tx
    .selectFrom('case_notice as n')
    .innerJoin('app_user as u', 'u.id', 'n.sent_by')
    .select(['n.id', 'n.recipient', 'n.level', 'n.sent_at', 'u.display_name'])
    .where('n.case_id', '=', caseId)
    .orderBy('n.sent_at')
    .execute();
  if (!notices.length) return [];
  const receipts = (
    await sql<{ notice_id: string; user_id: string; read_at: Date | null; name: string }>`
      select r.notice_id, r.user_id, r.read_at, u.display_name as name
      from naervaer_notice_receipts(${caseId}::uuid) r join app_user u on u.id = r.user_id
      order by u.display_name`.execute(tx)
  ).rows;
  return notices.map((n) => ({
    id: n.id,
    to: n.recipient,
    level: n.level,
    sentAt: new Date(n.sent_at).toISOString(),
    sentBy: n.display_name,
    receipts: receipts
      .filter((r) => r.notice_id === n.id)
      .map((r) => ({ name: r.name, readAt: r.read_at ? new Date(r.read_at).toISOString() : null })),
  }));
}
