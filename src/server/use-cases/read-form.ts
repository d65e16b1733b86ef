import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import { userNames } from '../presenters/absence';
import { presentFormSummary } from '../presenters/forms';
import { loadForm } from '../forms/case-forms';
import type { Content } from '../content/load-content';

/** A filled form with its answers and the definition of the version they were given to. */
export async function readForm(db: Db, content: Content, actor: Actor, caseId: string, caseFormId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const { row, form } = await loadForm(tx, content, caseId, caseFormId);
    const names = await userNames(tx, [row.recorded_by]);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.read',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: row.form_id },
      },
    ]);
    return {
      ...presentFormSummary(row, content.forms),
      answers: row.answers as Record<string, unknown>,
      recordedByName: names.get(row.recorded_by) ?? 'Ukjent',
      updatedAt: new Date(row.updated_at).toISOString(),
      form,
    };
  });
}
