import type { Db } from '../../db/create-db';
import type { FormAudience } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { presentFormSummary } from '../presenters/forms';
import {
  lessonsByKey,
  withTimetable,
  checked,
  checkFilledOn,
  checkMeeting,
  mustBeOpen,
  loadForm,
} from '../forms/case-forms';
import type { Content } from '../content/load-content';

export type UpdateFormInput = {
  audience: FormAudience;
  meetingId: string | null;
  filledOn: string;
  answers: Record<string, unknown>;
  version: number;
};

/** An edit keeps the version the answers were given to; the replaced answers stay in record_history. */
export async function updateForm(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  caseFormId: string,
  input: UpdateFormInput,
  now: Date,
) {
  checkFilledOn(input.filledOn, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: c, place } = await caseForStaff(tx, actor, caseId);
    const { form } = await loadForm(tx, content, caseId, caseFormId);
    mustBeOpen(c);
    await checkMeeting(tx, caseId, input.meetingId);
    const answers = checked(form, withTimetable(form, input.answers, await lessonsByKey(tx, place.classId)));
    await updateVersioned(tx, 'case_form', caseFormId, input.version, {
      audience: input.audience,
      meeting_id: input.meetingId,
      filled_on: input.filledOn,
      answers: JSON.stringify(answers),
      recorded_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.update',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return presentFormSummary(
      await tx.selectFrom('case_form').selectAll().where('id', '=', caseFormId).executeTakeFirstOrThrow(),
      content.forms,
    );
  });
}
