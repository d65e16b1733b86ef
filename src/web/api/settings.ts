// A school's settings: skolerute and rule profile, and the municipality's rule profiles.
import type {
  ChooseRuleProfileResponse,
  GetSchoolSettingsResponse,
  ListRuleProfilesResponse,
  SaveRuleProfileResponse,
  SaveSkoleruteBody,
  SaveSkoleruteResponse,
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
};
