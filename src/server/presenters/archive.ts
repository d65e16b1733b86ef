// Archive extracts as the API shows them (decision 223): what, for which pupils, its checksum, when made and by
// whom, and whether and when it was handed over to the archive. Never the file's bytes.
import type { Tx } from '../../db/create-db';
import type { ArchiveExtract } from '../../contract/archive';

/** The extracts of the given schools (or the one extract, or those holding a case or matter), newest first. */
export async function presentExtracts(
  tx: Tx,
  where: { schoolIds: string[]; extractId?: string; caseId?: string; matterId?: string },
): Promise<ArchiveExtract[]> {
  if (!where.schoolIds.length) return [];
  let q = tx
    .selectFrom('archive_extract as e')
    .innerJoin('school as s', 's.id', 'e.school_id')
    .innerJoin('app_user as m', 'm.id', 'e.made_by')
    .leftJoin('app_user as h', 'h.id', 'e.handed_over_by')
    .select([
      'e.id',
      'e.school_id',
      's.name as school_name',
      'e.scope',
      'e.reason',
      'e.period_from',
      'e.period_to',
      'e.file_name',
      'e.sha256',
      'e.size_bytes',
      'e.documents',
      'e.made_at',
      'm.display_name as made_by',
      'e.handed_over_on',
      'h.display_name as handed_over_by',
      'e.handed_over_to',
      'e.version',
    ])
    .where('e.school_id', 'in', where.schoolIds);
  if (where.extractId) q = q.where('e.id', '=', where.extractId);
  const { caseId, matterId } = where;
  if (caseId || matterId)
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('archive_extract_case as h')
          .select('h.extract_id')
          .whereRef('h.extract_id', '=', 'e.id')
          .$if(caseId !== undefined, (w) => w.where('h.case_id', '=', caseId!))
          .$if(matterId !== undefined, (w) => w.where('h.matter_id', '=', matterId!)),
      ),
    );
  const rows = await q.orderBy('e.made_at', 'desc').execute();
  const ids = rows.map((r) => r.id);
  const pupils = ids.length
    ? await tx
        .selectFrom('archive_extract_case as c')
        .innerJoin('pupil as p', 'p.id', 'c.pupil_id')
        .select(['c.extract_id', 'c.case_id', 'c.matter_id', 'p.first_name', 'p.last_name'])
        .where('c.extract_id', 'in', ids)
        .orderBy('p.last_name')
        .orderBy('p.first_name')
        .execute()
    : [];
  return rows.map((r) => {
    const mine = pupils.filter((p) => p.extract_id === r.id);
    return {
      id: r.id,
      schoolId: r.school_id,
      schoolName: r.school_name,
      scope: r.scope,
      reason: r.reason,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      fileName: r.file_name,
      sha256: r.sha256,
      sizeBytes: r.size_bytes,
      documents: r.documents,
      pupils: [...new Set(mine.map((p) => `${p.first_name} ${p.last_name}`))],
      cases: mine.filter((p) => p.case_id !== null).length,
      matters: mine.filter((p) => p.matter_id !== null).length,
      madeAt: new Date(r.made_at).toISOString(),
      madeBy: r.made_by,
      handedOverOn: r.handed_over_on,
      handedOverBy: r.handed_over_by,
      handedOverTo: r.handed_over_to,
      version: r.version,
    };
  });
}
