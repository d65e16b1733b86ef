import { withdrawConsent as withdrawn } from '../../domain/consent/consent';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff, consentFacts } from '../cases/case-place';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { consentOfCase } from '../cases/consents';

export async function withdrawConsent(
  db: Db,
  actor: Actor,
  caseId: string,
  consentId: string,
  input: { version: number; reason: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const consent = await consentOfCase(tx, caseId, consentId);
    const today = osloDate(now);
    try {
      withdrawn(consentFacts(consent), today);
    } catch (e) {
      throw new AppError('validation', (e as Error).message);
    }
    if (!input.reason.trim())
      throw new AppError(
        'validation',
        'Skriv hvem som trakk samtykket tilbake, og hvordan (for eksempel «mor ringte»).',
        { fields: [{ field: 'reason', message: 'Mangler' }] },
      );
    const version = await updateVersioned(tx, 'consent', consentId, input.version, {
      withdrawn_on: today,
      withdrawn_by: actor.userId,
      withdrawal_reason: input.reason.trim(),
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      { action: 'consent.withdraw', pupilId: place.pupilId, entity: 'consent', entityId: consentId, caseId },
    ]);
    return { version };
  });
}
