// A written notice as its recipient received it (decision 123): the PDF kept when it was sent, read from
// the recipient's own inbox item. Opening it marks the item read (the receipt the case shows) and is an
// audited read of the pupil's data.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';

export async function readCaseNotice(db: Db, actor: Actor, itemId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const item = await tx
      .selectFrom('inbox_item')
      .select(['id', 'notice_id', 'read_at'])
      .where('id', '=', itemId)
      .where('user_id', '=', actor.userId)
      .where('kind', '=', 'notice')
      .executeTakeFirst();
    const notice = item?.notice_id
      ? await tx.selectFrom('case_notice').selectAll().where('id', '=', item.notice_id).executeTakeFirst()
      : undefined;
    if (!item || !notice) throw new AppError('not_found', 'Fant ikke meldingen.');
    if (!item.read_at) await tx.updateTable('inbox_item').set({ read_at: now }).where('id', '=', item.id).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.notice.read',
        pupilId: notice.pupil_id,
        entity: 'case_notice',
        entityId: notice.id,
        caseId: notice.case_id,
        details: { caseId: notice.case_id, noticeId: notice.id },
      },
    ]);
    return { pdf: new Uint8Array(notice.pdf), fileName: notice.file_name };
  });
}
