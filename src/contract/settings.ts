import { z } from 'zod';
import { PROFILE_ORIGINS } from './enums';
import { idParam, isoDate } from './common';

const closed = z.array(z.object({ from: isoDate, to: isoDate, name: z.string().trim().min(1, 'Gi perioden et navn') }));

export const profileSummary = z.object({ id: z.string(), name: z.string(), origin: z.enum(PROFILE_ORIGINS) });
export type ProfileSummary = z.infer<typeof profileSummary>;

// GET /api/schools/:schoolId/settings
export const getSchoolSettingsParams = z.object({ schoolId: idParam });
export type GetSchoolSettingsParams = z.input<typeof getSchoolSettingsParams>;
export const getSchoolSettingsResponse = z.object({
  school: z.object({
    id: z.string(),
    name: z.string(),
    ruleProfile: z.string(),
    ladder: z.string(),
    version: z.number().int(),
  }),
  schoolYear: z.number().int(),
  calendar: z
    .object({
      schoolYear: z.number().int(),
      firstDay: z.string(),
      lastDay: z.string(),
      springStarts: z.string(),
      closed,
      version: z.number().int(),
    })
    .nullable(),
  profiles: z.array(profileSummary),
  ladders: z.array(profileSummary),
  sameDayNotice: z
    .object({
      at: z.string().nullable().describe('Skolens eget klokkeslett (TT:MM), eller null for kommunens standard'),
      defaultAt: z.string().describe('Kommunens standard (content/settings)'),
      until: z.string().describe('Etter dette går det ikke varsel den dagen'),
      classes: z.array(z.object({ id: z.string(), name: z.string(), on: z.boolean(), version: z.number().int() })),
    })
    .describe('Varsel til foresatte samme dag (beslutning 134)'),
});
export type GetSchoolSettingsResponse = z.infer<typeof getSchoolSettingsResponse>;

// PUT /api/schools/:schoolId/calendar
export const saveSkoleruteParams = z.object({ schoolId: idParam });
export type SaveSkoleruteParams = z.input<typeof saveSkoleruteParams>;
export const saveSkoleruteBody = z.object({
  schoolYear: z.number().int().min(2000).max(2100),
  firstDay: isoDate,
  lastDay: isoDate,
  springStarts: isoDate,
  closed,
  version: z.number().int().positive().optional(),
});
export type SaveSkoleruteBody = z.input<typeof saveSkoleruteBody>;
export const saveSkoleruteResponse = z.object({ version: z.number().int() });
export type SaveSkoleruteResponse = z.infer<typeof saveSkoleruteResponse>;

// PUT /api/schools/:schoolId/rule-profile
export const chooseRuleProfileParams = z.object({ schoolId: idParam });
export type ChooseRuleProfileParams = z.input<typeof chooseRuleProfileParams>;
export const chooseRuleProfileBody = z.object({ ruleProfile: z.string().min(1), version: z.number().int().positive() });
export type ChooseRuleProfileBody = z.input<typeof chooseRuleProfileBody>;
export const chooseRuleProfileResponse = z.object({ ruleProfile: z.string(), version: z.number().int() });
export type ChooseRuleProfileResponse = z.infer<typeof chooseRuleProfileResponse>;

// GET /api/rule-profiles
export const listRuleProfilesResponse = z.object({
  profiles: z.array(
    z.object({
      id: z.string(),
      origin: z.enum(PROFILE_ORIGINS),
      definition: z.unknown(), // why: a rule profile or ladder as content, validated by the domain's schema
      version: z.number().int().nullable(),
    }),
  ),
});
export type ListRuleProfilesResponse = z.infer<typeof listRuleProfilesResponse>;

// PUT /api/rule-profiles/:profileId
export const saveRuleProfileParams = z.object({
  profileId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Bare små bokstaver a–z, sifre og bindestrek'),
});
export type SaveRuleProfileParams = z.input<typeof saveRuleProfileParams>;
export const saveRuleProfileBody = z.object({
  definition: z.unknown(), // why: a rule profile or ladder as content, validated by the domain's schema
  version: z.number().int().positive().optional(),
});
export type SaveRuleProfileBody = z.input<typeof saveRuleProfileBody>;
export const saveRuleProfileResponse = z.object({ id: z.string(), version: z.number().int() });
export type SaveRuleProfileResponse = z.infer<typeof saveRuleProfileResponse>;

export const lesson = z.object({
  weekday: z.number().int().min(1).max(5),
  period: z.number().int().min(1).max(12),
  subject: z.string().trim().min(1, 'Skriv faget').max(100),
  teacherId: idParam.nullable(),
});
export type TimetableLesson = z.input<typeof lesson>;
export const timetable = z.object({
  classId: z.string(),
  className: z.string(),
  version: z.number().int(),
  lessons: z.array(lesson),
});
export type Timetable = z.infer<typeof timetable>;

// GET /api/classes/:classId/timetable
export const getClassTimetableParams = z.object({ classId: idParam });
export type GetClassTimetableParams = z.input<typeof getClassTimetableParams>;
export const getClassTimetableResponse = timetable;
export type GetClassTimetableResponse = z.infer<typeof getClassTimetableResponse>;

// PUT /api/classes/:classId/timetable
export const replaceClassTimetableParams = z.object({ classId: idParam });
export type ReplaceClassTimetableParams = z.input<typeof replaceClassTimetableParams>;
export const replaceClassTimetableBody = z.object({
  lessons: z.array(lesson).max(60),
  version: z.number().int().positive(),
});
export type ReplaceClassTimetableBody = z.input<typeof replaceClassTimetableBody>;
export const replaceClassTimetableResponse = z.object({ version: z.number().int() });
export type ReplaceClassTimetableResponse = z.infer<typeof replaceClassTimetableResponse>;

// GET /api/ladders
export const listLaddersResponse = z.object({
  ladders: z.array(
    z.object({
      id: z.string(),
      origin: z.enum(PROFILE_ORIGINS),
      definition: z.unknown(), // why: a rule profile or ladder as content, validated by the domain's schema
      version: z.number().int().nullable(),
    }),
  ),
  /** The forms a task can be ticked by when filled (the ladder editor's choice), newest version's title. */
  forms: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type ListLaddersResponse = z.infer<typeof listLaddersResponse>;

// PUT /api/ladders/:ladderId
export const saveLadderParams = z.object({
  ladderId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Bare små bokstaver a–z, sifre og bindestrek'),
});
export type SaveLadderParams = z.input<typeof saveLadderParams>;
export const saveLadderBody = z.object({ definition: z.unknown(), version: z.number().int().positive().optional() }); // why: a rule profile or ladder as content, validated by the domain's schema
export type SaveLadderBody = z.input<typeof saveLadderBody>;
export const saveLadderResponse = z.object({ id: z.string(), version: z.number().int() });
export type SaveLadderResponse = z.infer<typeof saveLadderResponse>;

// PUT /api/schools/:schoolId/ladder
export const chooseLadderParams = z.object({ schoolId: idParam });
export type ChooseLadderParams = z.input<typeof chooseLadderParams>;
export const chooseLadderBody = z.object({ ladder: z.string().min(1), version: z.number().int().positive() });
export type ChooseLadderBody = z.input<typeof chooseLadderBody>;
export const chooseLadderResponse = z.object({ ladder: z.string(), version: z.number().int() });
export type ChooseLadderResponse = z.infer<typeof chooseLadderResponse>;

// PUT /api/schools/:schoolId/same-day-notice (decision 134)
const clockTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Skriv klokkeslettet som TT:MM, for eksempel 09:30');
export const setSameDayNoticeTimeParams = z.object({ schoolId: idParam });
export const setSameDayNoticeTimeBody = z.object({
  at: clockTime.nullable().describe('Klokkeslett (TT:MM); null gir kommunens standard'),
  version: z.number().int().positive(),
});
export type SetSameDayNoticeTimeBody = z.input<typeof setSameDayNoticeTimeBody>;
export const setSameDayNoticeTimeResponse = z.object({ at: z.string().nullable(), version: z.number().int() });
export type SetSameDayNoticeTimeResponse = z.infer<typeof setSameDayNoticeTimeResponse>;

// PUT /api/classes/:classId/same-day-notice (decision 134)
export const setClassSameDayNoticeParams = z.object({ classId: idParam });
export const setClassSameDayNoticeBody = z.object({ on: z.boolean(), version: z.number().int().positive() });
export type SetClassSameDayNoticeBody = z.input<typeof setClassSameDayNoticeBody>;
export const setClassSameDayNoticeResponse = z.object({ on: z.boolean(), version: z.number().int() });
export type SetClassSameDayNoticeResponse = z.infer<typeof setClassSameDayNoticeResponse>;
