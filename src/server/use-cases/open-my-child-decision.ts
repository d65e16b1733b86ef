// A guardian opens the forhåndsvarsel or the decision letter of their child (decision 214), in their own language
// (guardian.language, else the kommune's målform). The first time any guardian opens the letter delivered in
// Nærvær is the family's receipt: the appeal deadline (fvl § 29) runs from that day. Audited as the guardian's print.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { pupilForGuardian } from '../absence/place';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { recordReceipt } from '../decisions/delivery';
import { decisionPdfInput } from '../decisions/pdf-input';
import { documentTexts, guardianLanguage, kommuneMalform } from '../documents';
import { AppError } from '../errors';
import { decisionPdf } from '../pdf/decision-letter-pdf';
import { asciiFileName } from '../pdf/file-name';

export async function openMyChildDecision(
  db: Db,
  content: Content,
  actor: Actor,
  input: { pupilId: string; decisionId: string; document: 'notice' | 'letter' },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, input.pupilId);
    const row = await tx
      .selectFrom('case_decision')
      .selectAll()
      .where('id', '=', input.decisionId)
      .where('pupil_id', '=', place.pupilId)
      .executeTakeFirst();
    const sent =
      row && (input.document === 'notice' ? row.notice_sent_on !== null : row.delivery_channel === 'naervaer');
    if (!row || !sent) throw new AppError('not_found', 'Fant ikke brevet.');
    const today = osloDate(now);
    const receipt =
      input.document === 'letter' ? await recordReceipt(tx, row, today, 'opened', actor.userId, now) : false;
    const current = receipt
      ? await tx.selectFrom('case_decision').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()
      : row;
    const language = await guardianLanguage(tx, actor.kommuneId, actor.userId, place.pupilId);
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const pdfInput = await decisionPdfInput(tx, content, current, place, input.document, malform, now, today);
    const pdf = await decisionPdf(pdfInput(language), language, language === malform ? undefined : malform);
    await writeAudit(tx, actor, now, [
      {
        action: 'guardian.decision.pdf',
        pupilId: place.pupilId,
        entity: 'case_decision',
        entityId: row.id,
        caseId: row.case_id,
        details: { decisionId: row.id, document: input.document, language, receipt },
      },
    ]);
    const t = documentTexts(language).decision;
    return {
      pdf,
      fileName: asciiFileName(`${input.document === 'notice' ? t.noticeFileName : t.fileName}-${today}.pdf`),
    };
  });
}
