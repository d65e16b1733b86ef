import { z } from 'zod';
import { idParam, isoDate } from './common';

// Measures that reach every lesson (issue 21 item 4, decisions 190–192): a class's «tilrettelegging» notes
// for its teachers, «Fulgt i dag», and the substitute of the day. A note says the pupil's name and the
// measure's short wording — never the case, its level or its reasons.

// GET /api/classes/:classId/adaptations
export const getClassAdaptationsParams = z.object({ classId: idParam });
export type GetClassAdaptationsParams = z.input<typeof getClassAdaptationsParams>;
export const getClassAdaptationsQuery = z.object({ date: isoDate.optional() });
export type GetClassAdaptationsQuery = z.infer<typeof getClassAdaptationsQuery>;
export const adaptationNoteDto = z.object({
  id: z.string().describe('Tiltaket i planen, som «Fulgt i dag» viser til; ikke saken'),
  note: z.string().describe('Tilretteleggingen med lærernes ord, eller tiltakets egne'),
  followedByMe: z.boolean().describe('Du har bekreftet at tiltaket ble fulgt denne dagen'),
  followedBy: z.number().int().describe('Hvor mange lærere som har bekreftet det denne dagen'),
});
export type AdaptationNote = z.infer<typeof adaptationNoteDto>;
export const getClassAdaptationsResponse = z.object({
  classId: z.string(),
  date: z.string(),
  mayConfirm: z.boolean().describe('«Fulgt i dag» kan bekreftes eller angres bare samme dag'),
  pupils: z.array(
    z.object({
      pupilId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      notes: z.array(adaptationNoteDto),
    }),
  ),
});
export type GetClassAdaptationsResponse = z.infer<typeof getClassAdaptationsResponse>;

// PUT /api/classes/:classId/adaptations/followed
export const setAdaptationFollowedParams = z.object({ classId: idParam });
export type SetAdaptationFollowedParams = z.input<typeof setAdaptationFollowedParams>;
export const setAdaptationFollowedBody = z.object({
  noteId: z.string().min(3, 'Mangler hvilken tilrettelegging').max(200),
  date: isoDate,
  followed: z.boolean({ error: 'Må være ja (fulgt) eller nei (angre)' }),
});
export type SetAdaptationFollowedBody = z.infer<typeof setAdaptationFollowedBody>;
export const setAdaptationFollowedResponse = adaptationNoteDto;

// GET /api/timetable/mine?week= — «Timeplan»: the reader's lessons of a week with the notes (decision 209)
export const getMyTimetableQuery = z.object({
  week: isoDate.optional().describe('En dato i uka som skal vises (mandag–fredag); uten den: denne uka'),
});
export type GetMyTimetableQuery = z.infer<typeof getMyTimetableQuery>;
export const timetableLessonDto = z.object({
  period: z.number().int(),
  classId: z.string(),
  className: z.string(),
  subject: z.string(),
  substitute: z.boolean().describe('En time i en klasse du er satt som vikar i denne dagen'),
  pupils: z.array(
    z.object({
      pupilId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      notes: z.array(z.object({ id: z.string(), note: z.string() })),
    }),
  ),
});
export type MyTimetableLesson = z.infer<typeof timetableLessonDto>;
export const getMyTimetableResponse = z.object({
  weekOf: z.string().describe('Mandagen i uka'),
  days: z.array(z.object({ date: z.string(), lessons: z.array(timetableLessonDto) })),
});
export type GetMyTimetableResponse = z.infer<typeof getMyTimetableResponse>;

// GET /api/classes/:classId/substitutes/:date — «Vikar i dag» on the register (decision 207)
export const getClassSubstitutesParams = z.object({ classId: idParam, date: isoDate });
export type GetClassSubstitutesParams = z.input<typeof getClassSubstitutesParams>;
const namedUser = z.object({ userId: z.string(), name: z.string() });
export const getClassSubstitutesResponse = z.object({
  classId: z.string(),
  className: z.string(),
  date: z.string(),
  substitutes: z.array(namedUser).describe('Vikarene skoleledelsen har satt på klassen denne datoen'),
  candidates: z.array(namedUser).describe('Lærerne ved skolen (kontaktlærer eller faglærer) som kan settes som vikar'),
});
export type GetClassSubstitutesResponse = z.infer<typeof getClassSubstitutesResponse>;

// PUT /api/classes/:classId/substitutes/:date
export const setClassSubstitutesParams = z.object({ classId: idParam, date: isoDate });
export type SetClassSubstitutesParams = z.input<typeof setClassSubstitutesParams>;
export const setClassSubstitutesBody = z.object({
  userIds: z.array(idParam).max(10, 'Høyst ti vikarer for en klasse en dag'),
});
export type SetClassSubstitutesBody = z.infer<typeof setClassSubstitutesBody>;
export const setClassSubstitutesResponse = z.object({
  classId: z.string(),
  date: z.string(),
  substitutes: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type SetClassSubstitutesResponse = z.infer<typeof setClassSubstitutesResponse>;
