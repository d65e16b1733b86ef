// How a meeting of a case is shown, with its kind by name.
import type { MeetingKind } from '../../db/schema';
import { type MeetingRow } from '../cases/meetings';
import type { MinutesVersion } from '../../contract/meetings';

export const MEETING_LABEL: Record<MeetingKind, string> = {
  'undringssamtale-elev': 'Undringssamtale med eleven',
  'undringssamtale-foresatte': 'Undringssamtale med foresatte',
  samarbeidsmote: 'Samarbeidsmøte',
  naervaersteam: 'Drøfting i nærværsteamet',
  ansvarsgruppemote: 'Ansvarsgruppemøte',
};

/** A meeting as the case page shows it; `earlier` are the earlier versions of its minutes (staff only). */
export function presentMeeting(m: MeetingRow, earlier: readonly MinutesVersion[] = []) {
  return {
    id: m.id,
    kind: m.kind,
    scheduledOn: m.scheduled_on,
    scheduledTime: m.scheduled_time ?? null,
    place: m.place ?? '',
    participants: m.participants,
    agenda: m.agenda,
    heldOn: m.held_on,
    minutes: m.minutes,
    nextMeetingOn: m.next_meeting_on,
    nextMeetingId: m.next_meeting_id ?? null,
    earlierMinutes: [...earlier],
    anonymised: m.anonymised,
    version: m.version,
  };
}
