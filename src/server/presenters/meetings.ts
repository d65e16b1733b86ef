// How a meeting of a case is shown, with its kind by name.
import type { MeetingKind } from '../../db/schema';
import { type MeetingRow } from '../cases/meetings';

export const MEETING_LABEL: Record<MeetingKind, string> = {
  'undringssamtale-elev': 'Undringssamtale med eleven',
  'undringssamtale-foresatte': 'Undringssamtale med foresatte',
  samarbeidsmote: 'Samarbeidsmøte',
  naervaersteam: 'Drøfting i nærværsteamet',
  ansvarsgruppemote: 'Ansvarsgruppemøte',
};

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
