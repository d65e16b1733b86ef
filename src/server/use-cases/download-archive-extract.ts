// The extract's tar file, as stored when it was made (decision 223), for the school's leadership and
// administrator to hand over to the archive. Audited as an export of each pupil's file it holds.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { archiveSchools } from '../archive/scope';

export async function downloadArchiveExtract(db: Db, actor: Actor, extractId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const row = await tx
      .selectFrom('archive_extract')
      .select(['id', 'school_id', 'file_name', 'bytes', 'sha256'])
      .where('id', '=', extractId)
      .executeTakeFirst();
    if (!row || !archiveSchools(actor).includes(row.school_id))
      throw new AppError('not_found', 'Fant ikke arkivuttrekket.');
    const links = await tx
      .selectFrom('archive_extract_case')
      .select(['case_id', 'pupil_id'])
      .where('extract_id', '=', extractId)
      .execute();
    await writeAudit(
      tx,
      actor,
      now,
      links.map((l) => ({
        action: 'archive.extract.download' as const,
        pupilId: l.pupil_id,
        entity: 'archive_extract' as const,
        entityId: extractId,
        caseId: l.case_id,
        details: { sha256: row.sha256 },
      })),
    );
    return { bytes: new Uint8Array(row.bytes), fileName: row.file_name, sha256: row.sha256 };
  });
}
