// «Opprett sak» on an undring from the health service (decision 196): links it to the pupil's open case, or
// opens one (an «undring» case, as «Opprett sak» by hand) with the undring as its reason, and links that.
// The undring then travels with the case: erasing the case erases it (migration 0048).
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import type { Content } from '../content/load-content';
import { presentConcerns } from '../health/health-concerns';
import { updateVersioned } from '../versioned';
import { openCase } from './open-case';
import { concernForStaff } from './set-health-concern-status';

export async function linkHealthConcernCase(
  db: Db,
  content: Content,
  actor: Actor,
  input: { concernId: string; version: number },
  now: Date,
) {
  const before = await db.withContext(contextOf(actor), async (tx) => {
    const row = await concernForStaff(tx, actor, input.concernId);
    if (row.case_id)
      throw new AppError('conflict', 'Undringen er allerede knyttet til en sak.', { caseId: row.case_id });
    const open = await tx
      .selectFrom('pupil_case')
      .select('id')
      .where('pupil_id', '=', row.pupil_id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return { row, openCaseId: open?.id ?? null };
  });
  const caseId =
    before.openCaseId ??
    (
      await openCase(
        db,
        content,
        actor,
        { pupilId: before.row.pupil_id, from: 'undring', reason: `Undring fra helsesykepleier: ${before.row.text}` },
        now,
      )
    ).id;
  return db.withContext(contextOf(actor), async (tx) => {
    await updateVersioned(tx, 'health_concern', before.row.id, input.version, { case_id: caseId });
    await writeAudit(tx, actor, now, [
      {
        action: 'health-concern.link-case',
        pupilId: before.row.pupil_id,
        caseId,
        entity: 'health_concern',
        entityId: before.row.id,
        details: { opened: before.openCaseId === null },
      },
    ]);
    const row = await concernForStaff(tx, actor, before.row.id);
    const [concern] = await presentConcerns(tx, actor, [row]);
    return { concern: concern! };
  });
}
