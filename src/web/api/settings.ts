// A school's settings: skolerute and rule profile, and the municipality's rule profiles.
import type {
  ChooseRuleProfileResponse,
  GetSchoolSettingsResponse,
  ListRuleProfilesResponse,
  SaveRuleProfileResponse,
  SaveSkoleruteBody,
  SaveSkoleruteResponse,
  SetClassSameDayNoticeResponse,
  SetSameDayNoticeTimeResponse,
} from '../../contract';
import { id, request } from './client';

export type SchoolSettings = GetSchoolSettingsResponse;
/** A school year's skolerute as stored (with its version). */
export type Skolerute = Omit<NonNullable<SchoolSettings['calendar']>, 'version'>;
export type ClosedPeriod = Skolerute['closed'][number];
/** Omit `version` only when the school year has no skolerute yet (`calendar: null`). */
export type SkoleruteInput = SaveSkoleruteBody;
export type RuleProfileEntry = ListRuleProfilesResponse['profiles'][number];

export const settingsApi = {
  ruleProfiles: () => request<ListRuleProfilesResponse>('/api/rule-profiles'),
  saveRuleProfile: (profileId: string, definition: unknown, version?: number) =>
    request<SaveRuleProfileResponse>(`/api/rule-profiles/${id(profileId)}`, {
      method: 'PUT',
      body: version === undefined ? { definition } : { definition, version },
    }),
  schoolSettings: (schoolId: string) => request<GetSchoolSettingsResponse>(`/api/schools/${id(schoolId)}/settings`),
  saveSkolerute: (schoolId: string, body: SkoleruteInput) =>
    request<SaveSkoleruteResponse>(`/api/schools/${id(schoolId)}/calendar`, { method: 'PUT', body }),
  chooseRuleProfile: (schoolId: string, ruleProfile: string, version: number) =>
    request<ChooseRuleProfileResponse>(`/api/schools/${id(schoolId)}/rule-profile`, {
      method: 'PUT',
      body: { ruleProfile, version },
    }),
  /** The school's time for the same-day notice to guardians; null: the municipality's default (decision 134). */
  setSameDayNoticeTime: (schoolId: string, at: string | null, version: number) =>
    request<SetSameDayNoticeTimeResponse>(`/api/schools/${id(schoolId)}/same-day-notice`, {
      method: 'PUT',
      body: { at, version },
    }),
  setClassSameDayNotice: (classId: string, on: boolean, version: number) =>
    request<SetClassSameDayNoticeResponse>(`/api/classes/${id(classId)}/same-day-notice`, {
      method: 'PUT',
      body: { on, version },
    }),
};
