import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { minutesPdf } from '../pdf/minutes-pdf';
import { isLeadership } from '../absence/place';
import { caseForStaff } from '../cases/case-place';
import { MEETING_LABEL } from '../presenters/meetings';

export async function printMinutes(
  db: Db,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: { confirmProtectedAddress?: boolean | undefined },
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
    const pdf = await minutesPdf({
      label: MEETING_LABEL[m.kind],
      meeting: { ...m, held_on: m.held_on, minutes: m.minutes },
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      printedOn: osloDate(now),
      createdAt: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.print',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: meetingId,
        caseId,
        details: { caseId, meetingId },
      },
    ]);
    return { pdf, fileName: `referat-${m.kind}-${m.held_on}.pdf` };
  });
}
