// The school's archive extracts for its leadership and administrator (decision 223), and the schools they may
// make a period's extract for. Audited as a read of each pupil whose file the list names.
import type { Db, Tx } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { archiveSchools } from '../archive/scope';
import { presentExtracts } from '../presenters/archive';

type Input = { schoolId?: string | undefined; caseId?: string | undefined; matterId?: string | undefined };

export async function listArchiveExtracts(db: Db, actor: Actor, input: Input, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const mine = await schoolsFor(tx, archiveSchools(actor), input);
    const schoolIds = input.schoolId ? mine.filter((s) => s === input.schoolId) : mine;
    const extracts = await presentExtracts(tx, {
      schoolIds,
      ...(input.caseId ? { caseId: input.caseId } : {}),
      ...(input.matterId ? { matterId: input.matterId } : {}),
    });
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

/**
 * Asked for one case or matter (the closed case's «Arkivuttrekk», decision 235): only its school, and only if the
 * reader works with that school's archive; one the reader may not see (row-level security) answers as none.
 */
async function schoolsFor(tx: Tx, mine: string[], input: Input): Promise<string[]> {
  if (input.caseId) {
    const row = await tx.selectFrom('pupil_case').select('school_id').where('id', '=', input.caseId).executeTakeFirst();
    return row && mine.includes(row.school_id) ? [row.school_id] : [];
  }
  if (input.matterId) {
    const row = await tx
      .selectFrom('school_environment_case')
      .select('school_id')
      .where('id', '=', input.matterId)
      .executeTakeFirst();
    return row && mine.includes(row.school_id) ? [row.school_id] : [];
  }
  return mine;
}
