// Meetings in a case: planned with participants and agenda, then recorded with the minutes (referat)
// and the next meeting date. The minutes print as a letter home (PDF) — never for a pupil with a
// protected address without the leadership's confirmation, as for every letter.
import type { Selectable } from 'kysely';
import type { Database, MeetingKind } from '../../db/schema';
import { AppError } from '../errors';

export type MeetingRow = Selectable<Database['case_meeting']>;

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
