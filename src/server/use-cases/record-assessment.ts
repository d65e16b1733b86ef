import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { AssessmentKind } from '../../db/schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentAssessment } from '../presenters/referrals';

export async function recordAssessment(
  db: Db,
  actor: Actor,
  caseId: string,
  input: {
    kind: AssessmentKind;
    issuedOn: string;
    issuedBy: string;
    recommendations: string;
    validUntil?: string | null | undefined;
  },
  now: Date,
) {
  const today = osloDate(now);
  if (input.issuedOn > today)
    throw new AppError('validation', 'Datoen kan ikke være fram i tid.', {
      fields: [{ field: 'issuedOn', message: 'Fram i tid' }],
    });
  // 000 §7: a temporary measure awaiting PPT states how long it lasts and when it is evaluated.
  if (input.kind === 'sakkyndig-uttalelse' && !input.validUntil)
    throw new AppError('validation', 'En midlertidig sakkyndig uttalelse må si hvor lenge den gjelder.', {
      fields: [{ field: 'validUntil', message: 'Mangler' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const a = await tx
      .insertInto('case_assessment')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        kind: input.kind,
        issued_on: input.issuedOn,
        issued_by: input.issuedBy.trim(),
        recommendations: input.recommendations.trim(),
        valid_until: input.validUntil ?? null,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.assessment.add',
        pupilId: place.pupilId,
        entity: 'case_assessment',
        entityId: a.id,
        caseId,
        details: { caseId, assessmentId: a.id },
      },
    ]);
    return presentAssessment(a);
  });
}
