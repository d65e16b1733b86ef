import { z } from 'zod';
import { MEETING_PEOPLE, PUPIL_TEXT_MAX, SCALE_MAX, SCALE_MIN } from '../domain/pupil-page/pupil-page';

// The pupil's own page (issue 21 item 2, decision 184): GET /api/me/pupil, PUT /api/me/pupil/checkin,
// POST /api/me/pupil/meeting-wish. A pupil's account reaches only these (and its own session, language and
// inbox); the answers hold nothing of the case's notes, alerts, forms or other people's views.

const pupilText = (field: string) =>
  z
    .string({ error: `${field} må være en tekst` })
    .max(PUPIL_TEXT_MAX, `${field} kan være høyst ${PUPIL_TEXT_MAX} tegn`);

export const pupilCheckinDto = z.object({
  week: z.string(),
  weekFrom: z.string(),
  weekTo: z.string(),
  score: z.number().int(),
  oneStepBetter: z.string(),
  version: z.number().int(),
});
export type PupilCheckinDto = z.infer<typeof pupilCheckinDto>;

export const pupilMeetingWishDto = z.object({
  wantAdultsToKnow: z.string(),
  who: z.array(z.enum(MEETING_PEOPLE)),
  whoElse: z.string(),
  writtenAt: z.string(),
});
export type PupilMeetingWishDto = z.infer<typeof pupilMeetingWishDto>;

export const pupilPlanInWords = z.object({
  schoolDoes: z.string(),
  iTry: z.string(),
  whoToGoTo: z.string(),
});

// GET /api/me/pupil
export const getMyPupilPageResponse = z.object({
  firstName: z.string(),
  /** Whether the pupil has an open case: the page's answers belong to it, so without one nothing is written. */
  hasCase: z.boolean(),
  week: z.string(),
  weekFrom: z.string(),
  weekTo: z.string(),
  /** This week's check-in, if written. */
  checkin: pupilCheckinDto.nullable(),
  /** The pupil's own earlier check-ins, newest first (at most eight). */
  earlier: z.array(pupilCheckinDto),
  meetingWish: pupilMeetingWishDto.nullable(),
  /** The active plan's words for the pupil; null when there is none or it has no words for the pupil. */
  plan: pupilPlanInWords.nullable(),
});
export type GetMyPupilPageResponse = z.infer<typeof getMyPupilPageResponse>;

// PUT /api/me/pupil/checkin: this week's check-in, new (version null) or changed (its version).
export const saveMyCheckinBody = z.object({
  score: z
    .number({ error: 'Velg et tall fra 1 til 10 for hvordan skoleuka har vært' })
    .int('Velg et tall fra 1 til 10 for hvordan skoleuka har vært')
    .min(SCALE_MIN, 'Velg et tall fra 1 til 10 for hvordan skoleuka har vært')
    .max(SCALE_MAX, 'Velg et tall fra 1 til 10 for hvordan skoleuka har vært'),
  oneStepBetter: pupilText('«Hva skal til for at den blir ett steg bedre?»'),
  version: z.number().int().positive().nullable(),
});
export type SaveMyCheckinBody = z.input<typeof saveMyCheckinBody>;
export const saveMyCheckinResponse = pupilCheckinDto;
export type SaveMyCheckinResponse = z.infer<typeof saveMyCheckinResponse>;

// POST /api/me/pupil/meeting-wish
export const sendMyMeetingWishBody = z.object({
  wantAdultsToKnow: pupilText('«Dette vil jeg at de voksne skal vite»'),
  who: z
    .array(z.enum(MEETING_PEOPLE, { error: `«Hvem vil du ha med?» må være blant ${MEETING_PEOPLE.join(', ')}` }))
    .max(MEETING_PEOPLE.length),
  whoElse: pupilText('«Andre du vil ha med»').max(300, '«Andre du vil ha med» kan være høyst 300 tegn'),
});
export type SendMyMeetingWishBody = z.input<typeof sendMyMeetingWishBody>;
export const sendMyMeetingWishResponse = pupilMeetingWishDto;
export type SendMyMeetingWishResponse = z.infer<typeof sendMyMeetingWishResponse>;

// In the case: «Elevens egne innspill», the case part `pupilEntries`.
export const pupilEntriesDto = z.object({
  /** The pupil's name as the author of the entries. */
  author: z.string(),
  /** Every check-in of the case, oldest first (the chart's order). */
  checkins: z.array(pupilCheckinDto.extend({ writtenAt: z.string() })),
  /** Every meeting wish of the case, newest first. */
  meetingWishes: z.array(pupilMeetingWishDto),
  /**
   * The chart beside the absence: each week from the first check-in to this week (at most 26), its score (null:
   * no check-in that week) and the days and single lessons registered away.
   */
  weeks: z.array(
    z.object({
      week: z.string(),
      weekFrom: z.string(),
      score: z.number().int().nullable(),
      daysAway: z.number().int(),
      lessonsAway: z.number().int(),
    }),
  ),
});
export type PupilEntriesDto = z.infer<typeof pupilEntriesDto>;
