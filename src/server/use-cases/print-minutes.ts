import type { Db } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { kommuneMalform } from '../documents';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { minutesPdf } from '../pdf/minutes-pdf';
import { isLeadership } from '../absence/place';
import { caseForStaff } from '../cases/case-place';

export async function printMinutes(
  db: Db,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: { confirmProtectedAddress?: boolean | undefined; language?: Language | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const m = await tx
      .selectFrom('case_meeting')
      .selectAll()
      .where('id', '=', meetingId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'Fant ikke møtet.');
    if (!m.held_on || !m.minutes) throw new AppError('validation', 'Møtet har ikke referat ennå.');
    if (place.protectedAddress !== 'none' && !(isLeadership(actor, place.schoolId) && input.confirmProtectedAddress)) {
      throw new AppError(
        'forbidden',
        'Eleven har fortrolig eller strengt fortrolig adresse. Referatet kan bare skrives ut til hjemmet etter at skoleledelsen har bekreftet hvordan det sendes.',
      );
    }
    // The family's language when asked for, else the målform: the copy the school keeps (decision 178).
    const language = input.language ?? (await kommuneMalform(tx, actor.kommuneId));
    const pdf = await minutesPdf({
      meeting: { ...m, held_on: m.held_on, minutes: m.minutes },
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      printedOn: osloDate(now),
      createdAt: now,
      language,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.print',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: meetingId,
        caseId,
        details: { caseId, meetingId, language },
      },
    ]);
    return { pdf, fileName: `referat-${m.kind}-${m.held_on}.pdf` };
  });
}
