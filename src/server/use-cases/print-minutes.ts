import { norwegianIsoDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { renderPdf } from '../pdf/document';
import { isLeadership } from '../absence/place';
import { caseForStaff } from '../cases/case-place';
import { MEETING_LABEL } from '../presenters/meetings';

/** « kl. 09.30 på Møterom 2»: the meeting's time (Norwegian style) and place, where they were given (decision 116). */
function heldAt(m: { scheduled_time: string | null; place: string }): string {
  const time = m.scheduled_time ? ` kl. ${m.scheduled_time.replace(':', '.')}` : '';
  const place = m.place.trim() ? ` på ${m.place.trim()}` : '';
  return time + place;
}

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
    const name = `${place.firstName} ${place.lastName}`;
    const pdf = await renderPdf({
      title: `Referat: ${MEETING_LABEL[m.kind]}`,
      createdAt: now,
      footer: `${place.schoolName} · Referat ${norwegianIsoDate(m.held_on)} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
      blocks: [
        { kind: 'paragraph', text: `${place.schoolName}\n${norwegianIsoDate(osloDate(now))}` },
        { kind: 'heading', text: `Elev: ${name}, klasse ${place.className}` },
        {
          kind: 'paragraph',
          text: `Møtet ble holdt ${norwegianIsoDate(m.held_on)}${heldAt(m)}. Til stede: ${m.participants.join(', ') || 'ikke oppgitt'}.`,
        },
        ...(m.agenda
          ? [
              { kind: 'heading' as const, text: 'Tema' },
              { kind: 'paragraph' as const, text: m.agenda },
            ]
          : []),
        { kind: 'heading', text: 'Referat' },
        { kind: 'paragraph', text: m.minutes },
        ...(m.next_meeting_on
          ? [{ kind: 'paragraph' as const, text: `Neste møte: ${norwegianIsoDate(m.next_meeting_on)}.` }]
          : []),
      ],
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
