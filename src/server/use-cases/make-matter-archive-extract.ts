// An arkivuttrekk of one closed school environment matter, on demand (decision 231): the matter is a saksmappe of
// its own (decision 187), made by the leadership or administrator of its school — when the matter closed outside
// a period already extracted, or the first extract was lost before handover. Refused while the matter is open.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { osloDate } from '../clock';
import { makeArchiveExtract } from '../archive/make-extract';
import { archiveSchools } from '../archive/scope';
import type { Content } from '../content/load-content';
import { presentExtracts } from '../presenters/archive';

export async function makeMatterArchiveExtract(db: Db, content: Content, actor: Actor, matterId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const row = await tx
      .selectFrom('school_environment_case')
      .select(['id', 'school_id', 'status', 'reported_at', 'closed_on'])
      .where('id', '=', matterId)
      .executeTakeFirst();
    if (!row || !archiveSchools(actor).includes(row.school_id))
      throw new AppError('not_found', 'Fant ikke skolemiljøsaken.');
    if (row.status !== 'closed' || !row.closed_on)
      throw new AppError(
        'conflict',
        'Skolemiljøsaken er ikke avsluttet. Arkivuttrekk lages av avsluttede skolemiljøsaker.',
      );
    const made = await makeArchiveExtract(
      tx,
      content,
      actor,
      {
        scope: 'matter',
        reason: 'on-demand',
        schoolId: row.school_id,
        caseIds: [],
        matterIds: [matterId],
        period: { from: osloDate(new Date(row.reported_at)), to: row.closed_on },
      },
      now,
    );
    const [extract] = await presentExtracts(tx, { schoolIds: [row.school_id], extractId: made.id });
    return { extract: extract! };
  });
}
