// Meetings in a case: planned with participants and agenda, then recorded with the minutes (referat)
// and the next meeting date. The minutes print as a letter home (PDF) — never for a pupil with a
// protected address without the leadership's confirmation, as for every letter.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import { tryUpdateVersioned } from '../../db/versioned';
import type { Database, MeetingKind } from '../../db/schema';
import { AppError } from '../errors';
import { userNames } from '../presenters/absence';

export type MeetingRow = Selectable<Database['case_meeting']>;

export type MeetingInput = {
  kind: MeetingKind;
  scheduledOn: string;
  /** «09:30», or none for the day (decision 116). */
  scheduledTime?: string | null | undefined;
  place?: string | undefined;
  participants: string[];
  agenda: string;
  anonymised?: boolean | undefined;
};

export type MeetingRecord = {
  scheduledOn: string;
  scheduledTime?: string | null | undefined;
  place?: string | undefined;
  participants: string[];
  agenda: string;
  heldOn: string | null;
  minutes: string | null;
  nextMeetingOn: string | null;
  /** When and where the next meeting is: it is planned as a meeting of the case (decision 116). */
  nextMeetingTime?: string | null | undefined;
  nextMeetingPlace?: string | undefined;
  anonymised: boolean;
  version: number;
};

/**
 * The kind of the meeting «neste møte» plans: after an undringssamtale the follow-up with home and pupil is
 * a samarbeidsmøte (001: «Avtal oppfølgingsmøte»; the samarbeidsavtale is made and evaluated there); any
 * other meeting is followed by one of its own kind (decision 116).
 */
export function nextMeetingKind(kind: MeetingKind): MeetingKind {
  return kind === 'undringssamtale-elev' || kind === 'undringssamtale-foresatte' ? 'samarbeidsmote' : kind;
}

/**
 * «Neste møte» in the minutes plans the next meeting, once: a planned meeting of the case with the date, time
 * and place given, the same participants, and an agenda that says which meeting it follows. Editing the
 * minutes later moves that meeting while it is not held; a held one is left as it is. Returns the id of the
 * meeting created, if one was.
 */
export async function planNextMeeting(
  tx: Tx,
  meeting: MeetingRow,
  input: Pick<MeetingRecord, 'nextMeetingOn' | 'nextMeetingTime' | 'nextMeetingPlace' | 'participants' | 'anonymised'>,
  actor: { kommuneId: string; userId: string },
  now: Date,
  agenda: string,
): Promise<string | null> {
  if (!input.nextMeetingOn) return null;
  const time = input.nextMeetingTime ?? null;
  const place = input.nextMeetingPlace?.trim() ?? '';
  if (meeting.next_meeting_id) {
    const next = await tx
      .selectFrom('case_meeting')
      .selectAll()
      .where('id', '=', meeting.next_meeting_id)
      .executeTakeFirst();
    if (next && !next.held_on) {
      // The planned meeting moves with «neste møte»; its earlier date stays in record_history.
      if (next.scheduled_on !== input.nextMeetingOn || next.scheduled_time !== time || next.place !== place)
        await tryUpdateVersioned(tx, 'case_meeting', next.id, next.version, {
          scheduled_on: input.nextMeetingOn,
          scheduled_time: time,
          place,
          updated_at: now,
        });
      return null;
    }
    if (next) return null;
  }
  const id = randomUUID();
  await tx
    .insertInto('case_meeting')
    .values({
      id,
      kommune_id: actor.kommuneId,
      case_id: meeting.case_id,
      kind: nextMeetingKind(meeting.kind),
      scheduled_on: input.nextMeetingOn,
      scheduled_time: time,
      place,
      participants: input.participants,
      agenda,
      anonymised: input.anonymised,
      held_on: null,
      minutes: null,
      next_meeting_on: null,
      recorded_by: actor.userId,
      updated_at: now,
    })
    .execute();
  await tx.updateTable('case_meeting').set({ next_meeting_id: id }).where('id', '=', meeting.id).execute();
  return id;
}

/**
 * The earlier versions of each meeting's minutes, newest first, from record_history (decision 064): a version
 * is listed when its minutes differ from the version after it. A service partner reads no history (0011):
 * the list is empty for them.
 */
export async function earlierMinutes(
  tx: Tx,
  meetings: readonly MeetingRow[],
): Promise<
  Map<string, { version: number; heldOn: string | null; minutes: string; savedAt: string; savedByName: string }[]>
> {
  const out = new Map<
    string,
    { version: number; heldOn: string | null; minutes: string; savedAt: string; savedByName: string }[]
  >();
  const withMinutes = meetings.filter((m) => m.version > 1);
  if (withMinutes.length === 0) return out;
  const history = await tx
    .selectFrom('record_history')
    .select(['record_id', 'version', 'snapshot'])
    .where('table_name', '=', 'case_meeting')
    .where(
      'record_id',
      'in',
      withMinutes.map((m) => m.id),
    )
    .orderBy('version')
    .execute();
  type Snapshot = { minutes: string | null; held_on: string | null; updated_at: string; recorded_by: string };
  const names = await userNames(
    tx,
    history.map((h) => (h.snapshot as unknown as Snapshot).recorded_by),
  );
  for (const m of withMinutes) {
    const versions = history
      .filter((h) => h.record_id === m.id)
      .map((h) => ({ version: h.version, ...(h.snapshot as unknown as Snapshot) }));
    const list = [];
    for (let i = 0; i < versions.length; i++) {
      const v = versions[i]!;
      const after = versions[i + 1]?.minutes ?? m.minutes;
      if (!v.minutes || v.minutes === after) continue;
      list.push({
        version: v.version,
        heldOn: v.held_on ? String(v.held_on).slice(0, 10) : null,
        minutes: v.minutes,
        savedAt: new Date(v.updated_at).toISOString(),
        savedByName: names.get(v.recorded_by) ?? 'Ukjent',
      });
    }
    if (list.length > 0) out.set(m.id, list.reverse());
  }
  return out;
}

export function checkRecord(
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
