import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { FormAudience } from '../../db/schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { formById } from '../forms/load-forms';
import { presentFormSummary } from '../presenters/forms';
import { lessonsByKey, withTimetable, checked, checkFilledOn, checkMeeting, mustBeOpen } from '../forms/case-forms';
import type { Content } from '../content/load-content';
import { tickTasksByWork } from '../cases/work-ticks';

export type FillFormInput = {
  formId: string;
  audience?: FormAudience | undefined;
  meetingId?: string | null | undefined;
  filledOn?: string | undefined;
  answers: Record<string, unknown>;
};

export async function fillForm(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  input: FillFormInput,
  now: Date,
) {
  const today = osloDate(now);
  const form = formById(content, input.formId);
  const filledOn = input.filledOn ?? today;
  checkFilledOn(filledOn, today);
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    mustBeOpen(row);
    await checkMeeting(tx, caseId, input.meetingId ?? null);
    const answers = checked(form, withTimetable(form, input.answers, await lessonsByKey(tx, place.classId)));
    const f = await tx
      .insertInto('case_form')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        form_id: form.id,
        form_version: form.version,
        audience: input.audience ?? form.audience,
        meeting_id: input.meetingId ?? null,
        answers: JSON.stringify(answers),
        filled_on: filledOn,
        recorded_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    // A filled form ticks the tasks the ladder says it carries out (decision 112).
    await tickTasksByWork(
      tx,
      content,
      actor,
      { caseId, pupilId: place.pupilId },
      { kind: 'form', formId: form.id, id: f.id },
      now,
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.fill',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: f.id,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return presentFormSummary(f, content.forms);
  });
}
