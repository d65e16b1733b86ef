import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { AppError } from '../errors';
import { consentOfCase } from '../cases/consents';

export async function readConsentScan(db: Db, actor: Actor, caseId: string, consentId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    await consentOfCase(tx, caseId, consentId);
    const scan = await tx
      .selectFrom('consent_scan')
      .select(['id', 'file_name', 'mime', 'data'])
      .where('consent_id', '=', consentId)
      .orderBy('uploaded_at', 'desc')
      .executeTakeFirst();
    if (!scan) throw new AppError('not_found', 'Det er ikke lagt ved noe skannet samtykke.');
    await writeAudit(tx, actor, now, [
      { action: 'consent.scan.read', pupilId: place.pupilId, entity: 'consent_scan', entityId: scan.id, caseId },
    ]);
    return { fileName: scan.file_name, mime: scan.mime, data: Buffer.from(scan.data) };
  });
}
