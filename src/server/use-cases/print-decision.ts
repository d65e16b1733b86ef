// The forhåndsvarsel or the decision letter as a PDF (decisions 213–215): in the language asked for, or else the
// school's copy in the kommune's målform with a translation attached for each other language the family reads
// (decision 202). The letter exists once the decision is made; the notice can be read before it is sent. Audited.
import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { decisionForStaff } from '../decisions/decisions';
import { decisionPdfInput } from '../decisions/pdf-input';
import { documentTexts, familyLanguages, kommuneMalform } from '../documents';
import { AppError } from '../errors';
import { decisionPdf, decisionPdfWithTranslations } from '../pdf/decision-letter-pdf';
import { asciiFileName } from '../pdf/file-name';

export async function printDecision(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  decisionId: string,
  query: { document: 'notice' | 'letter'; language?: Language | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await decisionForStaff(tx, actor, caseId, decisionId);
    if (query.document === 'letter' && row.decided_on === null)
      throw new AppError(
        'not_found',
        'Vedtaket er ikke fattet ennå. Skriv ut forhåndsvarselet, eller fatt vedtaket først.',
      );
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const today = osloDate(now);
    const input = await decisionPdfInput(tx, content, row, place, query.document, malform, now, today);
    const languages = query.language
      ? [query.language]
      : await familyLanguages(tx, actor.kommuneId, row.pupil_id, { withAccount: false, malform });
    const pdf = query.language
      ? await decisionPdf(input(query.language), query.language)
      : await decisionPdfWithTranslations(input(malform), malform, languages, input);
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.print',
        pupilId: row.pupil_id,
        entity: 'case_decision',
        entityId: row.id,
        caseId,
        details: { decisionId: row.id, document: query.document, languages },
      },
    ]);
    const t = documentTexts(query.language ?? malform).decision;
    const name = query.document === 'notice' ? t.noticeFileName : t.fileName;
    return { pdf, fileName: asciiFileName(`${name}-${place.className}-${row.decided_on ?? today}.pdf`) };
  });
}
