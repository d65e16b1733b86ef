import type { Db } from '../../db/create-db';
import { consentState } from '../../domain/consent/consent';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader, consentFacts } from '../cases/case-place';
import { osloDate } from '../clock';
import { kommuneMalform } from '../documents';
import { consentPdf } from '../pdf/consent-pdf';
import { presentConsents } from '../presenters/consent';
import { consentOfCase } from '../cases/consents';

/**
 * The consent form as a PDF: what was agreed, with the form's statements and signature lines, in the language
 * asked for (the family's, chosen on screen) or else the kommune's målform (decision 178).
 */
export async function printConsent(
  db: Db,
  actor: Actor,
  caseId: string,
  consentId: string,
  now: Date,
  language?: Language,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const consent = await consentOfCase(tx, caseId, consentId);
    const today = osloDate(now);
    const [c] = (await presentConsents(tx, caseId, today)).filter((x) => x.id === consentId);
    const state = consentState(consentFacts(consent), today);
    const lang = language ?? (await kommuneMalform(tx, actor.kommuneId));
    const pdf = await consentPdf({
      consent,
      state: state === 'ikke-gitt-ennå' ? 'fra-datoen' : state,
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      guardianNames: c!.guardianNames,
      collectedByName: c!.collectedByName,
      excludedUserNames: c!.excludedUserNames,
      createdAt: now,
      language: lang,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'consent.print',
        pupilId: place.pupilId,
        entity: 'consent',
        entityId: consentId,
        caseId,
        details: { language: lang },
      },
    ]);
    return pdf;
  });
}
