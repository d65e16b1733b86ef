import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { AppError } from '../errors';
import { MAX_SCAN_BYTES, MAX_SCANS_PER_CONSENT, SCAN_MAGIC, consentOfCase } from '../cases/consents';

export async function attachConsentScan(
  db: Db,
  actor: Actor,
  caseId: string,
  consentId: string,
  file: { fileName: string; mime: string; data: Buffer },
  now: Date,
) {
  if (!(file.mime in SCAN_MAGIC))
    throw new AppError('unsupported_media_type', 'Skannet samtykke må være PDF, PNG eller JPEG.');
  if (file.data.length === 0) throw new AppError('validation', 'Filen er tom.');
  if (file.data.length > MAX_SCAN_BYTES)
    throw new AppError('validation', 'Filen er større enn 5 MB. Skann med lavere oppløsning.');
  if (!SCAN_MAGIC[file.mime]!.every((b, i) => file.data[i] === b))
    throw new AppError(
      'validation',
      `Filen er ikke en ${file.mime === 'application/pdf' ? 'PDF' : file.mime === 'image/png' ? 'PNG' : 'JPEG'}, selv om navnet eller typen sier det.`,
    );
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    await consentOfCase(tx, caseId, consentId);
    // The consent's row is locked while its scans are counted, so uploads at the same moment cannot pass the cap together.
    await tx.selectFrom('consent').select('id').where('id', '=', consentId).forUpdate().execute();
    const stored = await tx
      .selectFrom('consent_scan')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('consent_id', '=', consentId)
      .executeTakeFirstOrThrow();
    if (Number(stored.n) >= MAX_SCANS_PER_CONSENT) {
      throw new AppError(
        'conflict',
        `Samtykket har allerede ${MAX_SCANS_PER_CONSENT} skannede vedlegg, som er det meste som lagres for ett samtykke. Det nyeste vises alltid; har samtykket endret seg, registrer et nytt samtykke og legg skanningen ved det.`,
      );
    }
    const id = randomUUID();
    await tx
      .insertInto('consent_scan')
      .values({
        id,
        kommune_id: actor.kommuneId,
        consent_id: consentId,
        case_id: caseId,
        file_name: file.fileName.slice(0, 200),
        mime: file.mime as 'application/pdf',
        data: file.data,
        uploaded_by: actor.userId,
        uploaded_at: now,
      })
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'consent.scan.attach', pupilId: place.pupilId, entity: 'consent_scan', entityId: id, caseId },
    ]);
    return { id };
  });
}
