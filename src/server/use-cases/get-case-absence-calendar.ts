// The pupil's absence calendar in a case shared with the helsestasjon (decision 198): the same year as the
// pupil page and the guardians' view (src/server/absence/year.ts), read-only, without the school's notes or
// who registered what. Only for the helsesykepleier, and only while a consent covering the helsestasjon
// lets her see the case: without it the answer is 403, and the refusal is audited at the edge.
import type { Db } from '../../db/create-db';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { casesWithConsent } from '../cases/case-place';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { pupilPlace } from '../absence/place';
import { absenceYear } from '../absence/year';
import { presentEvent } from '../presenters/absence';

export async function getCaseAbsenceCalendar(db: Db, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    if (partnerServiceOf(actor) !== 'helsestasjon' || !(await casesWithConsent(tx, actor, now)).includes(caseId))
      throw new AppError(
        'forbidden',
        'Fraværskalenderen vises bare i en sak der foresatte har samtykket til samarbeid med helsestasjonen.',
      );
    const row = await tx
      .selectFrom('pupil_case')
      .select(['id', 'pupil_id'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Fant ikke saken.');
    const place = await pupilPlace(tx, row.pupil_id);
    const today = osloDate(now);
    const year = await absenceYear(tx, place, today);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.absence-calendar.read',
        pupilId: place.pupilId,
        caseId: row.id,
        entity: 'pupil_case',
        entityId: row.id,
      },
    ]);
    const names = new Map<string, string>();
    return {
      today,
      calendar: year.presentedCalendar,
      events: year.events.map((e) => ({ ...presentEvent(e, names), note: null, registeredByName: '' })),
    };
  });
}
