// The written notice to guardians about concerning absence (004 §2 and its routine table), generated
// from an alert as a Norwegian letter (PDF) and logged in the contact log. A pupil with a protected
// address (fortrolig / strengt fortrolig) gets no letter unless the school leadership confirms it: the
// letter carries no address either way, but where and how it is sent must be decided by the leadership.
// Printed in the language asked for (the family's, offered on screen), else the kommune's målform: the copy
// the school keeps (decision 178).
import type { Db, Tx } from '../../db/create-db';
import type { Language } from '../../domain/language/language';
import { documentTexts, kommuneMalform } from '../documents';
import type { Content } from '../content/load-content';
import { letterTexts } from '../absence/alert-texts';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { letterPdf } from '../pdf/letter-pdf';
import { asciiFileName } from '../pdf/file-name';
import { isLeadership, pupilForStaff } from '../absence/place';
import { insertContact } from '../absence/contacts';

/** The class's contact teacher, whom the letter asks the guardians to contact. */
export async function contactTeacherName(tx: Tx, classId: string): Promise<string | null> {
  const teacher = await tx
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select('u.display_name')
    .where('r.class_id', '=', classId)
    .where('r.role', '=', 'kontaktlaerer')
    .executeTakeFirst();
  return teacher?.display_name ?? null;
}

export async function writeGuardianLetter(
  db: Db,
  content: Content,
  actor: Actor,
  alertId: string,
  input: { confirmProtectedAddress?: boolean | undefined; language?: Language | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const alert = await tx.selectFrom('alert').selectAll().where('id', '=', alertId).executeTakeFirst();
    if (!alert) throw new AppError('not_found', 'Fant ikke varselet.');
    const place = await pupilForStaff(tx, actor, alert.pupil_id);
    if (place.protectedAddress !== 'none') {
      if (!isLeadership(actor, place.schoolId)) {
        throw new AppError(
          'forbidden',
          'Eleven har fortrolig eller strengt fortrolig adresse. Brev kan bare lages etter at skoleledelsen har bekreftet hvordan det skal sendes.',
        );
      }
      if (!input.confirmProtectedAddress) {
        throw new AppError(
          'forbidden',
          'Eleven har fortrolig eller strengt fortrolig adresse. Bekreft at skoleledelsen har avklart hvordan brevet sendes, og prøv igjen.',
        );
      }
    }
    const teacherName = await contactTeacherName(tx, place.classId);
    const today = osloDate(now);
    const e = alert.explanation;
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const language = input.language ?? malform;
    const pdf = await letterPdf({
      pupil: place,
      className: place.className,
      schoolName: place.schoolName,
      explanation: letterTexts(e, content, language, malform),
      teacherName,
      signedBy: actor.displayName,
      on: today,
      createdAt: now,
      language,
    });
    // The same letter printed again the same day (a second click, a lost download) is one letter in the
    // contact log and in the later notice to leadership, not two; every print keeps its audit row.
    const lettersToday = await tx
      .selectFrom('contact_log')
      .select('contacted_at')
      .where('pupil_id', '=', place.pupilId)
      .where('alert_id', '=', alertId)
      .where('channel', '=', 'brev')
      .execute();
    if (!lettersToday.some((c) => osloDate(new Date(c.contacted_at)) === today))
      await insertContact(
        tx,
        actor,
        place.pupilId,
        alertId,
        {
          contactedAt: now.toISOString(),
          withWhom: ['foresatt'],
          channel: 'brev',
          summary: documentTexts(malform).record.letterMade(e.title),
          agreed: null,
        },
        now,
      );
    await writeAudit(tx, actor, now, [
      {
        action: 'alert.letter',
        pupilId: place.pupilId,
        entity: 'alert',
        entityId: alertId,
        details: { alertId, protectedAddressConfirmed: place.protectedAddress !== 'none', language },
      },
    ]);
    return {
      pdf,
      fileName: asciiFileName(`${documentTexts(language).letter.fileName}-${place.className}-${today}.pdf`),
    };
  });
}
