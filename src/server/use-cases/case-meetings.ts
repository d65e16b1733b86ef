// Meetings in a case: planned with participants and agenda, then recorded with the minutes (referat)
// and the next meeting date. The minutes print as a letter home (PDF) — never for a pupil with a
// protected address without the leadership's confirmation, as for every letter.
import { norwegianIsoDate } from '../../domain/calendar/dates';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/create-db';
import type { Database, MeetingKind } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { renderPdf } from '../pdf/document';
import { isLeadership } from '../absence/place';
import { caseForStaff } from '../cases/case-place';

export const MEETING_LABEL: Record<MeetingKind, string> = {
  'undringssamtale-elev': 'Undringssamtale med eleven',
  'undringssamtale-foresatte': 'Undringssamtale med foresatte',
  samarbeidsmote: 'Samarbeidsmøte',
  naervaersteam: 'Drøfting i nærværsteamet',
  ansvarsgruppemote: 'Ansvarsgruppemøte',
};

type MeetingRow = Selectable<Database['case_meeting']>;

export function presentMeeting(m: MeetingRow) {
  return {
    id: m.id,
    kind: m.kind,
    scheduledOn: m.scheduled_on,
    participants: m.participants,
    agenda: m.agenda,
    heldOn: m.held_on,
    minutes: m.minutes,
    nextMeetingOn: m.next_meeting_on,
    anonymised: m.anonymised,
    version: m.version,
  };
}

export type MeetingInput = {
  kind: MeetingKind;
  scheduledOn: string;
  participants: string[];
  agenda: string;
  anonymised?: boolean | undefined;
};
export type MeetingRecord = {
  scheduledOn: string;
  participants: string[];
  agenda: string;
  heldOn: string | null;
  minutes: string | null;
  nextMeetingOn: string | null;
  anonymised: boolean;
  version: number;
};

function checkRecord(
  input: { heldOn: string | null; minutes: string | null; nextMeetingOn: string | null },
  today: string,
): void {
  if (input.heldOn && input.heldOn > today)
    throw new AppError('validation', 'Et møte kan ikke være holdt på en dato fram i tid.', {
      fields: [{ field: 'heldOn', message: 'Fram i tid' }],
    });
  if (input.heldOn && !input.minutes?.trim())
    throw new AppError('validation', 'Skriv referat fra møtet.', {
      fields: [{ field: 'minutes', message: 'Mangler referat' }],
    });
  if (input.nextMeetingOn && input.heldOn && input.nextMeetingOn <= input.heldOn)
    throw new AppError('validation', 'Neste møte må være etter dette møtet.', {
      fields: [{ field: 'nextMeetingOn', message: 'For tidlig' }],
    });
}

export async function planMeeting(db: Db, actor: Actor, caseId: string, input: MeetingInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    if (row.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å planlegge møter.');
    const m = await tx
      .insertInto('case_meeting')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        kind: input.kind,
        scheduled_on: input.scheduledOn,
        participants: input.participants,
        agenda: input.agenda.trim(),
        anonymised: input.anonymised ?? false,
        held_on: null,
        minutes: null,
        next_meeting_on: null,
        recorded_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.plan',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: m.id,
        caseId,
        details: { caseId, meetingId: m.id },
      },
    ]);
    return presentMeeting(m);
  });
}

export async function recordMeeting(
  db: Db,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: MeetingRecord,
  now: Date,
) {
  checkRecord(input, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const exists = await tx
      .selectFrom('case_meeting')
      .select('id')
      .where('id', '=', meetingId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!exists) throw new AppError('not_found', 'Fant ikke møtet.');
    await updateVersioned(tx, 'case_meeting', meetingId, input.version, {
      scheduled_on: input.scheduledOn,
      participants: input.participants,
      agenda: input.agenda.trim(),
      held_on: input.heldOn,
      minutes: input.minutes?.trim() || null,
      next_meeting_on: input.nextMeetingOn,
      anonymised: input.anonymised,
      recorded_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.record',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: meetingId,
        caseId,
        details: { caseId, meetingId },
      },
    ]);
    return presentMeeting(
      await tx.selectFrom('case_meeting').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow(),
    );
  });
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
          text: `Møtet ble holdt ${norwegianIsoDate(m.held_on)}. Til stede: ${m.participants.join(', ') || 'ikke oppgitt'}.`,
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
