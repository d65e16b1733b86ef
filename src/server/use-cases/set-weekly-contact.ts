// The team switches the case's weekly contact on or off (issue 21 item 5, decision 193): «dersom dette vurderes
// som formålstjenlig» is the team's call, so the switch is a versioned case setting with its audit row. Switched
// on, the weeks count from today (or from the level's start, if later); a waiting referral's weekly contact
// (samtidighetsansvar, 004 §5) is not the switch's to turn off.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { weeklyContactsOf } from '../cases/weekly-contact';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';
import { presentWeeklyContact } from '../presenters/case';
import { updateVersioned } from '../versioned';

export async function setWeeklyContact(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: { on: boolean; version: number },
  now: Date,
) {
  const today = osloDate(now);
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    if (row.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet; den ukentlige kontakten kan ikke endres.');
    const version = await updateVersioned(tx, 'pupil_case', caseId, input.version, {
      weekly_contact: input.on,
      // Switched on again, the weeks count from today; a week missed while it was off is no gap.
      weekly_contact_since: input.on ? (row.weekly_contact === true ? row.weekly_contact_since : today) : null,
      last_activity_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.weekly-contact.set',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, on: input.on },
      },
    ]);
    const updated = await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const weekly = (await weeklyContactsOf(tx, content, [updated], today, new Map([[place.pupilId, place]]))).get(
      caseId,
    )!;
    return { version, weeklyContact: presentWeeklyContact(weekly) };
  });
}
