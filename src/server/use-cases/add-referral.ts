import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { presentReferral } from '../presenters/referrals';
import { type ReferralInput, check } from '../cases/referrals';
import { tickTasksByWork } from '../cases/work-ticks';
import type { Content } from '../content/load-content';

export async function addReferral(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: ReferralInput,
  now: Date,
) {
  check(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const r = await tx
      .insertInto('case_referral')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        service: input.service,
        status: input.status,
        sent_on: input.sentOn ?? null,
        answered_on: input.answeredOn ?? null,
        guardians_signed: input.guardiansSigned ?? false,
        note: input.note?.trim() || null,
        updated_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // A referral sent ticks the checklist's referral task for its service (decision 112).
    if (input.status !== 'under-arbeid')
      await tickTasksByWork(
        tx,
        content,
        actor,
        { caseId, pupilId: place.pupilId },
        { kind: 'referral', service: input.service, id: r.id },
        now,
      );
    await writeAudit(tx, actor, now, [
      {
        action:
          input.service === 'barnevern' && input.status !== 'under-arbeid'
            ? 'case.referral.child-welfare'
            : 'case.referral.add',
        pupilId: place.pupilId,
        entity: 'case_referral',
        entityId: r.id,
        caseId,
        details: { caseId, referralId: r.id, service: input.service },
      },
    ]);
    return presentReferral(r, osloDate(now));
  });
}
