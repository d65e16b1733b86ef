// The written notice to guardians about concerning absence (004 §2 and its routine table), generated
// from an alert as a Norwegian letter (PDF) and logged in the contact log. A pupil with a protected
// address (fortrolig / strengt fortrolig) gets no letter unless the school leadership confirms it: the
// letter carries no address either way, but where and how it is sent must be decided by the leadership.
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { renderPdf } from '../pdf/document';
import { asciiFileName } from '../pdf/file-name';
import { isLeadership, pupilForStaff } from '../absence/place';
import { insertContact } from '../absence/contacts';

function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export async function writeGuardianLetter(
  db: Db,
  actor: Actor,
  alertId: string,
  input: { confirmProtectedAddress?: boolean | undefined },
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
    const teacher = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select('u.display_name')
      .where('r.class_id', '=', place.classId)
      .where('r.role', '=', 'kontaktlaerer')
      .executeTakeFirst();
    const name = `${place.firstName} ${place.lastName}`;
    const today = osloDate(now);
    const e = alert.explanation;
    const pdf = await renderPdf({
      title: 'Melding om bekymringsfullt fravær',
      createdAt: now,
      footer: `${place.schoolName} · ${norwegianDate(today)} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
      blocks: [
        { kind: 'paragraph', text: `${place.schoolName}\n${norwegianDate(today)}` },
        { kind: 'heading', text: `Til foresatte til ${name}, klasse ${place.className}` },
        {
          kind: 'paragraph',
          text: `Alle barn har rett og plikt til grunnskoleopplæring (opplæringsloven). Skolen følger med på fravær for å kunne hjelpe tidlig. Fraværet til ${name} har nå nådd et nivå som etter kommunens rutiner gir grunn til bekymring.`,
        },
        { kind: 'heading', text: 'Hva skolen har registrert' },
        { kind: 'paragraph', text: e.explanation },
        ...(e.evidence.length
          ? [
              {
                kind: 'paragraph' as const,
                text: `Registreringer som teller: ${e.evidence
                  .map((x) => norwegianDate(x.date))
                  .filter((d, i, all) => all.indexOf(d) === i)
                  .join(', ')}.`,
              },
            ]
          : []),
        { kind: 'heading', text: 'Hva som skjer nå' },
        { kind: 'paragraph', text: e.action },
        {
          kind: 'paragraph',
          text: `Vi ønsker å snakke med dere og med ${place.firstName} for å forstå hvordan skolehverdagen oppleves, og finne ut sammen hva som kan hjelpe. Ta gjerne kontakt med kontaktlærer${teacher ? ` ${teacher.display_name}` : ''} så snart som mulig.`,
        },
        {
          kind: 'paragraph',
          text: 'Høyt fravær alene fører ikke til melding til barneverntjenesten. Målet er at eleven skal få det bra på skolen.',
        },
        { kind: 'paragraph', text: `Med vennlig hilsen\n${actor.displayName}\n${place.schoolName}` },
      ],
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
          summary: `Skriftlig melding om bekymringsfullt fravær laget (regel: ${e.title}).`,
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
        details: { alertId, protectedAddressConfirmed: place.protectedAddress !== 'none' },
      },
    ]);
    return { pdf, fileName: asciiFileName(`melding-om-fravaer-${place.className}-${today}.pdf`) };
  });
}
