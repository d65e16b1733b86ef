import { z } from 'zod';

// What a meeting of a case gained in issue 17 item 11 (decision 116): a time and a place, «neste møte»
// as a planned meeting, the earlier versions of edited minutes, and the minutes templates of content/minutes.
// The meeting itself and its routes are in ./cases.ts.

/** A Norwegian wall-clock time, «09:30». */
export const meetingTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Skriv klokkeslettet som tt:mm, for eksempel 09:30' });

export const meetingPlace = z.string().trim().max(200);

/** An earlier version of a meeting's minutes, kept in record_history when the minutes were edited. */
export const minutesVersionDto = z.object({
  version: z.number().int(),
  heldOn: z.string().nullable(),
  minutes: z.string(),
  savedAt: z.string().describe('Da denne versjonen ble lagret'),
  savedByName: z.string(),
});
export type MinutesVersion = z.infer<typeof minutesVersionDto>;

/** A minutes template (content/minutes): the structure the minutes start from, for the meeting kinds it fits. */
export const minutesTemplateDto = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().describe('Kilden, vist under «Kilde»'),
  meetingKinds: z.array(z.string()),
  text: z.string().describe('Malen som tekst: overskriftene med en tom linje under hver'),
});
export type MinutesTemplate = z.infer<typeof minutesTemplateDto>;
