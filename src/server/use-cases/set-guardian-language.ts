// The school records the language a family reads (issue 20 item 2, decision 178): a guardian's
// `guardian.language` (nb, nn, en, or null for the kommune's målform), set on the pupil page's «Foresatte» by
// the school staff who write to the home. Letters, minutes and plans sent home go out in it; the guardian can
// change it on their own pages. Audited; 409 on an old version, as the other guardian edits.
import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { updateVersioned } from '../versioned';
import { assertGuardianOfPupil, pupilForStaff } from '../absence/place';

export async function setGuardianLanguage(
  db: Db,
  actor: Actor,
  input: { pupilId: string; guardianId: string; language: Language | null; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, input.pupilId);
    await assertGuardianOfPupil(tx, place.pupilId, input.guardianId);
    const version = await updateVersioned(tx, 'guardian', input.guardianId, input.version, {
      language: input.language,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.guardian-language.set',
        pupilId: place.pupilId,
        details: { guardianId: input.guardianId, language: input.language },
      },
    ]);
    return { guardianId: input.guardianId, language: input.language, version };
  });
}
