import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentReferral } from '../presenters/referrals';
import { type ReferralInput, check } from '../cases/referrals';
import { tickTasksByWork } from '../cases/work-ticks';
import type { Content } from '../content/load-content';

export async function updateReferral(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  referralId: string,
  input: ReferralInput & { version: number },
  now: Date,
) {
  check(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const before = await tx
      .selectFrom('case_referral')
      .select(['service'])
      .where('id', '=', referralId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!before) throw new AppError('not_found', 'Fant ikke henvisningen.');
    if (before.service !== input.service)
      throw new AppError('validation', 'Tjenesten kan ikke endres; lag en ny henvisning.');
    await updateVersioned(tx, 'case_referral', referralId, input.version, {
      status: input.status,
      sent_on: input.sentOn ?? null,
      answered_on: input.answeredOn ?? null,
      guardians_signed: input.guardiansSigned ?? false,
      note: input.note?.trim() || null,
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // A referral sent ticks the checklist's referral task for its service (decision 112).
    if (input.status !== 'under-arbeid')
      await tickTasksByWork(
        tx,
        content,
        actor,
        { caseId, pupilId: place.pupilId },
        { kind: 'referral', service: input.service, id: referralId },
        now,
      );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.referral.update',
        pupilId: place.pupilId,
        entity: 'case_referral',
        entityId: referralId,
        caseId,
        details: { caseId, referralId },
      },
    ]);
    return presentReferral(
      await tx.selectFrom('case_referral').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow(),
      osloDate(now),
    );
  });
}
