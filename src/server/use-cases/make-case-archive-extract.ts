// An arkivuttrekk of one closed case, on demand (decision 223): the leadership or administrator of the case's
// school makes it again, say after a document was added late or the first one was lost before handover.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { osloDate } from '../clock';
import { makeArchiveExtract } from '../archive/make-extract';
import { archiveSchools } from '../archive/scope';
import type { Content } from '../content/load-content';
import { presentExtracts } from '../presenters/archive';

export async function makeCaseArchiveExtract(db: Db, content: Content, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const row = await tx
      .selectFrom('pupil_case')
      .select(['id', 'school_id', 'status', 'opened_at', 'last_activity_at'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!row || !archiveSchools(actor).includes(row.school_id)) throw new AppError('not_found', 'Fant ikke saken.');
    if (row.status !== 'closed')
      throw new AppError('conflict', 'Saken er ikke avsluttet. Arkivuttrekk lages av avsluttede saker.');
    const made = await makeArchiveExtract(
      tx,
      content,
      actor,
      {
        scope: 'case',
        reason: 'on-demand',
        schoolId: row.school_id,
        caseIds: [caseId],
        period: { from: osloDate(new Date(row.opened_at)), to: osloDate(new Date(row.last_activity_at)) },
      },
      now,
    );
    const [extract] = await presentExtracts(tx, { schoolIds: [row.school_id], extractId: made.id });
    return { extract: extract! };
  });
}
