// The school's archive extracts for its leadership and administrator (decision 223), and the schools they may
// make a period's extract for. Audited as a read of each pupil whose file the list names.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { archiveSchools } from '../archive/scope';
import { presentExtracts } from '../presenters/archive';

export async function listArchiveExtracts(db: Db, actor: Actor, input: { schoolId?: string | undefined }, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const mine = archiveSchools(actor);
    const schoolIds = input.schoolId ? mine.filter((s) => s === input.schoolId) : mine;
    const extracts = await presentExtracts(tx, { schoolIds });
    const schools = mine.length
      ? await tx.selectFrom('school').select(['id', 'name']).where('id', 'in', mine).orderBy('name').execute()
      : [];
    const links = extracts.length
      ? await tx
          .selectFrom('archive_extract_case')
          .select(['extract_id', 'case_id', 'pupil_id'])
          .where(
            'extract_id',
            'in',
            extracts.map((e) => e.id),
          )
          .execute()
      : [];
    await writeAudit(
      tx,
      actor,
      now,
      links.map((l) => ({
        action: 'archive.extract.list' as const,
        pupilId: l.pupil_id,
        entity: 'archive_extract' as const,
        entityId: l.extract_id,
        caseId: l.case_id,
      })),
    );
    return { extracts, schools };
  });
}
