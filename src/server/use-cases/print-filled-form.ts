import type { Db } from '../../db/create-db';
import { printForm } from '../../domain/forms/print';
import { type FormAnswers } from '../../domain/forms/answers';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { renderPdf } from '../pdf/document';
import { caseForReader } from '../cases/case-place';
import { loadForm, metaLines } from '../forms/case-forms';
import type { Content } from '../content/load-content';

/**
 * The filled form as a PDF for the pupil's file or the next meeting. It is not a letter home: it names no
 * address and carries no guardian's details. For a pupil with a protected address the school's name is
 * left out too, and the first lines say the form must not leave the school before the leadership has
 * decided how (as printMinutes insists for letters).
 */
export async function printFilledForm(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  caseFormId: string,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const { row, form } = await loadForm(tx, content, caseId, caseFormId);
    const printed = printForm(form, row.answers as FormAnswers, { meta: metaLines(place, row) });
    const pdf = await renderPdf({
      title: printed.title,
      blocks: printed.blocks,
      footer: `${printed.footer} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
      createdAt: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.print',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: row.form_id },
      },
    ]);
    return { pdf, fileName: `${row.form_id}-${row.filled_on}.pdf` };
  });
}
